#pragma once

#include "ChannelCapabilities.h"

#include <ChaseTypes.h>
#include <Domain.h>

#include <QDateTime>
#include <QObject>
#include <QString>

namespace duedesk {

// What became of one send, as far as the provider told us.
struct SendResult {
    enum class Kind {
        Sent,      // the provider took it; providerId identifies it for delivery statuses
        Failed,    // the provider definitely did not take it
        Uncertain, // the provider may or may not have it (timeout, dropped connection after the request went out)
    };
    Kind kind = Kind::Uncertain;
    QString providerId;
    QString error;         // for the owner and the log; never contains a secret
    bool transient = false; // Failed only: worth trying again (429, 5xx, network down before sending)
    QDateTime retryAfter;   // Failed only: the provider's own Retry-After, when it gave one

    static SendResult sent(const QString &providerId);
    // A failure that will not go away by retrying (bad address, blocked by the recipient, message rejected).
    static SendResult rejected(const QString &error);
    // A failure worth retrying; retryAfter is the provider's Retry-After (invalid when it gave none).
    static SendResult retryable(const QString &error, const QDateTime &retryAfter = {});
    static SendResult uncertain(const QString &error);
};

// One inbound message, as the provider delivered it.
struct InboundMessage {
    Channel channel = Channel::Email;
    QString address;    // the sender on that channel (chat id, wa_id, E.164 number, email address)
    QString providerId; // unique per channel; a message seen twice is stored once
    QString body;
};

// The outcome of asking the provider whether an 'uncertain' message reached it.
struct ReconcileResult {
    enum class Kind { Found, NotFound, Unknown };
    Kind kind = Kind::Unknown;
    QString providerId; // Found only
    QString error;
};

// One channel adapter (Telegram, WhatsApp, SMS, email). Every call returns at once and finishes with a signal,
// emitted on the bridge's thread, possibly from within the call itself. A bridge holds no outbox state: the
// supervisor marks rows and decides about retries, limits and back-off.
//
// Contract:
// - send() is called only for a row that ChaseEngine::markSending() returned, and at most once per attempt; it
//   emits sendFinished() exactly once for it. When in doubt whether the provider has the message, the result is
//   Uncertain, never Failed: a Failed row may be sent again.
// - pollInbound() emits inboundReceived() for each new message and deliveryStatusReceived() for each status,
//   then pollFinished() once. A bridge with push delivery (webhook, relay) may emit those signals at any time.
// - reconcile() is for rows left 'uncertain'; a bridge that cannot ask its provider keeps the default.
class Bridge : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Channel channel() const = 0;
    virtual ChannelCapabilities capabilities() const { return capabilitiesOf(channel()); }
    // False while secrets or addresses are missing; the supervisor then leaves the channel's rows queued.
    virtual bool isConfigured() const = 0;

    virtual void send(const OutboxRow &message) = 0;
    virtual void pollInbound() { Q_EMIT pollFinished(true, QString()); }

    virtual bool canReconcile() const { return false; }
    virtual void reconcile(const OutboxRow &message)
    {
        Q_EMIT reconciled(message.id, ReconcileResult{ReconcileResult::Kind::Unknown, QString(), QString()});
    }

Q_SIGNALS:
    void sendFinished(qint64 outboxId, const duedesk::SendResult &result);
    void inboundReceived(const duedesk::InboundMessage &message);
    void deliveryStatusReceived(const QString &providerId, duedesk::OutboxState state);
    void pollFinished(bool ok, const QString &error);
    void reconciled(qint64 outboxId, const duedesk::ReconcileResult &result);
};

} // namespace duedesk

Q_DECLARE_METATYPE(duedesk::SendResult)
Q_DECLARE_METATYPE(duedesk::InboundMessage)
Q_DECLARE_METATYPE(duedesk::ReconcileResult)
