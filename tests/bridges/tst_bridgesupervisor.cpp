// The bridge supervisor over a real test book and an in-process fake bridge: every row is sent at most once,
// failures are retried only when allowed, uncertain rows are never resent, the breaker and the back-off hold a
// failing channel back, and the live status says what is going on.

#include "FakeBridge.h"
#include "FakeOwnerChannel.h"
#include "TestBook.h"

#include <BridgeSupervisor.h>
#include <ChaseEngine.h>
#include <Repositories.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

const QDate due(2026, 11, 20); // a Friday; day +1 (Saturday 10:00) is outside quiet hours

// A Telegram client with consent, one open bill, and its first reminder approved: one queued outbox row.
qint64 queueReminder(TestBook &t, int n)
{
    ClientRow c;
    c.name = QStringLiteral("Client %1").arg(n);
    c.relationshipStart = QDate(2024, 1, 1);
    c.telegramChatId = QString::number(1000 + n);
    c.preferredChannel = Channel::Telegram;
    ChannelConsent consent;
    consent.channel = Channel::Telegram;
    consent.optedInAt = t.clock().now();
    consent.optedInBy = QStringLiteral("test");
    c.consents.append(consent);
    const qint64 clientId = *ClientRepository(t.book()).insert(c);
    t.addBill(QStringLiteral("INV-%1").arg(n), clientId, due, 10000 + n);
    ChaseEngine engine(t.book());
    t.clock().setNow(QDateTime(due.addDays(1), QTime(10, 0), Qt::LocalTime));
    const auto planned = engine.plan(due.addDays(1));
    if (!planned)
        return 0;
    const auto approved = engine.approveAll();
    const QList<OutboxRow> out = engine.outbox();
    return approved && !out.isEmpty() ? out.last().id : 0;
}

OutboxState stateOf(TestBook &t, qint64 outboxId)
{
    for (const OutboxRow &row : ChaseEngine(t.book()).outbox())
        if (row.id == outboxId)
            return row.state;
    return OutboxState::Cancelled;
}

// Jitter fixed at the middle; a breaker that opens after three failures for a minute.
BridgeSupervisor::Settings testSettings()
{
    BridgeSupervisor::Settings s;
    s.random = [] { return 0.5; };
    s.backoff.baseMs = 1000;
    s.backoff.capMs = 60 * 1000;
    s.breaker.failureThreshold = 3;
    s.breaker.coolDownMs = 60 * 1000;
    return s;
}

// The supervisor with one fake Telegram bridge; the fake stays owned by the supervisor.
struct Rig {
    explicit Rig(TestBook &t, bool configured = true)
        : supervisor(t.book(), testSettings())
    {
        auto bridge = std::make_unique<FakeBridge>(Channel::Telegram, configured);
        fake = bridge.get();
        supervisor.addBridge(std::move(bridge));
    }
    BridgeSupervisor supervisor;
    FakeBridge *fake = nullptr;
};

// Three 502s in a row (each backs off 0.5, 1, 2 s with the jitter at the middle; the row is retried after it),
// 5 s apart: the breaker opens at the third. Returns the channel's status then.
ChannelStatus openTheBreaker(TestBook &t, Rig &rig)
{
    const SendResult down = SendResult::retryable(QStringLiteral("502 Bad Gateway"));
    rig.fake->script({down, down, down});
    for (int i = 0; i < 3; ++i) {
        rig.supervisor.runOnce();
        t.clock().advanceSecs(5);
    }
    return rig.supervisor.status(Channel::Telegram);
}

} // namespace

class tst_BridgeSupervisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ChannelStatus>();
    }

    void eachRowIsSentOnce()
    {
        TestBook t;
        const QList<qint64> ids{queueReminder(t, 1), queueReminder(t, 2), queueReminder(t, 3)};
        QVERIFY(!ids.contains(0));
        QCOMPARE(ChaseEngine(t.book()).outbox().first().channel, Channel::Telegram);
        Rig rig(t);
        const RunSummary first = rig.supervisor.runOnce();
        QCOMPARE(first.sent, 3);
        t.clock().advanceSecs(3600);
        QCOMPARE(rig.supervisor.runOnce().sent, 0);
        QCOMPARE(rig.fake->sentIds(), ids);
        for (const OutboxRow &row : ChaseEngine(t.book()).outbox()) {
            QCOMPARE(row.state, OutboxState::Sent);
            QCOMPARE(row.providerId, QStringLiteral("fake-%1").arg(row.id));
            QCOMPARE(row.attempts, 1);
        }
        QCOMPARE(rig.supervisor.status(Channel::Telegram).state, ChannelStatus::State::Idle);
        QCOMPARE(rig.supervisor.status(Channel::Telegram).sent, 3);
    }

    void onlyAFewSendsAreInFlightPerChannel()
    {
        TestBook t;
        for (int n = 1; n <= 10; ++n)
            QVERIFY(queueReminder(t, n) > 0);
        Rig rig(t);
        rig.fake->hold();
        // A crash now leaves at most these few 'sending' (then 'uncertain'); the rest stay queued, safe to send.
        QCOMPARE(rig.supervisor.step(), testSettings().maxInFlightPerChannel);
        QCOMPARE(rig.supervisor.step(), 0);
        int sending = 0;
        for (const OutboxRow &row : ChaseEngine(t.book()).outbox())
            sending += row.state == OutboxState::Sending ? 1 : 0;
        QCOMPARE(sending, testSettings().maxInFlightPerChannel);
        rig.fake->release(); // the four are answered; from now on the fake answers at once
        QCOMPARE(rig.supervisor.step(), 6);
        QCOMPARE(rig.fake->sentIds().size(), 10);
    }

    void ownerChatsArePolledAndRoundTasksRunAfterThem()
    {
        TestBook t;
        Rig rig(t);
        auto owner = std::make_unique<FakeOwnerChannel>();
        FakeOwnerChannel *fake = owner.get();
        rig.supervisor.addOwnerChannel(std::move(owner));
        QCOMPARE(rig.supervisor.ownerChannels(), QList<OwnerChannel *>{fake});
        // The round task sends a text to the owner and is busy until the channel answers (from the event loop):
        // runOnce() waits for that answer.
        int runs = 0;
        qint64 pending = 0;
        QObject::connect(fake, &OwnerChannel::ownerMessageSent, fake, [&pending](qint64 id) {
            if (id == pending)
                pending = 0;
        });
        rig.supervisor.addRoundTask([&] {
            ++runs;
            pending = fake->sendToOwner(QStringLiteral("weekly figures"));
        }, [&pending] { return pending != 0; });
        const RunSummary r = rig.supervisor.runOnce();
        QCOMPARE(r.ownerPolls, 1);
        QCOMPARE(runs, 1);
        QCOMPARE(pending, 0); // waited for
        QCOMPARE(fake->texts, QStringList{QStringLiteral("weekly figures")});
        const QList<OwnerChannelStatus> owners = rig.supervisor.ownerStatuses();
        QCOMPARE(owners.size(), 1);
        QVERIFY(owners.first().configured && owners.first().paired);
        fake->paired = false;
        rig.supervisor.runOnce();
        QVERIFY(!rig.supervisor.ownerStatuses().first().paired);
    }

    void aFailureWithRetryAfterIsRetriedOnlyAfterThatTime()
    {
        TestBook t;
        const qint64 id = queueReminder(t, 1);
        Rig rig(t);
        const QDateTime retryAt = t.clock().now().addSecs(60);
        rig.fake->script({SendResult::retryable(QStringLiteral("429 Too Many Requests"), retryAt)});
        QCOMPARE(rig.supervisor.runOnce().failed, 1);
        QCOMPARE(stateOf(t, id), OutboxState::Failed);
        const ChannelStatus backingOff = rig.supervisor.status(Channel::Telegram);
        QCOMPARE(backingOff.state, ChannelStatus::State::BackingOff);
        QCOMPARE(backingOff.until, retryAt);
        QVERIFY(backingOff.lastError.contains(QStringLiteral("429")));

        t.clock().advanceSecs(59);
        QCOMPARE(rig.supervisor.runOnce().sent, 0);
        QCOMPARE(rig.fake->sentIds().size(), 1);
        t.clock().advanceSecs(1);
        QCOMPARE(rig.supervisor.runOnce().sent, 1);
        QCOMPARE(rig.fake->sentIds(), (QList<qint64>{id, id}));
        QCOMPARE(stateOf(t, id), OutboxState::Sent);
        QCOMPARE(rig.supervisor.status(Channel::Telegram).state, ChannelStatus::State::Idle);
        QVERIFY(rig.supervisor.status(Channel::Telegram).lastError.isEmpty());
    }

    void anUncertainResultIsNeverResent()
    {
        TestBook t;
        const qint64 id = queueReminder(t, 1);
        Rig rig(t);
        rig.fake->script({SendResult::uncertain(QStringLiteral("timed out after the request went out"))});
        QCOMPARE(rig.supervisor.runOnce().uncertain, 1);
        for (int i = 0; i < 3; ++i) {
            t.clock().advanceSecs(3600);
            rig.supervisor.runOnce();
        }
        QCOMPARE(rig.fake->sentIds(), (QList<qint64>{id}));
        QCOMPARE(stateOf(t, id), OutboxState::Uncertain);
        QCOMPARE(rig.supervisor.status(Channel::Telegram).uncertain, 1);
    }

    void aRejectedMessageIsNotRetriedAndKeepsTheChannelClosed()
    {
        TestBook t;
        const qint64 id = queueReminder(t, 1);
        Rig rig(t);
        rig.fake->script({SendResult::rejected(QStringLiteral("400 Bad Request: chat not found"))});
        QCOMPARE(rig.supervisor.runOnce().failed, 1);
        t.clock().advanceSecs(3600);
        rig.supervisor.runOnce();
        QCOMPARE(rig.fake->sentIds(), (QList<qint64>{id}));
        QCOMPARE(stateOf(t, id), OutboxState::Failed);
        QCOMPARE(rig.supervisor.status(Channel::Telegram).state, ChannelStatus::State::Idle);
    }

    void theBreakerOpensAfterRepeatedFailuresAndTheStatusSaysSo()
    {
        TestBook t;
        const qint64 id = queueReminder(t, 1);
        Rig rig(t);
        QSignalSpy statuses(&rig.supervisor, &BridgeSupervisor::statusChanged);
        const ChannelStatus open = openTheBreaker(t, rig);
        QCOMPARE(open.state, ChannelStatus::State::CircuitOpen);
        QVERIFY(open.lastError.contains(QStringLiteral("502")));
        QCOMPARE(open.failed, 3);
        bool announced = false;
        for (const QList<QVariant> &args : std::as_const(statuses))
            announced |= args.first().value<ChannelStatus>().state == ChannelStatus::State::CircuitOpen;
        QVERIFY(announced);

        // Open: nothing goes until the cool-down, counted from the third failure, has passed.
        QCOMPARE(open.until, t.clock().now().addSecs(-5).addSecs(60));
        t.clock().setNow(open.until.addMSecs(-1));
        QCOMPARE(rig.supervisor.runOnce().sent, 0);
        QCOMPARE(rig.fake->sentIds().size(), 3);
        // Half-open: one trial, which succeeds and closes the breaker.
        t.clock().setNow(open.until);
        QCOMPARE(rig.supervisor.runOnce().sent, 1);
        QCOMPARE(stateOf(t, id), OutboxState::Sent);
        QCOMPARE(rig.supervisor.status(Channel::Telegram).state, ChannelStatus::State::Idle);
    }

    void aThrottledTrialDoesNotLeaveTheChannelStuck()
    {
        TestBook t;
        const qint64 id = queueReminder(t, 1);
        Rig rig(t);
        const ChannelStatus open = openTheBreaker(t, rig);
        QCOMPARE(open.state, ChannelStatus::State::CircuitOpen);
        t.clock().setNow(open.until);
        rig.fake->script({SendResult::retryable(QStringLiteral("429"), open.until.addSecs(10))});
        QCOMPARE(rig.supervisor.runOnce().failed, 1); // the half-open trial, throttled
        t.clock().setNow(open.until.addSecs(10));
        QCOMPARE(rig.supervisor.runOnce().sent, 1);
        QCOMPARE(stateOf(t, id), OutboxState::Sent);
    }

    void aSendingRowLeftByACrashBecomesUncertainAndIsNotSent()
    {
        TestBook t;
        const qint64 crashed = queueReminder(t, 1);
        const qint64 queued = queueReminder(t, 2);
        QVERIFY(ChaseEngine(t.book()).markSending(crashed)); // the previous run died here
        Rig rig(t);
        const RunSummary summary = rig.supervisor.runOnce();
        QCOMPARE(summary.recovered, 1);
        QCOMPARE(summary.sent, 1);
        QCOMPARE(rig.fake->sentIds(), (QList<qint64>{queued}));
        QCOMPARE(stateOf(t, crashed), OutboxState::Uncertain);
    }

    void anUncertainRowTheProviderConfirmsBecomesSent()
    {
        TestBook t;
        const qint64 crashed = queueReminder(t, 1);
        QVERIFY(ChaseEngine(t.book()).markSending(crashed));
        Rig rig(t);
        rig.fake->answerReconcile(crashed, ReconcileResult{ReconcileResult::Kind::Found, QStringLiteral("wamid.42"), QString()});
        QCOMPARE(rig.supervisor.runOnce().reconciled, 1);
        QCOMPARE(stateOf(t, crashed), OutboxState::Sent);
        QVERIFY(rig.fake->sentIds().isEmpty());
    }

    void anUnconfiguredChannelKeepsItsRowsQueued()
    {
        TestBook t;
        const qint64 id = queueReminder(t, 1);
        Rig rig(t, /*configured=*/false);
        QCOMPARE(rig.supervisor.runOnce().sent, 0);
        QVERIFY(rig.fake->sentIds().isEmpty());
        QCOMPARE(stateOf(t, id), OutboxState::Queued);
        QCOMPARE(rig.supervisor.status(Channel::Telegram).state, ChannelStatus::State::NotConfigured);
        QCOMPARE(rig.supervisor.status(Channel::WhatsApp).state, ChannelStatus::State::NotConfigured); // no bridge
        QCOMPARE(rig.supervisor.statuses().size(), allChannels().size());
    }

    void inboundMessagesAndDeliveryStatusesReachTheBook()
    {
        TestBook t;
        const qint64 id = queueReminder(t, 1);
        Rig rig(t);
        QCOMPARE(rig.supervisor.runOnce().sent, 1);
        rig.fake->queueStatus(QStringLiteral("fake-%1").arg(id), OutboxState::Delivered);
        InboundMessage reply;
        reply.channel = Channel::Telegram;
        reply.address = QStringLiteral("1001");
        reply.providerId = QStringLiteral("update-1");
        reply.body = QStringLiteral("Paid this morning, thanks");
        rig.fake->queueInbound(reply);
        rig.fake->queueInbound(reply); // delivered twice by the provider: stored once
        const RunSummary summary = rig.supervisor.runOnce();
        QCOMPARE(summary.deliveryStatuses, 1);
        QCOMPARE(summary.inbound, 2);
        QCOMPARE(stateOf(t, id), OutboxState::Delivered);
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(client_id) FROM messages WHERE direction = 'in'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.value(1).isNull());
        q.finish();
        // ...and acted on, once: "paid" pauses the chase for the owner to check, with one task for them.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM owner_tasks WHERE kind = 'confirm_payment' AND state = 'open'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void runsOnAWorkerThreadWithItsOwnConnection()
    {
        TestBook t;
        const qint64 id = queueReminder(t, 1);
        Rig rig(t);
        QSignalSpy statuses(&rig.supervisor, &BridgeSupervisor::statusChanged);
        rig.supervisor.start();
        QVERIFY(rig.supervisor.isRunning());
        QTRY_COMPARE(rig.fake->sentIds(), (QList<qint64>{id}));
        QTRY_COMPARE(rig.supervisor.status(Channel::Telegram).sent, 1);
        rig.supervisor.stop();
        QVERIFY(!rig.supervisor.isRunning());
        QCOMPARE(rig.fake->thread(), QThread::currentThread()); // handed back on stop
        QCOMPARE(stateOf(t, id), OutboxState::Sent);
        QVERIFY(!statuses.isEmpty()); // delivered to this thread by queued connection
    }
};

QTEST_GUILESS_MAIN(tst_BridgeSupervisor)
#include "tst_bridgesupervisor.moc"
