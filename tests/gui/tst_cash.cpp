// The Cash and Calls pages: CashModel carries CashSnapshotBuilder's figures for the current week, CallQueueModel
// carries CallQueue::build's entries (and passes QAbstractItemModelTester), and both pages show them in the
// window. Writes cash.png and calls.png into the test's build folder for a human to look at.

#include "TestBook.h"

#include <BillDetails.h>
#include <BillListModel.h>
#include <CallQueue.h>
#include <CallQueueModel.h>
#include <CashModel.h>
#include <CashSnapshot.h>
#include <AppModels.h>
#include <ChaseEngine.h>
#include <DashboardModel.h>
#include <DraftListModel.h>
#include <Money.h>
#include <PhoneNumber.h>
#include <Seeder.h>
#include <SqlValues.h>

#include <QAbstractItemModelTester>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;

namespace {

std::shared_ptr<Book> unowned(Book &book)
{
    return std::shared_ptr<Book>(&book, [](Book *) {});
}

// Every text shown by a visible Label/Text under item.
QStringList visibleTexts(QQuickItem *item)
{
    QStringList texts;
    if (!item->isVisible())
        return texts;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty() && item->inherits("QQuickText"))
        texts << text.toString();
    for (QQuickItem *child : item->childItems())
        texts << visibleTexts(child);
    return texts;
}

QQuickItem *itemNamed(QQuickItem *root, const QString &name)
{
    if (!root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = itemNamed(child, name))
            return found;
    return nullptr;
}

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

qint64 defaultThreshold(Book &book)
{
    return Money::parse(QStringLiteral("1000"), book.currency())->minor();
}

// A promise this week on the first open bill, and a short exchange with the client of the queue's first entry,
// so that the pages show every part.
bool addActivity(Book &book)
{
    QSqlQuery q(book.database());
    const QDate today = book.clock().today();
    if (!q.exec(QStringLiteral("SELECT id FROM bills WHERE status = 'open' AND currency = '%1' AND amount_minor > paid_minor "
                               "ORDER BY id LIMIT 2").arg(book.currency())))
        return false;
    QList<qint64> bills;
    while (q.next())
        bills << q.value(0).toLongLong();
    for (int i = 0; i < bills.size(); ++i) {
        QSqlQuery p(book.database());
        p.prepare(QStringLiteral("INSERT INTO promises (bill_id, promised_on, state, created_at) VALUES (?, ?, 'open', ?)"));
        p.addBindValue(bills.at(i));
        p.addBindValue(sql::date(today.addDays(1 + i)));
        p.addBindValue(sql::dateTime(book.clock().now()));
        if (!p.exec())
            return false;
    }
    const QList<CallQueueEntry> queue = CallQueue::build(book, today, defaultThreshold(book));
    if (queue.isEmpty())
        return false;
    const struct {
        int daysAgo;
        const char *channel;
        const char *direction;
        const char *body;
    } messages[] = {
        {9, "email", "out", "Hello, a friendly reminder that your bill is now overdue."},
        {6, "whatsapp", "in", "Sorry, I'll sort it out at the end of the month."},
        {2, "sms", "out", "Hi, just checking in about the bill we talked about."},
    };
    for (const auto &m : messages) {
        QSqlQuery i(book.database());
        i.prepare(QStringLiteral("INSERT INTO messages (client_id, bill_id, channel, direction, body, at) VALUES (?, ?, ?, ?, ?, ?)"));
        i.addBindValue(queue.first().clientId);
        i.addBindValue(queue.first().billId);
        i.addBindValue(QString::fromLatin1(m.channel));
        i.addBindValue(QString::fromLatin1(m.direction));
        i.addBindValue(QString::fromUtf8(m.body));
        i.addBindValue(sql::dateTime(book.clock().now().addDays(-m.daysAgo)));
        if (!i.exec())
            return false;
    }
    return true;
}

} // namespace

class tst_Cash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    // Opening DueDesk on a large book reads only what the dashboard needs: the Cash and Calls models read the
    // book when their page is first shown, and ignore refreshes until then.
    void modelsLoadedWhenShownReadTheBookOnActivation()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 30, .bills = 400, .seed = 7}));
        CashModel cash(unowned(t.book()), ModelLoading::WhenShown);
        CallQueueModel calls(unowned(t.book()), ModelLoading::WhenShown);
        cash.refresh();
        calls.refresh();
        QVERIFY(cash.outstandingText().isEmpty());
        QCOMPARE(calls.rowCount(), 0);
        cash.activate();
        calls.activate();
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), t.clock().today());
        QCOMPARE(cash.outstandingText(), Money(s.week.outstandingMinor, s.currency).toDisplayString(t.book().locale()));
        QVERIFY(calls.rowCount() > 0);
        QCOMPARE(calls.rowCount(), qMin<int>(calls.total(), CallQueueModel::shownLimit));
    }

    void cashModelCarriesTheSnapshot()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 30, .bills = 400, .seed = 7}));
        QVERIFY(addActivity(t.book()));
        CashModel model(unowned(t.book()));
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), t.clock().today());
        const QLocale locale = t.book().locale();
        const auto money = [&](qint64 minor) { return Money(minor, s.currency).toDisplayString(locale); };
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.currency(), s.currency);
        QCOMPARE(model.outstandingText(), money(s.week.outstandingMinor));
        QCOMPARE(model.overdueText(), money(s.week.overdueMinor));
        QCOMPARE(model.paidText(), money(s.week.paidMinor));
        QCOMPARE(model.promisedText(), money(s.week.promisedMinor));
        QCOMPARE(model.dsoDays(), s.week.dsoDays);
        QVERIFY(s.week.outstandingMinor > 0);
        QVERIFY(model.outstandingText().startsWith(QStringLiteral("£")));

        QCOMPARE(model.promised().size(), s.promised.size());
        QVERIFY(!s.promised.isEmpty());
        for (int i = 0; i < s.promised.size(); ++i) {
            const QVariantMap p = model.promised().at(i).toMap();
            QCOMPARE(p.value(QStringLiteral("billNumber")).toString(), s.promised.at(i).billNumber);
            QCOMPARE(p.value(QStringLiteral("amountText")).toString(), money(s.promised.at(i).amountMinor));
        }
        QCOMPARE(model.topDebtors().size(), s.topDebtors.size());
        QCOMPARE(model.topDebtors().size(), 5);
        for (int i = 0; i < s.topDebtors.size(); ++i) {
            const QVariantMap d = model.topDebtors().at(i).toMap();
            QCOMPARE(d.value(QStringLiteral("clientName")).toString(), s.topDebtors.at(i).clientName);
            QCOMPARE(d.value(QStringLiteral("outstandingText")).toString(), money(s.topDebtors.at(i).outstandingMinor));
        }

        // The 12 weeks before, oldest first, then this week.
        QCOMPARE(s.trend.size(), 12);
        QCOMPARE(model.trend().size(), s.trend.size() + 1);
        double max = 0;
        for (int i = 0; i < model.trend().size(); ++i) {
            const WeekFigures &w = i < s.trend.size() ? s.trend.at(i) : s.week;
            const QVariantMap m = model.trend().at(i).toMap();
            QCOMPARE(m.value(QStringLiteral("outstanding")).toDouble(), double(w.outstandingMinor) / 100.0);
            QCOMPARE(m.value(QStringLiteral("overdue")).toDouble(), double(w.overdueMinor) / 100.0);
            QCOMPARE(m.value(QStringLiteral("paid")).toDouble(), double(w.paidMinor) / 100.0);
            QCOMPARE(m.value(QStringLiteral("outstandingText")).toString(), money(w.outstandingMinor));
            QVERIFY(!m.value(QStringLiteral("weekLabel")).toString().isEmpty());
            QCOMPARE(m.value(QStringLiteral("current")).toBool(), i == s.trend.size());
            max = std::max({max, m.value(QStringLiteral("outstanding")).toDouble(),
                            m.value(QStringLiteral("overdue")).toDouble(), m.value(QStringLiteral("paid")).toDouble()});
        }
        QCOMPARE(model.trendMax(), max);

        QSignalSpy changed(&model, &CashModel::changed);
        model.refresh();
        QCOMPARE(changed.count(), 1);
    }

    void callQueueModelCarriesTheQueue()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 30, .bills = 400, .seed = 7}));
        QVERIFY(addActivity(t.book()));
        CallQueueModel model(unowned(t.book()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<CallQueueEntry> queue = CallQueue::build(t.book(), t.clock().today(), defaultThreshold(t.book()));
        QVERIFY(!queue.isEmpty());
        QCOMPARE(model.minAmountMinor(), defaultThreshold(t.book()));
        QCOMPARE(model.rowCount(), queue.size());
        const QLocale locale = t.book().locale();
        for (int i = 0; i < queue.size(); ++i) {
            const CallQueueEntry &e = queue.at(i);
            const QModelIndex index = model.index(i);
            QCOMPARE(index.data(CallQueueModel::BillIdRole).toLongLong(), e.billId);
            QCOMPARE(index.data(CallQueueModel::ClientNameRole).toString(), e.clientName);
            QCOMPARE(index.data(CallQueueModel::BillNumberRole).toString(), e.billNumber);
            QCOMPARE(index.data(CallQueueModel::PhoneRole).toString(),
                     e.phoneE164.isEmpty() ? QString() : PhoneNumber::fromE164(e.phoneE164).displayText(t.book().region()));
            QCOMPARE(index.data(CallQueueModel::BalanceTextRole).toString(),
                     Money(e.balanceMinor, e.currency).toDisplayString(locale));
            QCOMPARE(index.data(CallQueueModel::DaysOverdueRole).toLongLong(), e.daysOverdue);
            QCOMPARE(index.data(CallQueueModel::ClientOutstandingTextRole).toString(),
                     Money(e.clientOutstandingMinor, e.currency).toDisplayString(locale));
            QCOMPARE(index.data(CallQueueModel::LastPaymentTextRole).toString().isEmpty(), !e.lastPayment.has_value());
            QCOMPARE(index.data(CallQueueModel::LastMessagesRole).toList().size(), e.lastMessages.size());
            QCOMPARE(index.data(CallQueueModel::WhyRole).toString(), e.why);
        }
        // The exchange added for the first entry's client comes newest first.
        const QVariantList messages = model.index(0).data(CallQueueModel::LastMessagesRole).toList();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.first().toMap().value(QStringLiteral("inbound")).toBool(), false);
        QCOMPARE(messages.at(1).toMap().value(QStringLiteral("inbound")).toBool(), true);
        QVERIFY(!messages.first().toMap().value(QStringLiteral("channel")).toString().isEmpty());

        // A higher threshold from the book's setting leaves fewer bills.
        t.book().setSetting(QStringLiteral("call_queue_min_amount"), QStringLiteral("1000000"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(),
                 CallQueue::build(t.book(), t.clock().today(), Money::parse(QStringLiteral("1000000"), QStringLiteral("GBP"))->minor()).size());
        QVERIFY(model.rowCount() <= queue.size());
    }

    void windowShowsCashAndCalls()
    {
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));
        QVERIFY(Seeder::seed(t.book(), {.clients = 30, .bills = 400, .seed = 7}));
        QVERIFY(addActivity(t.book()));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        AppModels models(unowned(t.book()));    // the app's own models and wiring
        CashModel &cash = models.cash();
        CallQueueModel &calls = models.calls();
        QCOMPARE(calls.rowCount(), 0);   // read when the Calls page is first shown

        QQmlApplicationEngine engine;
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QQuickItem *cashTab = itemNamed(window->contentItem(), QStringLiteral("cashTab"));
        QVERIFY(cashTab);
        click(window, cashTab);
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("cashChart")));
        QTest::qWait(500);   // the tab's underline and the bars settle; the screenshot is for a human
        QStringList texts = visibleTexts(window->contentItem());
        const QString all = texts.join(QLatin1String(" | "));
        QVERIFY2(texts.contains(cash.outstandingText()), qPrintable(all));
        QVERIFY2(texts.contains(cash.overdueText()), qPrintable(all));
        QVERIFY2(texts.contains(cash.paidText()), qPrintable(all));
        QVERIFY2(texts.contains(cash.promisedText()), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("This week")), qPrintable(all));
        for (const QVariant &d : cash.topDebtors())
            QVERIFY2(texts.contains(d.toMap().value(QStringLiteral("clientName")).toString()), qPrintable(all));
        for (const QVariant &p : cash.promised())
            QVERIFY2(texts.contains(p.toMap().value(QStringLiteral("amountText")).toString()), qPrintable(all));
        window->resize(1120, 960);   // tall enough for the whole page in the picture
        QTest::qWait(200);
        QVERIFY(window->grabWindow().save(QStringLiteral("cash.png")));
        window->resize(1120, 720);

        QQuickItem *callsTab = itemNamed(window->contentItem(), QStringLiteral("callsTab"));
        QVERIFY(callsTab);
        click(window, callsTab);
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("callList")));
        QTest::qWait(500);
        texts = visibleTexts(itemNamed(window->contentItem(), QStringLiteral("callList")));
        const QString callTexts = texts.join(QLatin1String(" | "));
        const QModelIndex first = calls.index(0);
        QVERIFY2(texts.contains(first.data(CallQueueModel::ClientNameRole).toString()), qPrintable(callTexts));
        QVERIFY2(texts.contains(first.data(CallQueueModel::BalanceTextRole).toString()), qPrintable(callTexts));
        QVERIFY2(texts.contains(first.data(CallQueueModel::WhyRole).toString()), qPrintable(callTexts));
        const QString phone = first.data(CallQueueModel::PhoneRole).toString();
        if (!phone.isEmpty())
            QVERIFY2(texts.contains(phone), qPrintable(callTexts));
        for (const QVariant &m : first.data(CallQueueModel::LastMessagesRole).toList())
            QVERIFY2(texts.contains(m.toMap().value(QStringLiteral("body")).toString()), qPrintable(callTexts));
        QVERIFY(window->grabWindow().save(QStringLiteral("calls.png")));
    }
};

QTEST_MAIN(tst_Cash)
#include "tst_cash.moc"
