#include "BridgeSupervisor.h"

#include <Book.h>
#include <ChaseEngine.h>
#include <Clock.h>
#include <ReplyHandler.h>

#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace duedesk {

struct BridgeSupervisor::Slot {
    Slot(std::unique_ptr<Bridge> b, const RateLimiter::Limits &limits, const BridgeSupervisor::Settings &s)
        : bridge(std::move(b))
        , limiter(limits)
        , backoff(s.backoff, s.random)
        , breaker(s.breaker)
    {
        status.channel = bridge->channel();
    }

    std::unique_ptr<Bridge> bridge;
    RateLimiter limiter;
    Backoff backoff;
    CircuitBreaker breaker;
    QDateTime backoffUntil; // no sends on this channel before then (back-off, Retry-After)
    QSet<qint64> inFlight;
    bool polling = false;
    ChannelStatus status;
};

QString channelStatusStateKey(ChannelStatus::State state)
{
    switch (state) {
    case ChannelStatus::State::NotConfigured:
        return QStringLiteral("not_configured");
    case ChannelStatus::State::Idle:
        return QStringLiteral("idle");
    case ChannelStatus::State::Sending:
        return QStringLiteral("sending");
    case ChannelStatus::State::BackingOff:
        return QStringLiteral("backing_off");
    case ChannelStatus::State::CircuitOpen:
        return QStringLiteral("circuit_open");
    }
    return QString();
}

BridgeSupervisor::BridgeSupervisor(Book &book, Settings settings)
    : m_book(book)
    , m_settings(std::move(settings))
    , m_engine(std::make_unique<ChaseEngine>(book))
    , m_log(QStringLiteral("supervisor"), &book.clock())
    , m_worker(std::make_unique<QObject>())
{
    qRegisterMetaType<ChannelStatus>();
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<InboundMessage>();
    qRegisterMetaType<ReconcileResult>();
    qRegisterMetaType<OwnerChannelStatus>();
    for (Channel c : allChannels()) {
        ChannelStatus s;
        s.channel = c;
        m_statuses[c] = s;
    }
}

BridgeSupervisor::~BridgeSupervisor()
{
    stop();
}

void BridgeSupervisor::addBridge(std::unique_ptr<Bridge> bridge)
{
    const Channel channel = bridge->channel();
    addBridge(std::move(bridge), RateLimiter::limitsFor(channel));
}

void BridgeSupervisor::addBridge(std::unique_ptr<Bridge> bridge, const RateLimiter::Limits &limits)
{
    Q_ASSERT(!m_thread);
    const Channel channel = bridge->channel();
    auto slot = std::make_unique<Slot>(std::move(bridge), limits, m_settings);
    Slot *s = slot.get();
    Bridge *b = s->bridge.get();
    QObject *context = m_worker.get();
    connect(b, &Bridge::sendFinished, context,
            [this, s](qint64 outboxId, const SendResult &result) { onSendFinished(*s, outboxId, result); });
    connect(b, &Bridge::reconciled, context,
            [this](qint64 outboxId, const ReconcileResult &result) { onReconciled(outboxId, result); });
    connect(b, &Bridge::inboundReceived, context, [this](const InboundMessage &m) { onInbound(m); });
    connect(b, &Bridge::deliveryStatusReceived, context,
            [this](const QString &providerId, OutboxState state) { onDeliveryStatus(providerId, state); });
    connect(b, &Bridge::pollFinished, context, [this, s](bool ok, const QString &error) {
        s->polling = false;
        if (!ok)
            noteError(*s, error);
        quitWaitIfIdle();
    });
    m_slots[channel] = std::move(slot);
    refreshStatus(*s);
}

void BridgeSupervisor::addOwnerChannel(std::unique_ptr<OwnerChannel> channel)
{
    Q_ASSERT(!m_thread);
    const int index = int(m_owners.size());
    OwnerChannel *c = channel.get();
    connect(c, &OwnerChannel::pollFinished, m_worker.get(), [this, index](bool ok, const QString &error) {
        m_owners[size_t(index)].polling = false;
        if (!ok)
            m_log.warning(QStringLiteral("owner_poll_failed"),
                          {{QStringLiteral("channel"), channelKey(m_owners[size_t(index)].channel->channel())},
                           {QStringLiteral("error"), RedactingLog::redact(error)}});
        refreshOwnerStatus(index, ok ? QString() : RedactingLog::redact(error));
        Q_EMIT activity();
        quitWaitIfIdle();
    });
    // Queued: a round task listening to the same signal (the weekly snapshot) must see it first.
    connect(c, &OwnerChannel::ownerMessageSent, m_worker.get(), [this] { quitWaitIfIdle(); }, Qt::QueuedConnection);
    m_owners.push_back(OwnerSlot{std::move(channel), false});
    {
        QMutexLocker lock(&m_statusMutex);
        m_ownerStatuses.append(OwnerChannelStatus());
    }
    refreshOwnerStatus(index, QString());
}

QList<OwnerChannel *> BridgeSupervisor::ownerChannels() const
{
    QList<OwnerChannel *> list;
    for (const OwnerSlot &o : m_owners)
        list.append(o.channel.get());
    return list;
}

void BridgeSupervisor::addRoundTask(std::function<void()> task, std::function<bool()> busy, QObject *context)
{
    Q_ASSERT(!m_thread);
    m_roundTasks.push_back(RoundTask{std::move(task), std::move(busy), context});
}

void BridgeSupervisor::refreshOwnerStatus(int index, const QString &error)
{
    const OwnerChannel &c = *m_owners[size_t(index)].channel;
    OwnerChannelStatus s;
    s.channel = c.channel();
    s.configured = c.isConfigured();
    s.paired = s.configured && c.isPaired();
    s.lastError = error;
    {
        QMutexLocker lock(&m_statusMutex);
        if (m_ownerStatuses[index] == s)
            return;
        m_ownerStatuses[index] = s;
    }
    Q_EMIT ownerStatusChanged(s);
}

QString BridgeSupervisor::ownerError(int index) const
{
    QMutexLocker lock(&m_statusMutex);
    return m_ownerStatuses[index].lastError;
}

QList<OwnerChannelStatus> BridgeSupervisor::ownerStatuses() const
{
    QMutexLocker lock(&m_statusMutex);
    return m_ownerStatuses;
}

BridgeSupervisor::Slot *BridgeSupervisor::slotFor(Channel channel)
{
    const auto it = m_slots.find(channel);
    return it == m_slots.end() ? nullptr : it->second.get();
}

void BridgeSupervisor::start()
{
    if (m_thread)
        return;
    m_halted = false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("duedesk-bridges"));
    m_worker->moveToThread(m_thread);
    for (auto &[channel, slot] : m_slots)
        slot->bridge->moveToThread(m_thread);
    for (OwnerSlot &o : m_owners)
        o.channel->moveToThread(m_thread);
    for (RoundTask &t : m_roundTasks)
        if (t.context)
            t.context->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker.get(), [this] {
        m_stepTimer = new QTimer(m_worker.get());
        connect(m_stepTimer, &QTimer::timeout, m_worker.get(), [this] { step(); });
        m_stepTimer->start(m_settings.stepIntervalMs);
        m_pollTimer = new QTimer(m_worker.get());
        connect(m_pollTimer, &QTimer::timeout, m_worker.get(), [this] {
            pollRound();
            for (const RoundTask &t : m_roundTasks)
                t.run();
        });
        m_pollTimer->start(m_settings.pollIntervalMs);
        step();
        pollRound();
    });
    m_log.info(QStringLiteral("started"), {{QStringLiteral("bridges"), qint64(m_slots.size())}});
    m_thread->start();
}

void BridgeSupervisor::stop()
{
    if (!m_thread)
        return;
    QThread *home = thread();
    // Back to this thread before the worker ends: objects must be moved from the thread they live on.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, home] {
            m_halted = true; // on the worker thread, where the queued steps read it
            delete m_stepTimer;
            delete m_pollTimer;
            m_stepTimer = m_pollTimer = nullptr;
            for (auto &[channel, slot] : m_slots)
                slot->bridge->moveToThread(home);
            for (OwnerSlot &o : m_owners)
                o.channel->moveToThread(home);
            for (RoundTask &t : m_roundTasks)
                if (t.context)
                    t.context->moveToThread(home);
            m_worker->moveToThread(home);
            m_book.database().close(); // this thread's connection; the Book removes it when it closes

        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_log.info(QStringLiteral("stopped"));
}

void BridgeSupervisor::recoverOnce()
{
    if (m_recovered)
        return;
    m_recovered = true;
    m_summary.recovered = m_engine->recoverAfterCrash();
    if (m_summary.recovered > 0)
        m_log.warning(QStringLiteral("recovered_uncertain"), {{QStringLiteral("rows"), m_summary.recovered}});
    for (const OutboxRow &row : m_engine->outbox()) {
        Slot *slot = row.state == OutboxState::Uncertain ? slotFor(row.channel) : nullptr;
        if (!slot || !slot->bridge->isConfigured() || !slot->bridge->canReconcile())
            continue;
        m_reconciling.insert(row.id);
        slot->bridge->reconcile(row);
    }
}

int BridgeSupervisor::step()
{
    recoverOnce();
    const QDateTime now = m_book.clock().now();
    int started = 0;
    for (const OutboxRow &row : m_engine->nextSendable(m_settings.batch)) {
        Slot *slot = slotFor(row.channel);
        if (!slot || !slot->bridge->isConfigured())
            continue;
        if (int(slot->inFlight.size()) >= m_settings.maxInFlightPerChannel)
            continue;
        if ((slot->backoffUntil.isValid() && slot->backoffUntil > now) || !slot->breaker.allows(now)
            || slot->limiter.nextAllowed(row.address, now) > now)
            continue;
        // At most once: the row is 'sending' in the book before the provider hears of it.
        const Result<OutboxRow> marked = m_engine->markSending(row.id);
        if (!marked) {
            m_log.info(QStringLiteral("send_skipped"),
                       {{QStringLiteral("outbox_id"), row.id}, {QStringLiteral("reason"), marked.error()}});
            continue;
        }
        slot->breaker.tryAcquire(now);
        slot->limiter.tryAcquire(row.address, now);
        slot->inFlight.insert(row.id);
        ++started;
        m_log.info(QStringLiteral("send_started"), {{QStringLiteral("outbox_id"), row.id},
                                                    {QStringLiteral("channel"), channelKey(row.channel)},
                                                    {QStringLiteral("attempt"), marked->attempts}});
        refreshStatus(*slot);
        slot->bridge->send(*marked); // may finish synchronously
    }
    for (auto &[channel, slot] : m_slots)
        refreshStatus(*slot);
    return started;
}

void BridgeSupervisor::onSendFinished(Slot &slot, qint64 outboxId, const SendResult &result)
{
    if (!slot.inFlight.remove(outboxId)) {
        m_log.warning(QStringLiteral("unexpected_result"), {{QStringLiteral("outbox_id"), outboxId}});
        return;
    }
    const QDateTime now = m_book.clock().now();
    const QString error = RedactingLog::redact(result.error);
    QString bookError;
    bool recorded = false;
    QJsonObject fields{{QStringLiteral("outbox_id"), outboxId}, {QStringLiteral("channel"), channelKey(slot.status.channel)}};
    switch (result.kind) {
    case SendResult::Kind::Sent:
        recorded = m_engine->markSent(outboxId, result.providerId, &bookError);
        slot.breaker.recordSuccess();
        slot.backoff.reset();
        slot.backoffUntil = QDateTime();
        slot.status.lastError.clear();
        ++slot.status.sent;
        ++m_summary.sent;
        fields.insert(QStringLiteral("provider_id"), result.providerId);
        m_log.info(QStringLiteral("sent"), fields);
        break;
    case SendResult::Kind::Failed: {
        QDateTime retryAt;
        if (result.transient) {
            slot.backoffUntil = now.addMSecs(slot.backoff.nextDelayMs());
            retryAt = slot.backoffUntil;
            if (result.retryAfter.isValid()) {
                // Throttled: the provider answered and said when; the channel itself is up.
                retryAt = std::max(result.retryAfter, now);
                slot.backoffUntil = std::max(slot.backoffUntil, retryAt);
                slot.limiter.deferUntil(retryAt);
                slot.breaker.recordSuccess();
            } else {
                slot.breaker.recordFailure(now);
            }
        } else {
            // The provider answered and refused this one message: the channel itself works.
            slot.breaker.recordSuccess();
            slot.backoff.reset();
        }
        recorded = m_engine->markFailed(outboxId, error, retryAt, &bookError);
        ++slot.status.failed;
        ++m_summary.failed;
        noteError(slot, error);
        fields.insert(QStringLiteral("error"), error);
        fields.insert(QStringLiteral("retry_at"), retryAt.toUTC().toString(Qt::ISODateWithMs));
        m_log.warning(QStringLiteral("send_failed"), fields);
        break;
    }
    case SendResult::Kind::Uncertain:
        recorded = m_engine->markUncertain(outboxId, error, &bookError);
        slot.breaker.recordFailure(now);
        slot.backoffUntil = now.addMSecs(slot.backoff.nextDelayMs());
        ++slot.status.uncertain;
        ++m_summary.uncertain;
        noteError(slot, error);
        fields.insert(QStringLiteral("error"), error);
        m_log.warning(QStringLiteral("send_uncertain"), fields);
        break;
    }
    if (!recorded)
        m_log.warning(QStringLiteral("book_error"), {{QStringLiteral("outbox_id"), outboxId},
                                                     {QStringLiteral("error"), bookError}});
    refreshStatus(slot);
    Q_EMIT activity();
    // A place in flight came free: the next row may go now rather than at the next tick. Queued, so a bridge that
    // answers from within send() does not start a step inside a step.
    if (!m_stepQueued) {
        m_stepQueued = true;
        QMetaObject::invokeMethod(m_worker.get(), [this] {
            m_stepQueued = false;
            if (m_halted) // stop() came first: nothing more goes out
                return;
            step();
            quitWaitIfIdle();
        }, Qt::QueuedConnection);
    }
    quitWaitIfIdle();
}

void BridgeSupervisor::onReconciled(qint64 outboxId, const ReconcileResult &result)
{
    m_reconciling.remove(outboxId);
    if (result.kind == ReconcileResult::Kind::Found) {
        QString error;
        if (m_engine->markSent(outboxId, result.providerId, &error))
            ++m_summary.reconciled;
        else
            m_log.warning(QStringLiteral("book_error"), {{QStringLiteral("outbox_id"), outboxId},
                                                         {QStringLiteral("error"), error}});
    }
    m_log.info(QStringLiteral("reconciled"),
               {{QStringLiteral("outbox_id"), outboxId},
                {QStringLiteral("found"), result.kind == ReconcileResult::Kind::Found},
                {QStringLiteral("error"), RedactingLog::redact(result.error)}});
    quitWaitIfIdle();
}

void BridgeSupervisor::onInbound(const InboundMessage &message)
{
    // A reply with words is understood and acted on (paid, promise, dispute, STOP...) through ReplyHandler, which
    // stores it once and acts the first time only, so a bridge that already handled it changes nothing here.
    QString error;
    if (message.body.trimmed().isEmpty()) {
        const Result<qint64> id = m_engine->recordInbound(message.channel, message.address, message.providerId, message.body);
        if (!id)
            error = id.error();
    } else {
        const Result<HandledReply> handled = ReplyHandler(m_book).handle(message.channel, message.address,
                                                                         message.providerId, message.body);
        if (!handled)
            error = handled.error();
    }
    Q_EMIT activity();
    if (error.isEmpty())
        ++m_summary.inbound;
    else
        m_log.warning(QStringLiteral("inbound_not_stored"), {{QStringLiteral("channel"), channelKey(message.channel)},
                                                            {QStringLiteral("error"), error}});
}

void BridgeSupervisor::onDeliveryStatus(const QString &providerId, OutboxState state)
{
    QString error;
    if (m_engine->recordDeliveryStatus(providerId, state, &error))
        ++m_summary.deliveryStatuses;
    else
        m_log.info(QStringLiteral("status_not_recorded"), {{QStringLiteral("provider_id"), providerId},
                                                           {QStringLiteral("error"), error}});
}

void BridgeSupervisor::startPoll(Slot &slot)
{
    if (slot.polling || !slot.bridge->isConfigured())
        return;
    slot.polling = true;
    slot.bridge->pollInbound(); // may finish synchronously
}

void BridgeSupervisor::pollRound()
{
    for (auto &[channel, slot] : m_slots)
        startPoll(*slot);
    for (size_t i = 0; i < m_owners.size(); ++i) {
        OwnerSlot &o = m_owners[i];
        if (o.polling || !o.channel->isConfigured())
            continue;
        o.polling = true;
        ++m_summary.ownerPolls;
        o.channel->poll(); // may finish synchronously
    }
}

void BridgeSupervisor::noteError(Slot &slot, const QString &error)
{
    slot.status.lastError = RedactingLog::redact(error);
    slot.status.lastErrorAt = m_book.clock().now();
}

void BridgeSupervisor::refreshStatus(Slot &slot)
{
    const QDateTime now = m_book.clock().now();
    ChannelStatus &s = slot.status;
    s.until = QDateTime();
    if (!slot.bridge->isConfigured()) {
        s.state = ChannelStatus::State::NotConfigured;
    } else if (slot.breaker.state(now) == CircuitBreaker::State::Open) {
        s.state = ChannelStatus::State::CircuitOpen;
        s.until = slot.breaker.openUntil();
    } else if (!slot.inFlight.isEmpty()) {
        s.state = ChannelStatus::State::Sending;
    } else if (slot.backoffUntil.isValid() && slot.backoffUntil > now) {
        s.state = ChannelStatus::State::BackingOff;
        s.until = slot.backoffUntil;
    } else {
        s.state = ChannelStatus::State::Idle;
    }
    {
        QMutexLocker lock(&m_statusMutex);
        ChannelStatus &published = m_statuses[s.channel];
        if (published == s)
            return;
        published = s;
    }
    Q_EMIT statusChanged(s);
}

ChannelStatus BridgeSupervisor::status(Channel channel) const
{
    QMutexLocker lock(&m_statusMutex);
    return m_statuses.at(channel);
}

QList<ChannelStatus> BridgeSupervisor::statuses() const
{
    QMutexLocker lock(&m_statusMutex);
    QList<ChannelStatus> list;
    for (const auto &[channel, s] : m_statuses)
        list.append(s);
    return list;
}

bool BridgeSupervisor::busy() const
{
    if (!m_reconciling.isEmpty() || m_stepQueued)
        return true;
    for (const auto &[channel, slot] : m_slots)
        if (slot->polling || !slot->inFlight.isEmpty())
            return true;
    for (const OwnerSlot &o : m_owners)
        if (o.polling)
            return true;
    for (const RoundTask &t : m_roundTasks)
        if (t.busy && t.busy())
            return true;
    return false;
}

void BridgeSupervisor::quitWaitIfIdle()
{
    if (m_wait && !busy())
        m_wait->quit();
}

void BridgeSupervisor::waitUntilIdle()
{
    if (!busy())
        return;
    QEventLoop loop;
    m_wait = &loop;
    QTimer::singleShot(m_settings.runOnceTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    m_wait = nullptr;
    if (busy())
        m_log.warning(QStringLiteral("run_once_timeout"));
}

RunSummary BridgeSupervisor::runOnce()
{
    Q_ASSERT(!m_thread);
    m_summary = RunSummary();
    recoverOnce();
    step();
    pollRound();
    waitUntilIdle();
    // After the owner's chats were read (a pairing, a new setting), the round's own work (the weekly snapshot).
    for (const RoundTask &t : m_roundTasks)
        t.run();
    waitUntilIdle();
    for (auto &[channel, slot] : m_slots)
        refreshStatus(*slot);
    for (size_t i = 0; i < m_owners.size(); ++i)
        refreshOwnerStatus(int(i), ownerError(int(i)));
    return m_summary;
}

} // namespace duedesk
