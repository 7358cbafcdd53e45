// The chase engine's promises to the owner, one behaviour per test: when drafts appear, that nothing is queued
// twice or without approval, and that payments, promises, disputes, opt-outs and stops act at once.

#include "TestBook.h"

#include <AuditLog.h>
#include <ChaseEngine.h>
#include <OwnerTasks.h>
#include <PolicyRepository.h>
#include <Repositories.h>

#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace duedesk;

namespace {

// A client reachable by email (no opt-in needed) and, when asked, by SMS with consent.
qint64 addReachableClient(TestBook &t, const QString &name, bool sms = false, Segment segment = Segment::Standard)
{
    ClientRow c;
    c.name = name;
    c.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
    c.segment = segment;
    c.relationshipStart = QDate(2024, 1, 1);
    if (sms) {
        c.phoneE164 = QStringLiteral("+447700900123");
        c.preferredChannel = Channel::Sms;
        ChannelConsent consent;
        consent.channel = Channel::Sms;
        consent.optedInAt = t.clock().now();
        consent.optedInBy = QStringLiteral("test");
        c.consents.append(consent);
    }
    return *ClientRepository(t.book()).insert(c);
}

void setToday(TestBook &t, const QDate &day, const QTime &time = QTime(10, 0))
{
    t.clock().setNow(QDateTime(day, time, Qt::LocalTime));
}

int countRows(TestBook &t, const QString &sql)
{
    QSqlQuery q(t.book().database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class tst_ChaseEngine : public QObject
{
    Q_OBJECT

    const QDate due{2026, 11, 20}; // a Friday

private Q_SLOTS:
    void standardPolicyDraftsEachStepOnItsDay()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Rachel Green"));
        t.addBill(QStringLiteral("INV-1"), c, due, 45000);
        ChaseEngine engine(t.book());
        QList<int> draftedOn;
        for (int day = -10; day <= 60; ++day) {
            setToday(t, due.addDays(day));
            const auto r = engine.plan(due.addDays(day));
            QVERIFY2(r, qPrintable(r.error()));
            for (int i = 0; i < r->drafted; ++i)
                draftedOn.append(day);
            // The owner approves what was drafted, so the weekly cap sees approved reminders.
            QVERIFY(engine.approveAll());
        }
        QCOMPARE(draftedOn, (QList<int>{-3, 1, 7, 14, 30, 45}));
        const QList<OutboxRow> out = engine.outbox();
        QCOMPARE(out.size(), 6);
        QCOMPARE(out.first().tone, Tone::Friendly);
        QCOMPARE(out.last().tone, Tone::Final);
        QVERIFY(AuditLog(t.book()).verify().ok);
    }

    void aDraftWithoutABusinessNameWarnsTheOwner()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Tom Baker"));
        t.addBill(QStringLiteral("INV-N"), c, due, 12000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        QVERIFY2(engine.pendingDrafts().first().note.contains(QStringLiteral("business name")),
                 qPrintable(engine.pendingDrafts().first().note));
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Baker Plumbing"));
        setToday(t, due.addDays(7));
        QVERIFY(engine.plan(due.addDays(7)));
        const DraftRow named = engine.pendingDrafts().last();
        QVERIFY(named.note.isEmpty());
        QVERIFY2(named.body.contains(QStringLiteral("Baker Plumbing")), qPrintable(named.body));
    }

    void catchUpDraftsOnlyTheLatestDueStepAndSaysSo()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Tom Baker"));
        t.addBill(QStringLiteral("INV-2"), c, due, 12000);
        ChaseEngine engine(t.book());
        // DueDesk was closed from before the heads-up until day 16 (steps -3, +1, +7 and +14 all passed).
        setToday(t, due.addDays(16));
        const auto r = engine.plan(due.addDays(16));
        QVERIFY(r);
        QCOMPARE(r->drafted, 1);
        QCOMPARE(r->caughtUp, 1);
        const QList<DraftRow> drafts = engine.pendingDrafts();
        QCOMPARE(drafts.size(), 1);
        QVERIFY(drafts.first().stepKey.endsWith(QStringLiteral(":3")));   // the +14 step
        QVERIFY2(drafts.first().note.contains(QStringLiteral("not running")), qPrintable(drafts.first().note));
        // The next day brings nothing new; the +30 step comes on its day.
        setToday(t, due.addDays(17));
        QCOMPARE(engine.plan(due.addDays(17))->drafted, 0);
    }

    void approvingTwiceQueuesOneMessage()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Priya Patel"));
        t.addBill(QStringLiteral("INV-3"), c, due, 9900);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        const qint64 draftId = engine.pendingDrafts().first().id;
        QVERIFY(engine.approve(draftId));
        const auto again = engine.approve(draftId);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("already")), qPrintable(again.error()));
        QCOMPARE(engine.outbox().size(), 1);
    }

    void approvingFromTwoConnectionsAtOnceQueuesOneMessage()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("James Clarke"));
        for (int i = 0; i < 20; ++i)
            t.addBill(QStringLiteral("INV-C%1").arg(i), c, due, 1000 + i);
        // Other clients' caps do not matter here: a generous policy for everyone.
        Policy standard = *PolicyRepository(t.book()).byKey(QStringLiteral("standard"));
        standard.weeklyCap = 100;
        QVERIFY(PolicyRepository(t.book()).save(standard));
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QCOMPARE(engine.plan(due.addDays(1))->drafted, 20);
        const QList<DraftRow> drafts = engine.pendingDrafts();
        std::atomic<int> succeeded = 0;
        auto racer = [&] {
            ChaseEngine mine(t.book()); // each thread: its own connection
            for (const DraftRow &d : drafts)
                if (mine.approve(d.id, QStringLiteral("racer")))
                    ++succeeded;
        };
        QThread *a = QThread::create(racer);
        QThread *b = QThread::create(racer);
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QCOMPARE(succeeded.load(), 20);
        QCOMPARE(countRows(t, QStringLiteral("SELECT count(*) FROM outbox")), 20);
        QCOMPARE(countRows(t, QStringLiteral("SELECT count(DISTINCT step_key) FROM outbox")), 20);
        QVERIFY(AuditLog(t.book()).verify().ok);
    }

    void skippedDraftIsNeverQueuedAndEditedTextIsWhatGoesOut()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Sofia Garcia"));
        t.addBill(QStringLiteral("INV-4"), c, due, 5000);
        t.addBill(QStringLiteral("INV-5"), c, due, 7000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        const QList<DraftRow> drafts = engine.pendingDrafts();
        QCOMPARE(drafts.size(), 2);
        QString error;
        QVERIFY(engine.skip(drafts[0].id, QStringLiteral("owner"), &error));
        QVERIFY(!engine.approve(drafts[0].id));
        QVERIFY(engine.edit(drafts[1].id, QStringLiteral("Hi Sofia, just a nudge about INV-5. Thanks!"), QStringLiteral("owner"), &error));
        QVERIFY(engine.approve(drafts[1].id));
        const QList<OutboxRow> out = engine.outbox();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().body, QStringLiteral("Hi Sofia, just a nudge about INV-5. Thanks!"));
        QVERIFY(!engine.edit(drafts[1].id, QStringLiteral("too late"), QStringLiteral("owner"), &error));
    }

    void paymentInFullFinishesTheChaseAndCancelsEverythingPending()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Liam Murphy"));
        t.addBill(QStringLiteral("INV-6"), c, due, 20000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        QVERIFY(engine.approve(engine.pendingDrafts().first().id));   // queued, not sent
        setToday(t, due.addDays(7));
        QVERIFY(engine.plan(due.addDays(7)));                          // another draft pending
        QString error;
        QVERIFY2(engine.recordPayment(QStringLiteral("INV-6"), Money(20000, QStringLiteral("GBP")), due.addDays(7),
                                      PaymentSource::Manual, QStringLiteral("owner"), &error), qPrintable(error));
        QCOMPARE(engine.pendingDrafts().size(), 0);
        QCOMPARE(engine.outbox().first().state, OutboxState::Cancelled);
        QCOMPARE(BillRepository(t.book()).byNumber(QStringLiteral("INV-6"))->status, BillStatus::Paid);
        for (int day = 8; day <= 60; ++day)
            QCOMPARE(engine.plan(due.addDays(day))->drafted, 0);
        QVERIFY(engine.nextSendable().isEmpty());
    }

    void partPaymentCancelsStaleDraftsButKeepsChasing()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Aisha Khan"));
        t.addBill(QStringLiteral("INV-7"), c, due, 20000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        QString error;
        QVERIFY(engine.recordPayment(QStringLiteral("INV-7"), Money(5000, QStringLiteral("GBP")), due.addDays(1),
                                     PaymentSource::Manual, QStringLiteral("owner"), &error));
        QCOMPARE(engine.pendingDrafts().size(), 0);
        setToday(t, due.addDays(7));
        QCOMPARE(engine.plan(due.addDays(7))->drafted, 1);
        QVERIFY2(engine.pendingDrafts().first().body.contains(QStringLiteral("150.00")), qPrintable(engine.pendingDrafts().first().body));
    }

    void promisePausesUntilTheDayAndABrokenPromiseResumesOneToneFirmer()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Daniel Evans"));
        t.addBill(QStringLiteral("INV-8"), c, due, 30000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        QCOMPARE(engine.pendingDrafts().first().tone, Tone::Friendly);
        QString error;
        QVERIFY(engine.recordPromise(QStringLiteral("INV-8"), due.addDays(10), QStringLiteral("owner"), &error));
        QCOMPARE(engine.pendingDrafts().size(), 0);
        // Paused through the promised day and the day after (the +7 step passes unsent).
        for (int day = 2; day <= 11; ++day) {
            setToday(t, due.addDays(day));
            QCOMPARE(engine.plan(due.addDays(day))->drafted, 0);
        }
        setToday(t, due.addDays(12));
        const auto r = engine.plan(due.addDays(12));
        QCOMPARE(r->promisesBroken, 1);
        QCOMPARE(r->drafted, 1);
        const DraftRow d = engine.pendingDrafts().first();
        QCOMPARE(d.tone, Tone::Firm);   // the +7 step is neutral; one firmer for the broken promise
        QVERIFY2(d.note.contains(QStringLiteral("promise")), qPrintable(d.note));
        QVERIFY2(d.reasons.contains(QStringLiteral("promise")), qPrintable(d.reasons));
    }

    void disputeSuspendsAndResolvingResumesWithoutABurst()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Chloe Dubois"));
        t.addBill(QStringLiteral("INV-9"), c, due, 8000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        QString error;
        QVERIFY(engine.setDisputed(QStringLiteral("INV-9"), true, QStringLiteral("owner"), &error));
        QCOMPARE(engine.pendingDrafts().size(), 0);
        for (int day = 2; day <= 20; ++day)
            QCOMPARE(engine.plan(due.addDays(day))->drafted, 0);
        setToday(t, due.addDays(20));
        QVERIFY(engine.setDisputed(QStringLiteral("INV-9"), false, QStringLiteral("owner"), &error));
        // The +7 and +14 steps fell due during the dispute: they are passed over, not sent in a burst.
        QCOMPARE(engine.plan(due.addDays(20))->drafted, 0);
        QCOMPARE(engine.plan(due.addDays(29))->drafted, 0);
        QCOMPARE(engine.plan(due.addDays(30))->drafted, 1);
    }

    void optOutCancelsAndLaterRemindersUseAnotherChannel()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Mateo Rossi"), true);
        t.addBill(QStringLiteral("INV-10"), c, due, 8000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        QCOMPARE(engine.pendingDrafts().first().channel, Channel::Sms);
        QVERIFY(engine.approve(engine.pendingDrafts().first().id));
        QString error;
        QVERIFY(engine.optOut(c, Channel::Sms, QStringLiteral("client STOP"), &error));
        QCOMPARE(engine.outbox().first().state, OutboxState::Cancelled);
        setToday(t, due.addDays(7));
        QVERIFY(engine.plan(due.addDays(7)));
        QCOMPARE(engine.pendingDrafts().first().channel, Channel::Email);
        QCOMPARE(countRows(t, QStringLiteral("SELECT count(*) FROM drafts WHERE channel = 'sms' AND state = 'pending'")), 0);
    }

    void stoppedChaseDraftsNothingMore()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Hannah Walsh"));
        t.addBill(QStringLiteral("INV-11"), c, due, 8000);
        ChaseEngine engine(t.book());
        QString error;
        QVERIFY(engine.stopChase(QStringLiteral("INV-11"), QStringLiteral("owner"), &error));
        for (int day = -5; day <= 60; ++day)
            QCOMPARE(engine.plan(due.addDays(day))->drafted, 0);
    }

    void manualChaseDraftsNowAndSchedulesTheRestAfterIt()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Oliver Hughes"));
        t.addBill(QStringLiteral("INV-12"), c, due, 8000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(4));
        QVERIFY(engine.plan(due.addDays(4)));     // the +1 step, caught up
        QVERIFY(engine.approveAll());
        const auto draftId = engine.chaseNow(QStringLiteral("INV-12"));
        QVERIFY2(draftId, qPrintable(draftId.error()));
        QCOMPARE(engine.pendingDrafts().size(), 1);
        // The +7 step was used now; the +14 step follows 7 days later (14 - 7), not on day 14.
        QList<int> later;
        for (int day = 5; day <= 20; ++day) {
            setToday(t, due.addDays(day));
            if (engine.plan(due.addDays(day))->drafted > 0)
                later.append(day);
            QVERIFY(engine.approveAll());
        }
        QCOMPARE(later, QList<int>{11});
    }

    void aManualChaseOfALongOverdueBillUsesTheStepItIsAtNotAHeadsUp()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Yuki Walsh"));
        t.addBill(QStringLiteral("INV-OLD"), c, due, 8000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(20));                // never planned: the chase has not started
        const auto draftId = engine.chaseNow(QStringLiteral("INV-OLD"));
        QVERIFY2(draftId, qPrintable(draftId.error()));
        const DraftRow d = *engine.draft(*draftId);
        QCOMPARE(d.kind, QStringLiteral("reminder"));
        QVERIFY(d.stepKey.endsWith(QStringLiteral(":3")));   // the +14 step, live on day 20
        // Before the due date, a manual chase may well be the heads-up.
        t.addBill(QStringLiteral("INV-NEW"), c, due.addDays(25), 8000);
        const auto early = engine.chaseNow(QStringLiteral("INV-NEW"));
        QVERIFY(early);
        QCOMPARE(engine.draft(*early)->kind, QStringLiteral("heads_up"));
    }

    void billsWithoutDueDateBalanceOrOpenStatusAreNeverChased()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Grace Silva"));
        t.addBill(QStringLiteral("NO-DUE"), c, QDate(), 5000);
        const qint64 zero = t.addBill(QStringLiteral("ZERO"), c, due, 0);
        const qint64 cancelled = t.addBill(QStringLiteral("CANCELLED"), c, due, 5000);
        const qint64 written = t.addBill(QStringLiteral("WRITTEN"), c, due, 5000);
        QVERIFY(zero > 0);
        QVERIFY(BillRepository(t.book()).setStatus(cancelled, BillStatus::Cancelled, nullptr));
        QVERIFY(BillRepository(t.book()).setStatus(written, BillStatus::WrittenOff, nullptr));
        ChaseEngine engine(t.book());
        for (int day = -5; day <= 60; ++day)
            QCOMPARE(engine.plan(due.addDays(day))->drafted, 0);
        QVERIFY(!engine.chaseNow(QStringLiteral("CANCELLED")));
        QVERIFY(!engine.chaseNow(QStringLiteral("ZERO")));
    }

    void weeklyCapHoldsBackAThirdReminderToOneClient()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Ben Novak"));
        for (int i = 0; i < 3; ++i)
            t.addBill(QStringLiteral("INV-W%1").arg(i), c, due, 1000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        const auto r = engine.plan(due.addDays(1));
        QCOMPARE(r->drafted, 2);
        QCOMPARE(r->deferredByCap, 1);
        // A week later the held-back one goes out (caught up), within the cap again.
        setToday(t, due.addDays(8));
        QVERIFY(engine.plan(due.addDays(8))->drafted >= 1);
    }

    void autoSendPolicyApprovesAtOnce()
    {
        TestBook t;
        Policy standard = *PolicyRepository(t.book()).byKey(QStringLiteral("standard"));
        standard.autoSend = true;
        const auto saved = PolicyRepository(t.book()).save(standard);
        QVERIFY2(saved, qPrintable(saved.error()));
        const qint64 c = addReachableClient(t, QStringLiteral("Noah Wright"));
        t.addBill(QStringLiteral("INV-13"), c, due, 1000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        const auto r = engine.plan(due.addDays(1));
        QCOMPARE(r->autoApproved, 1);
        QCOMPARE(engine.pendingDrafts().size(), 0);
        QCOMPARE(engine.outbox().size(), 1);
    }

    void aStepCanFireWhenTheBillEntersAnAgingBucket()
    {
        TestBook t;
        Policy p;
        p.name = QStringLiteral("Bucket watcher");
        PolicyStep entering31;
        entering31.onBucket = QStringLiteral("31-60");
        entering31.tone = Tone::Neutral;
        entering31.templateKind = QStringLiteral("reminder");
        PolicyStep entering61 = entering31;
        entering61.onBucket = QStringLiteral("61-90");
        entering61.tone = Tone::Firm;
        p.steps = {entering31, entering61};
        const auto policyId = PolicyRepository(t.book()).save(p);
        QVERIFY2(policyId, qPrintable(policyId.error()));
        const qint64 c = addReachableClient(t, QStringLiteral("Ingrid Byrne"));
        QVERIFY(PolicyRepository(t.book()).setClientOverride(c, *policyId));
        t.addBill(QStringLiteral("INV-B"), c, due, 5000);
        ChaseEngine engine(t.book());
        QList<int> draftedOn;
        for (int day = -5; day <= 70; ++day) {
            setToday(t, due.addDays(day));
            if (engine.plan(due.addDays(day))->drafted > 0)
                draftedOn.append(day);
            QVERIFY(engine.approveAll());
        }
        QCOMPARE(draftedOn, (QList<int>{31, 61}));
    }

    void editingAPolicyMovesTheNextStepOfRunningChases()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Arjun Novak"));
        t.addBill(QStringLiteral("INV-P"), c, due, 8000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));       // +1 drafted; the +7 step is next
        QVERIFY(engine.approveAll());
        Policy standard = *PolicyRepository(t.book()).byKey(QStringLiteral("standard"));
        standard.steps[2].offsetDays = 4;           // the owner brings the second reminder forward
        QVERIFY(PolicyRepository(t.book()).save(standard));
        QList<int> draftedOn;
        for (int day = 2; day <= 8; ++day) {
            setToday(t, due.addDays(day));
            if (engine.plan(due.addDays(day))->drafted > 0)
                draftedOn.append(day);
            QVERIFY(engine.approveAll());
        }
        QCOMPARE(draftedOn, QList<int>{4});
    }

    void sendingRechecksTheBillAndConsentInTheSameStep()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Zara Ahmed"));
        t.addBill(QStringLiteral("INV-14"), c, due, 1000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        const qint64 outboxId = *engine.approve(engine.pendingDrafts().first().id);
        // Paid behind the engine's back (e.g. an import): the send path must notice.
        PaymentRow p;
        p.billId = BillRepository(t.book()).byNumber(QStringLiteral("INV-14"))->id;
        p.amountMinor = 1000;
        p.paidOn = due;
        QVERIFY(PaymentRepository(t.book()).insert(p));
        QVERIFY(BillRepository(t.book()).setStatus(p.billId, BillStatus::Paid, nullptr));
        const auto sending = engine.markSending(outboxId);
        QVERIFY(!sending);
        QCOMPARE(engine.outbox().first().state, OutboxState::Cancelled);
    }

    void crashLeavesUncertainRowsThatAreNeverResent()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Leo Fischer"));
        t.addBill(QStringLiteral("INV-15"), c, due, 1000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        const qint64 outboxId = *engine.approve(engine.pendingDrafts().first().id);
        QVERIFY(engine.markSending(outboxId));
        QVERIFY(!engine.markSending(outboxId));               // already sending: never twice
        // "Crash": a new engine on the same book recovers.
        ChaseEngine restarted(t.book());
        QCOMPARE(restarted.recoverAfterCrash(), 1);
        QCOMPARE(restarted.outbox().first().state, OutboxState::Uncertain);
        QVERIFY(restarted.nextSendable().isEmpty());
        QVERIFY(!restarted.markSending(outboxId));
        // Only the owner can find out: it is on their list, naming the bill and the client.
        const QList<OwnerTask> tasks = OwnerTaskRepository(t.book()).open();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().kind, QStringLiteral("uncertain_send"));
        QCOMPARE(tasks.first().billId, restarted.outbox().first().billId);
        QVERIFY(tasks.first().summary.contains(QStringLiteral("INV-15")));
        QVERIFY(tasks.first().summary.contains(QStringLiteral("Leo Fischer")));
    }

    void aDefiniteFailureIsRetriedOnlyAfterItsTime()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Nina Brennan"));
        t.addBill(QStringLiteral("INV-16"), c, due, 1000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));
        QVERIFY(engine.plan(due.addDays(1)));
        const qint64 id = *engine.approve(engine.pendingDrafts().first().id);
        QVERIFY(engine.markSending(id));
        QVERIFY(engine.markFailed(id, QStringLiteral("429 Too Many Requests"), t.clock().now().addSecs(60)));
        QVERIFY(engine.nextSendable().isEmpty());
        t.clock().advanceSecs(61);
        QCOMPARE(engine.nextSendable().size(), 1);
        QVERIFY(engine.markSending(id));
        QVERIFY(engine.markSent(id, QStringLiteral("SM123")));
        QCOMPARE(engine.outbox().first().attempts, 2);
        QVERIFY(engine.recordDeliveryStatus(QStringLiteral("SM123"), OutboxState::Read));
        QVERIFY(engine.recordDeliveryStatus(QStringLiteral("SM123"), OutboxState::Delivered)); // late, ignored
        QCOMPARE(engine.outbox().first().state, OutboxState::Read);
    }

    void quietHoursAndSundaysHoldMessagesBack()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Ravi Johansson"));
        t.addBill(QStringLiteral("INV-17"), c, due, 1000);
        ChaseEngine engine(t.book());
        setToday(t, due.addDays(1));              // Saturday 10:00
        QVERIFY(engine.plan(due.addDays(1)));
        QVERIFY(engine.approveAll());
        setToday(t, due.addDays(1), QTime(21, 0)); // Saturday evening: quiet
        QVERIFY(engine.nextSendable().isEmpty());
        setToday(t, due.addDays(2), QTime(12, 0)); // Sunday: quiet all day
        QVERIFY(engine.nextSendable().isEmpty());
        setToday(t, due.addDays(3), QTime(7, 59)); // Monday before 08:00
        QVERIFY(engine.nextSendable().isEmpty());
        setToday(t, due.addDays(3), QTime(8, 0));
        QCOMPARE(engine.nextSendable().size(), 1);
    }

    void inboundMessagesAreStoredOnceAndMatchedToTheClient()
    {
        TestBook t;
        const qint64 c = addReachableClient(t, QStringLiteral("Elena Moreau"), true);
        ChaseEngine engine(t.book());
        const auto first = engine.recordInbound(Channel::Sms, QStringLiteral("+447700900123"), QStringLiteral("SM1"),
                                                QStringLiteral("Paid yesterday!"));
        QVERIFY2(first, qPrintable(first.error()));
        const auto again = engine.recordInbound(Channel::Sms, QStringLiteral("+447700900123"), QStringLiteral("SM1"),
                                                QStringLiteral("Paid yesterday!"));
        QCOMPARE(*again, *first);
        QCOMPARE(countRows(t, QStringLiteral("SELECT count(*) FROM messages")), 1);
        QCOMPARE(countRows(t, QStringLiteral("SELECT client_id FROM messages")), int(c));
    }
};

QTEST_GUILESS_MAIN(tst_ChaseEngine)
#include "tst_chaseengine.moc"
