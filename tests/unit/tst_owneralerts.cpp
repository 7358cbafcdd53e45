// OwnerAlerts: what the tray icon says about pending approvals, and when it notifies that a reply needs the
// owner: once per new task, never twice, across restarts (the book remembers), and not for closed tasks.

#include "TestBook.h"

#include <OwnerAlerts.h>
#include <OwnerTasks.h>

#include <QtTest>

using namespace duedesk;

namespace {

qint64 addTask(Book &book, const QString &summary, const QString &kind = QStringLiteral("confirm_payment"))
{
    OwnerTask task;
    task.kind = kind;
    task.summary = summary;
    const auto id = OwnerTaskRepository(book).add(task);
    return id ? *id : 0;
}

} // namespace

class tst_OwnerAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewTaskGivesOneNotification()
    {
        TestBook t;
        OwnerAlerts alerts(t.book());
        QVERIFY(!alerts.takeNew());
        const qint64 id = addTask(t.book(), QStringLiteral("Ingrid Nguyen says INV-000123 is paid."));
        QVERIFY(id > 0);
        const auto n = alerts.takeNew();
        QVERIFY(n);
        QCOMPARE(n->title, QStringLiteral("A reply needs you"));
        QCOMPARE(n->body, QStringLiteral("Ingrid Nguyen says INV-000123 is paid."));
        QCOMPARE(n->tasks, 1);
        QCOMPARE(n->newestTaskId, id);
    }

    void theSameTaskIsNeverAnnouncedTwice()
    {
        TestBook t;
        OwnerAlerts alerts(t.book());
        addTask(t.book(), QStringLiteral("Ingrid Nguyen says INV-000123 is paid."));
        QVERIFY(alerts.takeNew());
        QVERIFY(!alerts.takeNew());
        QVERIFY(!alerts.takeNew());
    }

    void theBookRemembersAcrossRestarts()
    {
        TestBook t;
        addTask(t.book(), QStringLiteral("first"));
        QVERIFY(OwnerAlerts(t.book()).takeNew());
        // Another run of DueDesk on the same book (a new OwnerAlerts, a new connection).
        {
            auto reopened = Book::open(t.path(), t.clock());
            QVERIFY(reopened);
            QVERIFY(!OwnerAlerts(**reopened).takeNew());
            // A reply that came in while DueDesk was closed is announced at the next start.
            addTask(**reopened, QStringLiteral("second"));
        }
        const auto n = OwnerAlerts(t.book()).takeNew();
        QVERIFY(n);
        QCOMPARE(n->body, QStringLiteral("second"));
    }

    void severalNewTasksMakeOneNotification()
    {
        TestBook t;
        OwnerAlerts alerts(t.book());
        addTask(t.book(), QStringLiteral("Bruno Costa disputes INV-000200."));
        addTask(t.book(), QStringLiteral("Aisha Khan asks for a payment plan."));
        const qint64 newest = addTask(t.book(), QStringLiteral("Ingrid Nguyen says INV-000123 is paid."));
        const auto n = alerts.takeNew();
        QVERIFY(n);
        QCOMPARE(n->tasks, 3);
        QCOMPARE(n->newestTaskId, newest);
        QCOMPARE(n->title, QStringLiteral("3 replies need you"));
        QCOMPARE(n->body, QStringLiteral("Ingrid Nguyen says INV-000123 is paid. And 2 more in DueDesk."));
        QVERIFY(!alerts.takeNew());
    }

    // A reminder DueDesk cannot tell went out is no reply: the title says what it is.
    void aSendNobodyCanConfirmIsAnnouncedAsSuch()
    {
        TestBook t;
        OwnerAlerts alerts(t.book());
        addTask(t.book(), QStringLiteral("DueDesk cannot tell whether the reminder for INV-15 reached Leo Fischer (Telegram)."),
                QStringLiteral("uncertain_send"));
        auto n = alerts.takeNew();
        QVERIFY(n);
        QCOMPARE(n->title, QStringLiteral("A reminder may not have arrived"));
        addTask(t.book(), QStringLiteral("Bruno Costa disputes INV-000200."));
        addTask(t.book(), QStringLiteral("again"), QStringLiteral("uncertain_send"));
        n = alerts.takeNew();
        QVERIFY(n);
        QCOMPARE(n->title, QStringLiteral("2 things need you"));
    }

    void aTaskClosedBeforeTheCheckIsNotAnnounced()
    {
        TestBook t;
        OwnerAlerts alerts(t.book());
        const qint64 id = addTask(t.book(), QStringLiteral("done already"));
        QVERIFY(OwnerTaskRepository(t.book()).close(id, true));
        QVERIFY(!alerts.takeNew());
    }

    void pendingApprovalsText_data()
    {
        QTest::addColumn<int>("pending");
        QTest::addColumn<QString>("toolTip");
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("badge");
        QTest::newRow("none") << 0 << "DueDesk: nothing waiting for your approval" << "Approvals" << "";
        QTest::newRow("one") << 1 << "DueDesk: 1 reminder waiting for your approval" << "Approvals (1)" << "1";
        QTest::newRow("some") << 12 << "DueDesk: 12 reminders waiting for your approval" << "Approvals (12)" << "12";
        QTest::newRow("more than the icon holds") << 150 << "DueDesk: 150 reminders waiting for your approval"
                                                  << "Approvals (150)" << "99+";
    }
    void pendingApprovalsText()
    {
        QFETCH(int, pending);
        QFETCH(QString, toolTip);
        QFETCH(QString, menu);
        QFETCH(QString, badge);
        QCOMPARE(OwnerAlerts::toolTip(pending), toolTip);
        QCOMPARE(OwnerAlerts::approvalsText(pending), menu);
        QCOMPARE(OwnerAlerts::badgeText(pending), badge);
    }
};

QTEST_GUILESS_MAIN(tst_OwnerAlerts)
#include "tst_owneralerts.moc"
