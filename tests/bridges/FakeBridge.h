#pragma once

// An in-process channel bridge for supervisor tests: records every send, answers from a script, and hands out
// inbound messages, delivery statuses and reconcile answers it was given. Safe to inspect from the test thread
// while it runs on the supervisor's worker thread.

#include <Bridge.h>

#include <QMutex>
#include <QMutexLocker>

class FakeBridge : public duedesk::Bridge
{
public:
    explicit FakeBridge(duedesk::Channel channel, bool configured = true)
        : m_channel(channel)
        , m_configured(configured)
    {
    }

    duedesk::Channel channel() const override { return m_channel; }
    bool isConfigured() const override { return m_configured; }
    bool canReconcile() const override { return m_reconcilable; }

    // Answers for the next sends, in order; when none is left a send succeeds with the id "fake-<outbox id>".
    void script(const QList<duedesk::SendResult> &results)
    {
        QMutexLocker lock(&m_mutex);
        m_script += results;
    }
    void queueInbound(const duedesk::InboundMessage &message) { m_inbound.append(message); }
    void queueStatus(const QString &providerId, duedesk::OutboxState state) { m_statuses.append({providerId, state}); }
    void answerReconcile(qint64 outboxId, const duedesk::ReconcileResult &result)
    {
        m_reconcilable = true;
        m_reconcile.insert(outboxId, result);
    }

    // The outbox ids sent, in order (one entry per send call).
    QList<qint64> sentIds() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sent;
    }

    // While held, sends are recorded but not answered (a slow provider); release() answers them all.
    void hold() { m_holding = true; }
    void release()
    {
        m_holding = false;
        for (qint64 id : std::exchange(m_held, {}))
            Q_EMIT sendFinished(id, duedesk::SendResult::sent(QStringLiteral("fake-%1").arg(id)));
    }

    void send(const duedesk::OutboxRow &message) override
    {
        duedesk::SendResult result = duedesk::SendResult::sent(QStringLiteral("fake-%1").arg(message.id));
        {
            QMutexLocker lock(&m_mutex);
            m_sent.append(message.id);
            if (!m_script.isEmpty())
                result = m_script.takeFirst();
        }
        if (m_holding) {
            m_held.append(message.id);
            return;
        }
        Q_EMIT sendFinished(message.id, result);
    }

    void pollInbound() override
    {
        for (const duedesk::InboundMessage &m : std::exchange(m_inbound, {}))
            Q_EMIT inboundReceived(m);
        for (const auto &[providerId, state] : std::exchange(m_statuses, {}))
            Q_EMIT deliveryStatusReceived(providerId, state);
        Q_EMIT pollFinished(true, QString());
    }

    void reconcile(const duedesk::OutboxRow &message) override
    {
        Q_EMIT reconciled(message.id, m_reconcile.value(message.id));
    }

private:
    duedesk::Channel m_channel;
    bool m_configured;
    bool m_reconcilable = false;
    bool m_holding = false;
    QList<qint64> m_held;
    mutable QMutex m_mutex;
    QList<qint64> m_sent;
    QList<duedesk::SendResult> m_script;
    QList<duedesk::InboundMessage> m_inbound;
    QList<std::pair<QString, duedesk::OutboxState>> m_statuses;
    QHash<qint64, duedesk::ReconcileResult> m_reconcile;
};
