// The Activity page: ActivityModel tells the audit trail newest first in plain words, in pages keyed on the entry
// id (checked by QAbstractItemModelTester and against plain SQL), filters it by kind, text and period, follows
// what the owner does elsewhere in the window, and checks the hash chain off the GUI thread, naming the entry a
// tamperer changed. Writes activity.png, activity-dark.png and activity-small.png for a human to look at.

#include "QuickTestHelpers.h"
#include "TestBook.h"

#include <ActivityModel.h>
#include <AppModels.h>
#include <AuditLog.h>
#include <ChaseEngine.h>
#include <DraftListModel.h>
#include <Money.h>
#include <Seeder.h>
#include <WriteTransaction.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;
using namespace quicktest;

namespace {

std::shared_ptr<Book> unowned(Book &book)
{
    return std::shared_ptr<Book>(&book, [](Book *) {});
}

struct Entry {
    const char *kind;
    const char *actor;
};

// Appends `count` entries cycling through `entries`, one hour apart from the clock's time, for the bill (and its
// client) given; the clock ends one hour past the last entry.
bool appendEntries(TestBook &t, int count, const QList<Entry> &entries, qint64 billId, qint64 clientId)
{
    WriteTransaction tx(t.book().database());
    AuditLog log(t.book());
    for (int i = 0; i < count; ++i) {
        const Entry &e = entries.at(i % entries.size());
        QString error;
        if (!log.append(QLatin1String(e.kind), QLatin1String(e.actor), billId, clientId, {{"draft_id", i}}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        t.clock().advanceSecs(3600);
    }
    return tx.commit();
}

QList<qint64> allIds(ActivityModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids << model.data(model.index(i), ActivityModel::EntryIdRole).toLongLong();
    return ids;
}

// Ids of the audit rows that the condition selects, newest first, by plain SQL.
QList<qint64> idsWhere(Book &book, const QString &condition)
{
    QList<qint64> ids;
    QSqlQuery q(book.database());
    if (!q.exec(QStringLiteral("SELECT a.id FROM audit_log a LEFT JOIN bills b ON b.id = a.bill_id "
                               "LEFT JOIN clients c ON c.id = a.client_id WHERE %1 ORDER BY a.id DESC")
                    .arg(condition)))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// Changes one audit row behind DueDesk's back, as someone editing the file with another tool would.
bool tamper(const QString &path, qint64 entryId)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"))
            && q.exec(QStringLiteral("UPDATE audit_log SET detail = '{\"draft_id\":999}' WHERE id = %1").arg(entryId))
            && q.numRowsAffected() == 1;
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

const QList<Entry> mixedEntries{{"draft", "planner"},   {"approve", "owner"},   {"sent", "bridge"},
                                {"payment", "owner"},   {"reply", "bridge"},    {"dispute", "owner"},
                                {"backup_made", "owner"}, {"approve", "auto-send"}};

} // namespace

class tst_Activity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(m_log.isValid());
        m_clientId = m_log.addClient(QStringLiteral("Ingrid Nguyen"));
        m_billId = m_log.addBill(QStringLiteral("INV-000123"), m_clientId, QDate(2026, 10, 1), 120000);
        const qint64 other = m_log.addClient(QStringLiteral("Bruno Costa"));
        const qint64 otherBill = m_log.addBill(QStringLiteral("INV-000777"), other, QDate(2026, 10, 1), 5000);
        m_log.clock().setNow(QDateTime(QDate(2026, 9, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(appendEntries(m_log, 400, mixedEntries, m_billId, m_clientId));
        QVERIFY(appendEntries(m_log, 250, mixedEntries, otherBill, other));
    }

    void modelPassesTheItemModelTesterThroughPagingAndFilters()
    {
        ActivityModel model(unowned(m_log.book()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), 650);
        const int loaded = model.rowCount();   // the tester itself fetches more while it checks
        model.fetchMore({});
        QCOMPARE(model.rowCount(), qMin(650, loaded + ActivityModel::pageSize));
        model.setKindFilter(QStringLiteral("payments"));
        model.setFilterText(QStringLiteral("Ingrid"));
        model.showLastDays(7);
        model.setFilterText({});
        model.setKindFilter({});
        model.showLastDays(0);
        QCOMPARE(model.totalCount(), 650);
        QVERIFY(model.rowCount() > 0);
    }

    void entriesComeNewestFirstAcrossPages()
    {
        ActivityModel model(unowned(m_log.book()));
        const QList<qint64> ids = allIds(model);
        QCOMPARE(ids, idsWhere(m_log.book(), QStringLiteral("1")));
        QCOMPARE(ids.first(), qint64(650));
        QVERIFY(!model.canFetchMore({}));
        // Times follow: the newest entry first.
        QVERIFY(model.data(model.index(0), ActivityModel::AtRole).toDateTime()
                > model.data(model.index(1), ActivityModel::AtRole).toDateTime());
    }

    void entriesAreToldInPlainWords()
    {
        ActivityModel model(unowned(m_log.book()));
        model.setFilterText(QStringLiteral("INV-000123"));
        model.setKindFilter(QStringLiteral("reminders"));
        QStringList sentences;
        for (int i = 0; i < model.rowCount(); ++i)
            sentences << model.data(model.index(i), ActivityModel::SentenceRole).toString();
        QVERIFY2(sentences.contains(QStringLiteral("Reminder approved for INV-000123 (Ingrid Nguyen)")),
                 qPrintable(sentences.join(QLatin1Char('\n'))));
        QVERIFY(sentences.contains(QStringLiteral("Reminder approved automatically for INV-000123 (Ingrid Nguyen)")));
        QVERIFY(sentences.contains(QStringLiteral("Reminder drafted for INV-000123 (Ingrid Nguyen)")));
        const int approved = sentences.indexOf(QStringLiteral("Reminder approved for INV-000123 (Ingrid Nguyen)"));
        QCOMPARE(model.data(model.index(approved), ActivityModel::ActorTextRole).toString(), QStringLiteral("You"));
        QCOMPARE(model.data(model.index(approved), ActivityModel::CategoryRole).toString(), QStringLiteral("reminders"));

        QCOMPARE(ActivityModel::sentence(QStringLiteral("payment"), QStringLiteral("owner"),
                                         {{"amount", "120.50"}, {"currency", "GBP"}, {"settled", true}},
                                         QStringLiteral("INV-1"), QStringLiteral("Aisha Khan"), QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("Payment of £120.50 recorded for INV-1 (Aisha Khan): paid in full"));
        QCOMPARE(ActivityModel::sentence(QStringLiteral("promise"), QStringLiteral("assistant"), {{"promised_on", "2026-12-04"}},
                                         QStringLiteral("INV-1"), {}, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("Promise to pay INV-1 by 04/12/2026"));
        QCOMPARE(ActivityModel::actorText(QStringLiteral("bridge")), QStringLiteral("Message service"));
        // A kind this version does not know still reads as words.
        QCOMPARE(ActivityModel::sentence(QStringLiteral("backup_made"), QStringLiteral("owner"), {}, {}, {}, QLocale()),
                 QStringLiteral("Backup made"));
    }

    void filtersByKind_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("kinds");
        QTest::newRow("reminders") << "reminders" << "'draft', 'approve'";
        QTest::newRow("messages") << "messages" << "'sent'";
        QTest::newRow("payments") << "payments" << "'payment'";
        QTest::newRow("replies") << "replies" << "'reply'";
        QTest::newRow("bill changes") << "bills" << "'dispute'";
        QTest::newRow("settings and other: kinds no category claims") << "other" << "'backup_made'";
    }
    void filtersByKind()
    {
        QFETCH(QString, category);
        QFETCH(QString, kinds);
        ActivityModel model(unowned(m_log.book()));
        model.setKindFilter(category);
        const QList<qint64> expected = idsWhere(m_log.book(), QStringLiteral("a.kind IN (%1)").arg(kinds));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.totalCount(), int(expected.size()));
        QCOMPARE(allIds(model), expected);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.data(model.index(i), ActivityModel::CategoryRole).toString(), category);
    }

    void filtersByText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("condition");
        QTest::newRow("client name, any case") << "bruno" << "c.name = 'Bruno Costa'";
        QTest::newRow("bill number") << "000123" << "b.number = 'INV-000123'";
        QTest::newRow("words of what happened") << "approved" << "a.kind = 'approve'";
        QTest::newRow("who did it") << "message service" << "a.actor = 'bridge'";
        QTest::newRow("words and a name together")
            << "payment of" << "a.kind = 'payment'";
    }
    void filtersByText()
    {
        QFETCH(QString, text);
        QFETCH(QString, condition);
        ActivityModel model(unowned(m_log.book()));
        model.setFilterText(text);
        const QList<qint64> expected = idsWhere(m_log.book(), condition);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.totalCount(), int(expected.size()));
        QCOMPARE(allIds(model), expected);
        model.setFilterText(QStringLiteral("nothing is called this"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(model.isFiltered());
    }

    void filtersByDateRange()
    {
        ActivityModel model(unowned(m_log.book()));
        // One entry an hour from 2026-09-01 12:00 UTC: 650 entries reach into 2026-09-28.
        model.setFromDate(QDate(2026, 9, 10));
        model.setToDate(QDate(2026, 9, 11));
        const QString from = QDate(2026, 9, 10).startOfDay().toUTC().toString(Qt::ISODateWithMs);
        const QString to = QDate(2026, 9, 12).startOfDay().toUTC().toString(Qt::ISODateWithMs);
        const QList<qint64> expected = idsWhere(m_log.book(), QStringLiteral("a.at >= '%1' AND a.at < '%2'").arg(from, to));
        QCOMPARE(expected.size(), 48);
        QCOMPARE(allIds(model), expected);
        QCOMPARE(model.data(model.index(0), ActivityModel::AtRole).toDateTime().toLocalTime().date(), QDate(2026, 9, 11));
        QCOMPARE(model.dateRangeText(), QStringLiteral("10/09/2026 – 11/09/2026"));

        // The last 7 days up to the book's today (the clock stands just past the last entry).
        model.showLastDays(7);
        QCOMPARE(model.fromDate(), m_log.clock().today().addDays(-6));
        QCOMPARE(model.toDate(), m_log.clock().today());
        for (const qint64 id : allIds(model))
            QVERIFY(id > 650 - 7 * 24 - 1);
        QCOMPARE(model.data(model.index(0), ActivityModel::DayTextRole).toString(), QStringLiteral("Today"));
        model.showLastDays(0);
        QVERIFY(!model.isFiltered());
        QCOMPARE(model.totalCount(), 650);
    }

    void anApprovalInTheWindowAppearsAsANewRowOnTop()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 10, .bills = 60, .seed = 5}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        AppModels models(unowned(t.book()));   // the app's own wiring
        ActivityModel &activity = models.activity();
        QAbstractItemModelTester tester(&activity, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DraftListModel &drafts = models.drafts();
        QVERIFY(drafts.rowCount() > 0);
        const QString expected = QStringLiteral("Reminder approved for %1 (%2)")
                                     .arg(drafts.data(drafts.index(0), DraftListModel::BillNumberRole).toString(),
                                          drafts.data(drafts.index(0), DraftListModel::ClientNameRole).toString());
        const int before = activity.rowCount();
        const qint64 top = activity.data(activity.index(0), ActivityModel::EntryIdRole).toLongLong();
        QSignalSpy inserted(&activity, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&activity, &QAbstractItemModel::modelReset);

        QVERIFY(drafts.approve(0));

        QCOMPARE(reset.count(), 0);   // the rows loaded stay; the new one comes on top
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(activity.rowCount(), before + 1);
        QCOMPARE(activity.data(activity.index(0), ActivityModel::KindRole).toString(), QStringLiteral("approve"));
        QCOMPARE(activity.data(activity.index(0), ActivityModel::SentenceRole).toString(), expected);
        QCOMPARE(activity.data(activity.index(1), ActivityModel::EntryIdRole).toLongLong(), top);
        QCOMPARE(activity.totalCount(), before + 1);
    }

    void verifyingAGoodChainSaysEveryEntryChecksOut()
    {
        ActivityModel model(unowned(m_log.book()));
        QCOMPARE(model.verifyState(), ActivityModel::NotChecked);
        QSignalSpy changed(&model, &ActivityModel::verifyChanged);
        model.verifyChain();
        QCOMPARE(model.verifyState(), ActivityModel::Checking);   // the check runs on its own thread
        QTRY_COMPARE(model.verifyState(), ActivityModel::Intact);
        QCOMPARE(model.verifyText(), QStringLiteral("All 650 entries check out: nothing was changed or removed."));
        QCOMPARE(model.brokenEntryId(), qint64(0));
        QCOMPARE(changed.count(), 2);
    }

    void verifyingNamesTheEntryChangedBehindDueDesksBack()
    {
        TestBook t;
        const qint64 client = t.addClient(QStringLiteral("Ingrid Nguyen"));
        const qint64 bill = t.addBill(QStringLiteral("INV-000123"), client, QDate(2026, 10, 1), 120000);
        QVERIFY(appendEntries(t, 40, mixedEntries, bill, client));
        QVERIFY(tamper(t.path(), 18));

        ActivityModel model(unowned(t.book()));
        model.setKindFilter(QStringLiteral("payments"));   // the broken entry is named whatever the filters
        model.verifyChain();
        QTRY_COMPARE(model.verifyState(), ActivityModel::Broken);
        QCOMPARE(model.brokenEntryId(), qint64(18));
        const QString text = model.verifyText();
        QVERIFY2(text.startsWith(QStringLiteral("Entry 18 does not check out (row 18: its content was changed).")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“Reminder approved for INV-000123 (Ingrid Nguyen)”")), qPrintable(text));

        // "Show entry" clears the filters and loads the entry's day.
        const int row = model.showEntry(18);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row), ActivityModel::EntryIdRole).toLongLong(), qint64(18));
        QVERIFY(model.kindFilter().isEmpty());
        QCOMPARE(model.fromDate(), model.data(model.index(row), ActivityModel::AtRole).toDateTime().toLocalTime().date());
    }

    void aHundredThousandEntriesLoadByThePage()
    {
        TestBook t;
        const qint64 client = t.addClient(QStringLiteral("Ingrid Nguyen"));
        const qint64 bill = t.addBill(QStringLiteral("INV-000123"), client, QDate(2026, 10, 1), 120000);
        t.clock().setNow(QDateTime(QDate(2015, 1, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(appendEntries(t, 100000, mixedEntries, bill, client));

        QElapsedTimer timer;
        timer.start();
        ActivityModel model(unowned(t.book()));
        const qint64 firstPage = timer.restart();
        QCOMPARE(model.totalCount(), 100000);
        QCOMPARE(model.rowCount(), ActivityModel::pageSize);   // never the whole log
        for (int i = 0; i < 20; ++i)
            model.fetchMore({});
        const qint64 twentyPages = timer.restart();
        QCOMPARE(model.rowCount(), 21 * ActivityModel::pageSize);
        model.setFilterText(QStringLiteral("approved"));
        const qint64 filtered = timer.restart();
        QCOMPARE(model.totalCount(), 25000);
        model.verifyChain();
        QCOMPARE(model.verifyState(), ActivityModel::Checking);   // the window goes on meanwhile
        QTRY_COMPARE_WITH_TIMEOUT(model.verifyState(), ActivityModel::Intact, 60000);
        qInfo("100k entries: first page %lld ms, 20 more pages %lld ms, text filter %lld ms, verify %lld ms", firstPage,
              twentyPages, filtered, timer.elapsed());
    }

    void pageShowsTheTrailAndTheCheck()
    {
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));
        QVERIFY(Seeder::seed(t.book(), {.clients = 30, .bills = 400, .seed = 7}));
        t.clock().advanceDays(-3);
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        ChaseEngine engine(t.book());
        QList<DraftRow> drafts = engine.pendingDrafts();
        QVERIFY(drafts.size() > 8);
        for (int i = 0; i < 5; ++i)
            QVERIFY(engine.approve(drafts.at(i).id));
        QString error;
        t.clock().advanceDays(2);
        QVERIFY(engine.skip(drafts.at(5).id, QStringLiteral("owner"), &error));
        QVERIFY2(engine.recordPromise(drafts.at(6).billNumber, t.clock().today().addDays(7), QStringLiteral("owner"), &error),
                 qPrintable(error));
        t.clock().advanceDays(1);
        QVERIFY2(engine.recordPayment(drafts.at(7).billNumber, Money(25000, QStringLiteral("GBP")), t.clock().today(),
                                      PaymentSource::Manual, QStringLiteral("owner"), &error),
                 qPrintable(error));
        QVERIFY2(engine.setDisputed(drafts.at(8).billNumber, true, QStringLiteral("owner"), &error), qPrintable(error));

        AppModels models(unowned(t.book()));
        QQmlApplicationEngine qml;
        qml.setInitialProperties(models.initialProperties());
        qml.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        QCOMPARE(qml.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(qml.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        window->resize(1120, 720);
        QQuickItem *tab = itemNamed(window, QStringLiteral("activityTab"));
        QVERIFY(tab);
        click(window, tab);
        QTRY_VERIFY(itemNamed(window, QStringLiteral("activityList")));
        ActivityModel &activity = models.activity();
        QQuickItem *verify = itemNamed(window, QStringLiteral("verifyChain"));
        QVERIFY(verify);
        click(window, verify);
        QTRY_COMPARE(activity.verifyState(), ActivityModel::Intact);
        QTest::qWait(400);   // the rail's marker settles; the screenshot is for a human

        QStringList texts = visibleTexts(window->contentItem());
        const QString all = texts.join(QLatin1String(" | "));
        QVERIFY2(texts.contains(activity.verifyText()), qPrintable(all));
        QVERIFY2(texts.contains(activity.data(activity.index(0), ActivityModel::SentenceRole).toString()), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("Today")), qPrintable(all));
        QVERIFY(window->grabWindow().save(QStringLiteral("activity.png")));

        // Filtering from the page: the kind box narrows the list to payments.
        activity.setKindFilter(QStringLiteral("payments"));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("activityRow_")
                                          + activity.data(activity.index(0), ActivityModel::EntryIdRole).toString()));

        activity.setKindFilter({});

        // Someone changes an old entry in the file: the check names it, and "Show entry" brings it into view.
        QVERIFY(tamper(t.path(), 3));
        click(window, verify);
        QTRY_COMPARE(activity.verifyState(), ActivityModel::Broken);
        QQuickItem *show = nullptr;
        QTRY_VERIFY((show = itemNamed(window, QStringLiteral("showBrokenEntry"))));
        click(window, show);
        QTRY_VERIFY(itemNamed(window, QStringLiteral("activityRow_3")));
        QCOMPARE(activity.brokenEntryId(), qint64(3));
        QTest::qWait(300);
        texts = visibleTexts(window->contentItem());
        QVERIFY2(texts.contains(activity.verifyText()), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY(window->grabWindow().save(QStringLiteral("activity-broken.png")));

        QVERIFY(useDarkTheme(window));
        QTest::qWait(300);
        QVERIFY(window->grabWindow().save(QStringLiteral("activity-dark.png")));

        window->resize(760, 520);
        QTest::qWait(300);
        QVERIFY(window->grabWindow().save(QStringLiteral("activity-small.png")));
    }

private:
    TestBook m_log{QDateTime(QDate(2026, 9, 1), QTime(12, 0), Qt::UTC)};
    qint64 m_clientId = 0;
    qint64 m_billId = 0;
};

QTEST_MAIN(tst_Activity)
#include "tst_activity.moc"
