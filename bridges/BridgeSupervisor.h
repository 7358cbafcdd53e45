#pragma once

#include "Backoff.h"
#include "Bridge.h"
#include "CircuitBreaker.h"
#include "RateLimiter.h"
#include "RedactingLog.h"

#include <QSet>
#include <QMutex>
#include <QObject>

#include <map>
#include <memory>

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
};

struct BridgeSupervisorSettings {
    BackoffSettings backoff;
    Backoff::RandomSource random; // for the jitter; empty: QRandomGenerator
    CircuitBreakerSettings breaker;
    int batch = 100;                   // rows looked at per step
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
    RedactingLog &log() { return m_log; }

Q_SIGNALS:
    // Emitted (from the thread running the bridges) whenever a channel's status changes.
    void statusChanged(const duedesk::ChannelStatus &status);

private:
    struct Slot;
    Slot *slotFor(Channel channel);
    void recoverOnce();
    void startPoll(Slot &slot);
    void onSendFinished(Slot &slot, qint64 outboxId, const SendResult &result);
    void onReconciled(qint64 outboxId, const ReconcileResult &result);
    void onInbound(const InboundMessage &message);
    void onDeliveryStatus(const QString &providerId, OutboxState state);
    void noteError(Slot &slot, const QString &error);
    void refreshStatus(Slot &slot);
    bool busy() const;
    void quitWaitIfIdle();

    Book &m_book;
    Settings m_settings;
    std::unique_ptr<ChaseEngine> m_engine;
    RedactingLog m_log;
    std::map<Channel, std::unique_ptr<Slot>> m_slots;
    bool m_recovered = false;
    RunSummary m_summary;
    QSet<qint64> m_reconciling;
    class QEventLoop *m_wait = nullptr; // runOnce() waiting for the bridges

    QThread *m_thread = nullptr;
    std::unique_ptr<QObject> m_worker; // on m_thread while running; the context of the bridges' connections
    QTimer *m_stepTimer = nullptr;
    QTimer *m_pollTimer = nullptr;

    mutable QMutex m_statusMutex;
    std::map<Channel, ChannelStatus> m_statuses;
};

} // namespace duedesk

Q_DECLARE_METATYPE(duedesk::ChannelStatus)
