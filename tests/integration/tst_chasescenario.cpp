// A book of 50 bills run through 120 simulated days on the injected clock: each morning the planner runs and
// the owner approves (skipping every seventh draft), the "bridge" sends what is sendable at 10:00, and events
// happen on their days: payments, part payments, promises kept and broken, disputes, opt-outs, stops, manual
// chases, and ten days when DueDesk was not running. The exact draft days of every bill are asserted, and the
// invariants are checked after every simulated day.

#include "TestBook.h"

#include <AuditLog.h>
#include <ChaseEngine.h>
#include <Repositories.h>

#include <QMap>
#include <QSqlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

const QDate start(2026, 1, 5);          // a Monday; simulated day 0
constexpr int days = 120;
constexpr int outageFirst = 70;         // DueDesk not running on days 70..79
constexpr int outageLast = 79;

struct Drafted {
    int day;
    int position;     // the policy step (last part of the step key)
    Tone tone;
};

class Scenario
{
public:
    TestBook t{QDateTime(start, QTime(9, 0), Qt::LocalTime)};
    ChaseEngine engine{t.book()};
    QList<qint64> clients;
    QList<QString> bills;               // bill number by index
    QList<QDate> dues;
    QMap<QString, QList<Drafted>> drafts; // by bill number
    QStringList violations;
    int draftCounter = 0;

    void setUp()
    {
        for (int i = 0; i < 50; ++i) {
            ClientRow c;
            c.name = QStringLiteral("Client %1").arg(i, 2, 10, QLatin1Char('0'));
            c.email = QStringLiteral("client%1@example.com").arg(i);
            c.relationshipStart = start.addYears(-1);
            clients.append(*ClientRepository(t.book()).insert(c));
            const QDate due = start.addDays(10 + (i % 10) * 3);   // due on days 10..37
            dues.append(due);
            bills.append(QStringLiteral("S-%1").arg(i, 2, 10, QLatin1Char('0')));
            t.addBill(bills.last(), clients.last(), due, 10000 + i * 100);
        }
    }

    int dayOf(int bill, int offset) const { return int(start.daysTo(dues.at(bill))) + offset; }

    void events(int day)
    {
        QString error;
        for (int i = 0; i < 50; ++i) {
            const int sinceDue = int(dues.at(i).daysTo(start.addDays(day)));
            const QString &n = bills.at(i);
            auto check = [&](bool ok) {
                if (!ok)
                    violations << QStringLiteral("day %1 bill %2: %3").arg(day).arg(n, error);
            };
            if (i >= 10 && i < 15 && sinceDue == 9)   // paid in full on due+9
                check(engine.recordPayment(n, Money(10000 + i * 100, QStringLiteral("GBP")), t.clock().today(),
                                           PaymentSource::Manual, QStringLiteral("owner"), &error));
            if (i >= 15 && i < 20 && sinceDue == 9)   // part-paid on due+9
                check(engine.recordPayment(n, Money(2000, QStringLiteral("GBP")), t.clock().today(), PaymentSource::Manual,
                                           QStringLiteral("owner"), &error));
            if (i >= 20 && i < 25 && sinceDue == 2)   // promise on due+2 to pay by due+10
                check(engine.recordPromise(n, dues.at(i).addDays(10), QStringLiteral("owner"), &error));
            if (i >= 20 && i < 22 && sinceDue == 10)  // two keep it
                check(engine.recordPayment(n, Money(10000 + i * 100, QStringLiteral("GBP")), t.clock().today(),
                                           PaymentSource::Chat, QStringLiteral("owner"), &error));
            if (i >= 25 && i < 30 && sinceDue == 2)
                check(engine.setDisputed(n, true, QStringLiteral("owner"), &error));
            if (i >= 25 && i < 30 && sinceDue == 20)
                check(engine.setDisputed(n, false, QStringLiteral("owner"), &error));
            if (i >= 30 && i < 35 && sinceDue == 3)   // STOP on the only channel
                check(engine.optOut(clients.at(i), Channel::Email, QStringLiteral("client STOP"), &error));
            if (i >= 35 && i < 40 && sinceDue == 5)
                check(engine.stopChase(n, QStringLiteral("owner"), &error));
            if (i >= 45 && sinceDue == 3)             // chased by hand on due+3
                check(engine.chaseNow(n).ok());
        }
    }

    void morning(int day)
    {
        t.clock().setNow(QDateTime(start.addDays(day), QTime(9, 0), Qt::LocalTime));
        events(day);
        if (day >= outageFirst && day <= outageLast)
            return;
        const auto planned = engine.plan(t.clock().today());
        if (!planned)
            violations << QStringLiteral("day %1: plan failed: %2").arg(day).arg(planned.error());
        for (const DraftRow &d : engine.pendingDrafts()) {
            // Each pending draft is decided this same morning, so it is seen here exactly once.
            drafts[d.billNumber].append({day, d.stepKey.section(QLatin1Char(':'), 2).toInt(), d.tone});
            QString error;
            if (++draftCounter % 7 == 0)
                engine.skip(d.id, QStringLiteral("owner"), &error);
            else if (!engine.approve(d.id))
                violations << QStringLiteral("day %1: approve %2 failed").arg(day).arg(d.id);
        }
    }

    void send(int day, const QTime &at)
    {
        t.clock().setNow(QDateTime(start.addDays(day), at, Qt::LocalTime));
        for (const OutboxRow &row : engine.nextSendable(1000)) {
            const auto sending = engine.markSending(row.id);
            if (sending)
                engine.markSent(row.id, QStringLiteral("P-%1").arg(row.id));
        }
    }

    // After every day: never two outbox rows for one step, never a message to an opted-out channel, never a
    // reminder for a paid or cancelled bill, never a send in quiet hours, and the audit chain verifies.
    void checkInvariants(int day)
    {
        QSqlQuery q(t.book().database());
        auto fail = [&](const QString &what) { violations << QStringLiteral("day %1: %2").arg(day).arg(what); };
        if (q.exec(QStringLiteral("SELECT count(*) - count(DISTINCT step_key), count(*) - count(DISTINCT draft_id) FROM outbox"))
            && q.next() && (q.value(0).toInt() != 0 || q.value(1).toInt() != 0))
            fail(QStringLiteral("two outbox rows for one step"));
        if (q.exec(QStringLiteral("SELECT count(*) FROM outbox o JOIN consents c ON c.client_id = o.client_id "
                                  "AND c.channel = o.channel WHERE o.sent_at IS NOT NULL AND c.opted_out_at IS NOT NULL "
                                  "AND o.sent_at >= c.opted_out_at"))
            && q.next() && q.value(0).toInt() != 0)
            fail(QStringLiteral("a message went to an opted-out channel"));
        if (q.exec(QStringLiteral("SELECT count(*) FROM outbox o JOIN bills b ON b.id = o.bill_id WHERE o.sent_at IS NOT NULL "
                                  "AND b.status IN ('paid', 'cancelled') AND o.sent_at >= (SELECT max(created_at) FROM payments p "
                                  "WHERE p.bill_id = b.id)"))
            && q.next() && q.value(0).toInt() != 0)
            fail(QStringLiteral("a reminder went out for a paid bill"));
        if (q.exec(QStringLiteral("SELECT sent_at FROM outbox WHERE sent_at IS NOT NULL"))) {
            while (q.next()) {
                const QDateTime local = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
                if (local.date().dayOfWeek() == 7 || local.time() < QTime(8, 0) || local.time() >= QTime(20, 0))
                    fail(QStringLiteral("a send in quiet hours at %1").arg(local.toString(Qt::ISODate)));
            }
        }
        if (q.exec(QStringLiteral("SELECT count(*) FROM drafts d JOIN bills b ON b.id = d.bill_id "
                                  "WHERE d.state = 'pending' AND b.status <> 'open'"))
            && q.next() && q.value(0).toInt() != 0)
            fail(QStringLiteral("a pending draft for a bill that is not open"));
        const AuditLog::Verification v = AuditLog(t.book()).verify();
        if (!v.ok)
            fail(QStringLiteral("audit chain broken at %1: %2").arg(v.firstBrokenId).arg(v.reason));
    }

    void run()
    {
        setUp();
        for (int day = 0; day < days; ++day) {
            morning(day);
            send(day, QTime(10, 0));
            send(day, QTime(21, 30));   // quiet hours: nothing may go
            checkInvariants(day);
        }
    }

    QList<int> draftDays(int bill) const
    {
        QList<int> out;
        for (const Drafted &d : drafts.value(bills.at(bill)))
            out.append(d.day);
        return out;
    }
    // The standard policy's step days for a bill, minus the outage and with its catch-up.
    QList<int> standardDays(int bill, int lastDay = days - 1) const
    {
        QList<int> out;
        bool pendingCatchUp = false;
        for (int offset : {-3, 1, 7, 14, 30, 45}) {
            const int d = dayOf(bill, offset);
            if (d > lastDay)
                break;
            if (d >= outageFirst && d <= outageLast) {
                pendingCatchUp = true;
                continue;
            }
            if (pendingCatchUp && d > outageLast) {
                out.append(outageLast + 1);
                pendingCatchUp = false;
            }
            out.append(d);
        }
        if (pendingCatchUp)
            out.append(outageLast + 1);
        return out;
    }
};

} // namespace

class tst_ChaseScenario : public QObject
{
    Q_OBJECT

    Scenario s;

private Q_SLOTS:
    void initTestCase()
    {
        s.run();
    }

    void theSimulationReallySentReminders()
    {
        QSqlQuery q(s.t.book().database());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(state = 'sent'), sum(state = 'cancelled'), count(*) FROM outbox")) && q.next());
        QVERIFY2(q.value(0).toInt() > 120, qPrintable(q.value(0).toString()));
        QVERIFY(q.value(2).toInt() > q.value(0).toInt() - 1);
        QVERIFY(q.exec(QStringLiteral("SELECT sum(state = 'skipped'), sum(note LIKE '%not running%') FROM drafts")) && q.next());
        QVERIFY(q.value(0).toInt() > 10);   // every seventh draft was skipped, and stayed unsent
        QVERIFY(q.value(1).toInt() > 0);    // the outage produced catch-ups
        QCOMPARE(s.draftDays(0).size(), 6);
    }

    void everyDayKeepsTheInvariants()
    {
        QVERIFY2(s.violations.isEmpty(), qPrintable(s.violations.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void undisturbedBillsAreDraftedOnTheirStepDaysWithOneCatchUpAfterTheOutage()
    {
        for (int i = 0; i < 10; ++i)
            QCOMPARE(s.draftDays(i), s.standardDays(i));
    }

    void paidBillsGetNothingAfterThePayment()
    {
        for (int i = 10; i < 15; ++i)
            QCOMPARE(s.draftDays(i), s.standardDays(i, s.dayOf(i, 9)));
    }

    void partPaidBillsKeepTheirCadence()
    {
        for (int i = 15; i < 20; ++i)
            QCOMPARE(s.draftDays(i), s.standardDays(i));
    }

    void keptPromisesEndTheChaseAndBrokenOnesResumeOneToneFirmerTwoDaysAfter()
    {
        for (int i = 20; i < 25; ++i) {
            const QList<Drafted> d = s.drafts.value(s.bills.at(i));
            QVERIFY(!d.isEmpty());
            QCOMPARE(d.first().day, s.dayOf(i, -3));
            QCOMPARE(d.at(1).day, s.dayOf(i, 1));
            if (i < 22) {
                QCOMPARE(d.size(), 2);
                continue;
            }
            // Broken: drafted on promised day + 2, the step live then (+7, neutral) one tone firmer.
            QCOMPARE(d.at(2).day, s.dayOf(i, 12));
            QCOMPARE(d.at(2).position, 2);
            QCOMPARE(d.at(2).tone, Tone::Firm);
        }
    }

    void disputesSuspendAndResumeWithoutABurst()
    {
        for (int i = 25; i < 30; ++i) {
            const QList<int> got = s.draftDays(i);
            for (int day : got)
                QVERIFY2(day < s.dayOf(i, 2) || day > s.dayOf(i, 20), qPrintable(QStringLiteral("bill %1 drafted on %2").arg(i).arg(day)));
            // Resumed on its live position: the +30 step is the next one, not +7 and +14 at once.
            QVERIFY(got.contains(s.dayOf(i, 30)) || (s.dayOf(i, 30) >= outageFirst && s.dayOf(i, 30) <= outageLast));
            QCOMPARE(got.count(s.dayOf(i, 20)), 0);
        }
    }

    void optedOutClientsWithNoOtherChannelGetNothingMore()
    {
        for (int i = 30; i < 35; ++i)
            QCOMPARE(s.draftDays(i), s.standardDays(i, s.dayOf(i, 3)));
    }

    void stoppedChasesDraftNothingMore()
    {
        for (int i = 35; i < 40; ++i)
            QCOMPARE(s.draftDays(i), s.standardDays(i, s.dayOf(i, 5)));
    }

    void manualChasesDraftAtOnceAndShiftTheRest()
    {
        for (int i = 45; i < 50; ++i) {
            const QList<int> got = s.draftDays(i);
            QVERIFY(got.contains(s.dayOf(i, 3)));                 // the manual chase (the +7 step, now)
            QVERIFY(got.contains(s.dayOf(i, 3 + 7)));             // the +14 step, 7 days after it
            QVERIFY(!got.contains(s.dayOf(i, 7)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ChaseScenario)
#include "tst_chasescenario.moc"
