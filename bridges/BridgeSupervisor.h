#pragma once

#include "Backoff.h"
#include "Bridge.h"
#include "CircuitBreaker.h"
#include "OwnerChannel.h"
#include "RateLimiter.h"
#include "RedactingLog.h"

#include <QSet>
#include <QMutex>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QThread;
class QTimer;

namespace duedesk {

class Book;
class ChaseEngine;

// The live state of one channel, for the UI (Settings > Channels, the status bar).
struct ChannelStatus {
    enum class State { NotConfigured, Idle, Sending, BackingOff, CircuitOpen };
    Channel channel = Channel::Email;
    State state = State::NotConfigured;
    QDateTime until;     // BackingOff / CircuitOpen: when sending resumes
    QString lastError;   // redacted; empty after a success
    QDateTime lastErrorAt;
    int sent = 0;        // since the supervisor started
    int failed = 0;
    int uncertain = 0;
    bool operator==(const ChannelStatus &) const = default;
};
QString channelStatusStateKey(ChannelStatus::State state); // "idle", "backing_off", ... (logs, JSON)

// What one runOnce() did.
struct RunSummary {
    int recovered = 0;  // 'sending' rows found at start and made 'uncertain'
    int reconciled = 0; // 'uncertain' rows the provider confirmed
    int sent = 0;
    int failed = 0;
    int uncertain = 0;
    int inbound = 0;          // inbound messages handed to the book (a duplicate is stored once)
    int deliveryStatuses = 0;
    int ownerPolls = 0;       // owner chats polled (drafts shown, commands and approvals read)
};

// The owner's assistant chat, for the UI: set up, paired, and how its last round went.
struct OwnerChannelStatus {
    Channel channel = Channel::Telegram;
    bool configured = false;
    bool paired = false;
    QString lastError;        // redacted; empty after a good round
    bool operator==(const OwnerChannelStatus &) const = default;
};

struct BridgeSupervisorSettings {
    BackoffSettings backoff;
    Backoff::RandomSource random; // for the jitter; empty: QRandomGenerator
    CircuitBreakerSettings breaker;
    int batch = 100;                   // rows looked at per step
    // Sends in flight per channel. Qt opens about six connections per server and queues the rest; a row marked
    // 'sending' that waits in that queue when the process dies becomes 'uncertain' without ever having left.
    int maxInFlightPerChannel = 4;
    int stepIntervalMs = 1000;         // worker thread: how often to look at the outbox (wall clock)
    int pollIntervalMs = 5000;         // worker thread: how often to poll inbound (wall clock)
    int runOnceTimeoutMs = 120 * 1000; // runOnce(): give up waiting for bridges after this (wall clock)
};

// Runs the channel bridges: takes sendable outbox rows, sends each at most once, records the outcome, and
// feeds inbound messages and delivery statuses to the chase engine.
//
// Per channel it keeps a rate limiter (the provider's limits), a circuit breaker and an exponential back-off.
// A row is marked 'sending' (ChaseEngine::markSending, which re-checks the bill and consent) immediately before
// the bridge is called, so a crash leaves 'sending', which the next start turns into 'uncertain' (never resent;
// reconciled with the provider where the bridge can, otherwise left for the owner). A definite failure is
// queued again at the provider's Retry-After, or after the back-off; a rejection is not retried; an uncertain
// outcome is never retried. Throttling (a failure with Retry-After) does not count towards the breaker.
//
// Time comes from the book's clock. Either start() (a worker thread with its own book connection, driven by
// timers) or runOnce() / step() on the calling thread (duedesk-cli run --once, tests); not both at once.
class BridgeSupervisor : public QObject
{
    Q_OBJECT
public:
    using Settings = BridgeSupervisorSettings;

    explicit BridgeSupervisor(Book &book, Settings settings = Settings());
    ~BridgeSupervisor() override;

    // Before start() or runOnce(). One bridge per channel; the limits default to RateLimiter::limitsFor().
    void addBridge(std::unique_ptr<Bridge> bridge);
    void addBridge(std::unique_ptr<Bridge> bridge, const RateLimiter::Limits &limits);
    // Before start() or runOnce(). The owner's assistant chats, polled with the bridges (one per channel).
    void addOwnerChannel(std::unique_ptr<OwnerChannel> channel);
    // The owner channels added, in order (they live on the bridges' thread while running).
    QList<OwnerChannel *> ownerChannels() const;
    // Before start() or runOnce(). Work done on the bridges' thread after every poll round (the weekly snapshot);
    // `busy` tells runOnce() whether it still has something in flight. `context` (not owned; it must outlive the
    // supervisor's running) moves to the bridges' thread with them and back when they stop.
    void addRoundTask(std::function<void()> task, std::function<bool()> busy = {}, QObject *context = nullptr);

    // Moves the bridges to a worker thread and runs there until stop() (or destruction).
    void start();
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    // On the calling thread: recovers (first call), sends what may go now, waits for those sends, polls every
    // configured bridge once and waits for it.
    RunSummary runOnce();
    // One step on the calling thread: recovers (first call) and starts the sends that may go now, without
    // waiting. Returns how many sends were started.
    int step();

    // Thread-safe snapshots. Every channel is listed; a channel without a bridge is NotConfigured.
    ChannelStatus status(Channel channel) const;
    QList<ChannelStatus> statuses() const;
    QList<OwnerChannelStatus> ownerStatuses() const;
    RedactingLog &log() { return m_log; }

Q_SIGNALS:
    // Emitted (from the thread running the bridges) whenever a channel's status changes.
    void statusChanged(const duedesk::ChannelStatus &status);
    void ownerStatusChanged(const duedesk::OwnerChannelStatus &status);
    // The book may have changed on the bridges' thread (a send finished, a reply came in, the owner's chat was
    // read): views showing it may want to read it again. Frequent; listeners coalesce.
    void activity();

private:
    struct Slot;
    Slot *slotFor(Channel channel);
    void recoverOnce();
    void startPoll(Slot &slot);
    void pollRound();
    void refreshOwnerStatus(int index, const QString &error);
    void onSendFinished(Slot &slot, qint64 outboxId, const SendResult &result);
    void onReconciled(qint64 outboxId, const ReconcileResult &result);
    void onInbound(const InboundMessage &message);
    void onDeliveryStatus(const QString &providerId, OutboxState state);
    void noteError(Slot &slot, const QString &error);
    void refreshStatus(Slot &slot);
    bool busy() const;
    void quitWaitIfIdle();
    void waitUntilIdle();
    QString ownerError(int index) const;

    Book &m_book;
    Settings m_settings;
    std::unique_ptr<ChaseEngine> m_engine;
    RedactingLog m_log;
    std::map<Channel, std::unique_ptr<Slot>> m_slots;
    struct OwnerSlot {
        std::unique_ptr<OwnerChannel> channel;
        bool polling = false;
    };
    std::vector<OwnerSlot> m_owners;
    struct RoundTask {
        std::function<void()> run;
        std::function<bool()> busy;
        QObject *context = nullptr;
    };
    std::vector<RoundTask> m_roundTasks;
    bool m_recovered = false;
    bool m_stepQueued = false; // a step() follows a finished send
    bool m_halted = false;     // stopped: a queued step() does nothing
    RunSummary m_summary;
    QSet<qint64> m_reconciling;
    class QEventLoop *m_wait = nullptr; // runOnce() waiting for the bridges

    QThread *m_thread = nullptr;
    std::unique_ptr<QObject> m_worker; // on m_thread while running; the context of the bridges' connections
    QTimer *m_stepTimer = nullptr;
    QTimer *m_pollTimer = nullptr;

    mutable QMutex m_statusMutex;
    std::map<Channel, ChannelStatus> m_statuses;
    QList<OwnerChannelStatus> m_ownerStatuses;
};

} // namespace duedesk

Q_DECLARE_METATYPE(duedesk::ChannelStatus)
Q_DECLARE_METATYPE(duedesk::OwnerChannelStatus)
