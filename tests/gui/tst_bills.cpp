// The Bills page: the paged bill list (checked by QAbstractItemModelTester and against plain SQL), the bill's
// panel and its actions, and recording a payment in full from the window, which ends the bill's reminders.
// Writes bills.png and bill-panel.png into the test's build folder for a human to look at.

#include "TestBook.h"

#include <Aging.h>
#include <BillDetails.h>
#include <BillListModel.h>
#include <CallQueueModel.h>
#include <CashModel.h>
#include <AppModels.h>
#include <ChaseEngine.h>
#include <DashboardModel.h>
#include <DraftListModel.h>
#include <Repositories.h>
#include <Seeder.h>

#include <QAbstractItemModelTester>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;

namespace {

std::shared_ptr<Book> unowned(Book &book)
{
    return std::shared_ptr<Book>(&book, [](Book *) {});
}

// Fetches every page and returns the bill ids in the model's order.
QList<qint64> allIds(BillListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids << model.data(model.index(i), BillListModel::BillIdRole).toLongLong();
    return ids;
}

struct PlainBill {
    qint64 id = 0;
    QString number;
    QString clientName;
    qint64 clientId = 0;
    QString dueOn;
    qint64 balance = 0;
    QString status;
};

QList<PlainBill> plainBills(Book &book)
{
    QList<PlainBill> bills;
    QSqlQuery q(book.database());
    q.exec(QStringLiteral("SELECT b.id, b.number, c.name, c.id, b.due_on, b.amount_minor - b.paid_minor, b.status "
                          "FROM bills b JOIN clients c ON c.id = b.client_id"));
    while (q.next())
        bills.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                      q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString()});
    return bills;
}

QList<QQuickItem *> itemsNamed(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    if (!root->isVisible())
        return found;
    if (root->objectName() == name)
        found.append(root);
    for (QQuickItem *child : root->childItems())
        found.append(itemsNamed(child, name));
    return found;
}

QQuickItem *itemNamed(QQuickWindow *window, const QString &name)
{
    return itemsNamed(window->contentItem(), name).value(0);
}

// Waits for the next frame, so that every layout is polished and items sit where they are drawn.
bool settle(QQuickWindow *window)
{
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    return frame.wait(2000);
}

void click(QQuickWindow *window, QQuickItem *item)
{
    settle(window);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

QList<DraftRow> pendingFor(Book &book, qint64 billId)
{
    QList<DraftRow> drafts = ChaseEngine(book).pendingDrafts();
    drafts.removeIf([billId](const DraftRow &d) { return d.billId != billId; });
    return drafts;
}

} // namespace

class tst_Bills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(m_big.isValid());
        QVERIFY(Seeder::seed(m_big.book(), {.clients = 400, .bills = 20000, .seed = 11}));
    }

    void modelPassesTheItemModelTesterThroughPagingFiltersAndSorts()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 20, .bills = 700, .seed = 4}));
        BillListModel model(unowned(t.book()));
        QCOMPARE(model.rowCount(), BillListModel::pageSize);
        QCOMPARE(model.totalCount(), 700);
        // The tester itself fetches more while it checks.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int loaded = model.rowCount();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), qMin(700, loaded + BillListModel::pageSize));
        model.setSort(BillListModel::BalanceDescending);
        model.setBucketFilter(QStringLiteral("90+"));
        model.setStatusFilter(QStringLiteral("open"));
        model.setFilterText(QStringLiteral("a"));
        model.setSort(BillListModel::ClientName);
        model.setFilterText({});
        model.setBucketFilter({});
        model.setStatusFilter({});
        QVERIFY(model.rowCount() > 0);
        // A change to the book: the same bills stay, updated in place.
        const qint64 first = model.data(model.index(0), BillListModel::BillIdRole).toLongLong();
        QString error;
        QVERIFY2(BillRepository(t.book()).setStatus(first, BillStatus::Disputed, &error), qPrintable(error));
        model.refresh();
        QCOMPARE(model.data(model.index(0), BillListModel::StatusRole).toString(), QStringLiteral("disputed"));
        QCOMPARE(model.data(model.index(0), BillListModel::StatusTextRole).toString(), QStringLiteral("Disputed"));
        model.setFilterText(QStringLiteral("no bill is called this"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void fetchMoreBringsTheNextPageOfALargeBook()
    {
        BillListModel model(unowned(m_big.book()));
        QCOMPARE(model.totalCount(), 20000);
        QCOMPARE(model.rowCount(), BillListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), BillListModel::pageSize);
        QCOMPARE(inserted.first().at(2).toInt(), 2 * BillListModel::pageSize - 1);
        QCOMPARE(model.rowCount(), 2 * BillListModel::pageSize);
        const QList<qint64> ids = allIds(model);
        QCOMPARE(ids.size(), 20000);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 20000);
        QVERIFY(!model.canFetchMore({}));
    }

    void filtersGiveExactlyTheBillsSqlGives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("status");
        QTest::newRow("everything") << "" << "" << "";
        QTest::newRow("not due") << "" << "not_due" << "";
        QTest::newRow("1-30") << "" << "1-30" << "";
        QTest::newRow("31-60") << "" << "31-60" << "";
        QTest::newRow("61-90") << "" << "61-90" << "";
        QTest::newRow("90+") << "" << "90+" << "";
        QTest::newRow("disputed") << "" << "" << "disputed";
        QTest::newRow("paid") << "" << "" << "paid";
        QTest::newRow("text in numbers") << "-001" << "" << "";
        QTest::newRow("text, any case") << "SON" << "" << "";
        QTest::newRow("text and bucket") << "a" << "31-60" << "open";
    }
    void filtersGiveExactlyTheBillsSqlGives()
    {
        QFETCH(QString, text);
        QFETCH(QString, bucket);
        QFETCH(QString, status);
        BillListModel model(unowned(m_big.book()));
        model.setFilterText(text);
        model.setBucketFilter(bucket);
        model.setStatusFilter(status);
        const QList<qint64> ids = allIds(model);

        const QDate today = m_big.clock().today();
        QList<qint64> expected;
        for (const PlainBill &b : plainBills(m_big.book())) {
            if (!text.isEmpty() && !b.number.contains(text, Qt::CaseInsensitive)
                && !b.clientName.contains(text, Qt::CaseInsensitive))
                continue;
            if (!status.isEmpty() && b.status != status)
                continue;
            const bool outstanding = (b.status == QLatin1String("open") || b.status == QLatin1String("disputed")) && b.balance > 0;
            const QDate due = QDate::fromString(b.dueOn, Qt::ISODate);
            if (!bucket.isEmpty() && (!outstanding || agingBucketKey(agingBucketFor(due, today)) != bucket))
                continue;
            expected << b.id;
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.totalCount(), int(expected.size()));
        QList<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, expected);   // plainBills() reads in id order
        if (!bucket.isEmpty())
            for (int i = 0; i < model.rowCount(); ++i)
                QCOMPARE(model.data(model.index(i), BillListModel::BucketRole).toString(), bucket);
    }

    void sortingOrdersEveryPage_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("due, oldest first") << int(BillListModel::DueAscending);
        QTest::newRow("due, newest first") << int(BillListModel::DueDescending);
        QTest::newRow("largest balance first") << int(BillListModel::BalanceDescending);
        QTest::newRow("client") << int(BillListModel::ClientName);
    }
    void sortingOrdersEveryPage()
    {
        QFETCH(int, sort);
        BillListModel model(unowned(m_big.book()));
        model.setSort(BillListModel::Sort(sort));
        model.fetchMore({});
        model.fetchMore({});
        QList<PlainBill> bills = plainBills(m_big.book());
        const auto key = [sort](const PlainBill &a, const PlainBill &b) {
            switch (BillListModel::Sort(sort)) {
            case BillListModel::DueAscending:
                return std::tie(a.dueOn, a.id) < std::tie(b.dueOn, b.id);
            case BillListModel::DueDescending:
                return std::tie(a.dueOn, a.id) > std::tie(b.dueOn, b.id);
            case BillListModel::BalanceDescending:
                return std::tie(a.balance, a.id) > std::tie(b.balance, b.id);
            case BillListModel::ClientName: {
                const int c = a.clientName.compare(b.clientName, Qt::CaseInsensitive);
                return c != 0 ? c < 0 : std::tie(a.clientId, a.id) < std::tie(b.clientId, b.id);
            }
            }
            return false;
        };
        std::sort(bills.begin(), bills.end(), key);
        QCOMPARE(model.rowCount(), 3 * BillListModel::pageSize);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.data(model.index(i), BillListModel::BillIdRole).toLongLong(), bills.at(i).id);
    }

    void detailsShowTheBillAndItsHistory()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Rachel Green"));
        const qint64 id = t.addBill(QStringLiteral("INV-7"), c, t.clock().today().addDays(-40), 25000);
        BillDetails details(unowned(t.book()));
        details.setBillId(id);
        QVERIFY(details.isValid());
        QCOMPARE(details.clientName(), QStringLiteral("Rachel Green"));
        QCOMPARE(details.balanceText(), QStringLiteral("£250.00"));
        QCOMPARE(details.balanceDecimal(), QStringLiteral("250.00"));
        QCOMPARE(details.bucket(), QStringLiteral("31-60"));
        QCOMPARE(details.daysOverdue(), 40);
        QSignalSpy bookChanged(&details, &BillDetails::bookChanged);

        QVERIFY(!details.recordPayment(QStringLiteral("twelve")));
        QVERIFY(!details.lastError().isEmpty());
        QVERIFY(!details.recordPayment(QStringLiteral("300")));
        QCOMPARE(bookChanged.count(), 0);
        QVERIFY2(details.recordPayment(QStringLiteral("100")), qPrintable(details.lastError()));
        QVERIFY(details.lastError().isEmpty());
        QCOMPARE(details.balanceText(), QStringLiteral("£150.00"));
        QCOMPARE(details.status(), QStringLiteral("open"));
        QVERIFY2(details.promiseUntil(details.isoDateIn(5)), qPrintable(details.lastError()));
        QCOMPARE(details.chaseState(), QStringLiteral("paused_promise"));
        QVERIFY(!details.promiseUntil(QStringLiteral("soon")));
        QVERIFY2(details.promiseUntil(QVariant(t.clock().today().addDays(9))), qPrintable(details.lastError()));
        QVERIFY2(details.dispute(), qPrintable(details.lastError()));
        QCOMPARE(details.status(), QStringLiteral("disputed"));
        QVERIFY(details.canResolveDispute());
        QVERIFY2(details.resolveDispute(), qPrintable(details.lastError()));
        QVERIFY2(details.stop(), qPrintable(details.lastError()));
        QCOMPARE(details.chaseState(), QStringLiteral("stopped"));
        QVERIFY2(details.resume(), qPrintable(details.lastError()));
        QCOMPARE(details.chaseState(), QStringLiteral("active"));

        const QVariantList timeline = details.timeline();
        QStringList kinds;
        for (const QVariant &e : timeline)
            kinds << e.toMap().value(QStringLiteral("kind")).toString();
        QVERIFY2(kinds.contains(QStringLiteral("payment")), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.contains(QStringLiteral("promise")), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.contains(QStringLiteral("dispute")), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.contains(QStringLiteral("stop")), qPrintable(kinds.join(u',')));
        for (int i = 1; i < timeline.size(); ++i)
            QVERIFY(timeline.at(i - 1).toMap().value(QStringLiteral("at")).toString()
                    >= timeline.at(i).toMap().value(QStringLiteral("at")).toString());
        QVERIFY(bookChanged.count() >= 7);
    }

    void writingOffEndsTheReminders()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 10, .bills = 80, .seed = 5}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        const QList<DraftRow> pending = ChaseEngine(t.book()).pendingDrafts();
        QVERIFY(!pending.isEmpty());
        const qint64 billId = pending.first().billId;
        BillDetails details(unowned(t.book()));
        details.setBillId(billId);
        QVERIFY(details.canWriteOff());
        QVERIFY2(details.writeOff(), qPrintable(details.lastError()));
        QCOMPARE(details.status(), QStringLiteral("written_off"));
        QCOMPARE(details.chaseState(), QStringLiteral("finished"));
        QVERIFY(pendingFor(t.book(), billId).isEmpty());
        QVERIFY(!details.writeOff());
        QVERIFY(!details.lastError().isEmpty());
    }

    void recordingAPaymentInFullFromTheBillsPageEndsTheReminders()
    {
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));
        QVERIFY(Seeder::seed(t.book(), {.clients = 30, .bills = 400, .seed = 7}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        const QList<DraftRow> pending = ChaseEngine(t.book()).pendingDrafts();
        QVERIFY(!pending.isEmpty());
        const DraftRow target = pending.first();
        QVERIFY(!pendingFor(t.book(), target.billId).isEmpty());

        AppModels models(unowned(t.book()));    // the app's own models and wiring
        DraftListModel &drafts = models.drafts();
        BillListModel &bills = models.bills();
        BillDetails &billDetails = models.billDetails();
        const int draftsBefore = drafts.count();

        QQmlApplicationEngine engine;
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QQuickItem *billsTab = nullptr;
        QTRY_VERIFY((billsTab = itemNamed(window, QStringLiteral("billsTab"))));
        click(window, billsTab);
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = itemNamed(window, QStringLiteral("billList"))));
        QTRY_VERIFY(itemsNamed(list, QStringLiteral("billRow_") + bills.data(bills.index(0), BillListModel::BillNumberRole).toString()).size() == 1);
        QTest::qWait(400);   // the tab's underline slides over; the screenshot is for a human
        QVERIFY(window->grabWindow().save(QStringLiteral("bills.png")));

        // Find the bill with the search field.
        QQuickItem *search = itemNamed(window, QStringLiteral("billSearch"));
        QVERIFY(search);
        search->forceActiveFocus();
        for (const QChar ch : target.billNumber)
            QTest::keyClick(window, ch.toLatin1());
        QTRY_COMPARE(bills.filterText(), target.billNumber);
        QTRY_VERIFY(bills.totalCount() >= 1);
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = itemNamed(window, QStringLiteral("billRow_") + target.billNumber)));
        click(window, row);
        QTRY_COMPARE(billDetails.billId(), target.billId);

        QQuickItem *recordButton = nullptr;
        QTRY_VERIFY((recordButton = itemNamed(window, QStringLiteral("recordPaymentButton"))));
        click(window, recordButton);
        QQuickItem *amount = nullptr;
        QTRY_VERIFY((amount = itemNamed(window, QStringLiteral("paymentAmount"))));
        QCOMPARE(amount->property("text").toString(), billDetails.balanceDecimal());
        QQuickItem *confirm = itemNamed(window, QStringLiteral("confirmPaymentButton"));
        QVERIFY(confirm);
        QVERIFY(window->grabWindow().save(QStringLiteral("bill-panel.png")));
        click(window, confirm);

        QTRY_COMPARE(billDetails.status(), QStringLiteral("paid"));
        QVERIFY2(billDetails.lastError().isEmpty(), qPrintable(billDetails.lastError()));
        QVERIFY(pendingFor(t.book(), target.billId).isEmpty());
        const std::optional<BillRow> bill = BillRepository(t.book()).byId(target.billId);
        QVERIFY(bill);
        QCOMPARE(bill->status, BillStatus::Paid);
        QCOMPARE(bill->balance().minor(), 0);
        QCOMPARE(drafts.count(), draftsBefore - int(std::count_if(pending.begin(), pending.end(),
                                                                  [&](const DraftRow &d) { return d.billId == target.billId; })));
        QCOMPARE(bills.data(bills.index(bills.rowOfBill(target.billId)), BillListModel::StatusRole).toString(),
                 QStringLiteral("paid"));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("recordPaymentButton")) == nullptr);
        QVERIFY(window->grabWindow().save(QStringLiteral("bill-panel-paid.png")));
    }

private:
    TestBook m_big;
};

QTEST_MAIN(tst_Bills)
#include "tst_bills.moc"
