#include "WhatsAppWebhookServer.h"

#include "WhatsAppOwnerInbox.h"
#include "WhatsAppSignature.h"

#include <Book.h>
#include <ChaseEngine.h>
#include <ReplyHandler.h>

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSqlQuery>
#include <QUrlQuery>

namespace duedesk {

WhatsAppWebhookServer::WhatsAppWebhookServer(Book &book, Settings settings, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_settings(std::move(settings))
    , m_log(QStringLiteral("whatsapp.webhook"))
{
    m_log.addSecret(QString::fromUtf8(m_settings.appSecret));
    m_log.addSecret(m_settings.verifyToken);
    m_server.route(m_settings.path, QHttpServerRequest::Method::Get,
                   [this](const QHttpServerRequest &request) { return verifySubscription(request); });
    m_server.route(m_settings.path, QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return receive(request); });
}

bool WhatsAppWebhookServer::listen()
{
    if (m_settings.appSecret.isEmpty()) {
        m_error = tr("The WhatsApp app secret is not set, so notifications could not be verified.");
        return false;
    }
    m_port = m_server.listen(m_settings.address, m_settings.port);
    if (m_port == 0) {
        m_error = tr("The WhatsApp webhook could not listen on %1:%2.")
                      .arg(m_settings.address.toString())
                      .arg(m_settings.port);
        return false;
    }
    m_log.info(QStringLiteral("listening"), {{QStringLiteral("url"), url().toString()}});
    return true;
}

QUrl WhatsAppWebhookServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_settings.address.toString());
    url.setPort(m_port);
    url.setPath(m_settings.path);
    return url;
}

QHttpServerResponse WhatsAppWebhookServer::verifySubscription(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QByteArray token = query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    const bool subscribe = query.queryItemValue(QStringLiteral("hub.mode")) == QLatin1StringView("subscribe");
    if (!subscribe || m_settings.verifyToken.isEmpty()
        || !WhatsAppSignature::constantTimeEquals(token, m_settings.verifyToken.toUtf8())) {
        m_log.warning(QStringLiteral("verification_refused"));
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
    }
    m_log.info(QStringLiteral("verified"));
    return QHttpServerResponse(query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8());
}

QHttpServerResponse WhatsAppWebhookServer::receive(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (!WhatsAppSignature::verify(m_settings.appSecret, body, request.value("X-Hub-Signature-256"))) {
        const QString reason = tr("The WhatsApp notification's signature does not match; it was ignored.");
        m_log.warning(QStringLiteral("signature_mismatch"), {{QStringLiteral("bytes"), body.size()}});
        Q_EMIT notificationRejected(reason);
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
    }
    const Result<WhatsAppWebhook> webhook = WhatsAppWebhookParser::parse(body);
    if (!webhook) {
        m_log.warning(QStringLiteral("unreadable"), {{QStringLiteral("error"), webhook.error()}});
        Q_EMIT notificationRejected(webhook.error());
        return QHttpServerResponse(QHttpServerResponse::StatusCode::BadRequest);
    }
    // A message the book could not take is answered 503, so Meta (or duedesk-relay) sends the notification again;
    // what was stored is stored once per wamid, so the repeat adds only what was missing.
    if (!apply(*webhook))
        return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
}

// A reply with words is understood and acted on (paid, promise, dispute, STOP...) through ReplyHandler, which
// stores it once; a voice note without a transcript is only stored.
Result<qint64> WhatsAppWebhookServer::storeAndAct(const InboundMessage &message)
{
    if (message.body.trimmed().isEmpty())
        return ChaseEngine(m_book).recordInbound(Channel::WhatsApp, message.address, message.providerId, message.body);
    const Result<HandledReply> handled = ReplyHandler(m_book).handle(Channel::WhatsApp, message.address, message.providerId,
                                                                     message.body);
    if (!handled)
        return Result<qint64>::failure(handled.error());
    return handled->messageId;
}

bool WhatsAppWebhookServer::apply(const WhatsAppWebhook &webhook)
{
    bool allStored = true;
    ChaseEngine engine(m_book);
    WhatsAppOwnerInbox owner(m_book);
    for (const WhatsAppInbound &in : webhook.messages) {
        if (m_settings.ownerAssistant && owner.claims(in)) {
            const Result<bool> queued = owner.enqueue(in);
            if (!queued) {
                m_log.warning(QStringLiteral("owner_message_not_stored"), {{QStringLiteral("error"), queued.error()}});
                allStored = false;
            } else if (*queued)
                Q_EMIT ownerMessageQueued();
            continue;
        }
        const bool seen = alreadyStored(in.message.providerId);
        const Result<qint64> id = storeAndAct(in.message);
        if (!id) {
            // Stored but not acted on is not worth hearing again (and would hold up the relay's queue behind it);
            // not stored at all is.
            const bool stored = alreadyStored(in.message.providerId);
            m_log.warning(stored ? QStringLiteral("inbound_not_acted_on") : QStringLiteral("inbound_not_stored"),
                          {{QStringLiteral("error"), id.error()}});
            allStored = allStored && stored;
            continue;
        }
        if (!seen)
            Q_EMIT inboundRecorded(in, *id);
    }
    for (const WhatsAppStatus &status : webhook.statuses) {
        if (status.state == OutboxState::Sent)
            continue; // the row became 'sent' when the send call returned its wamid
        QString error;
        if (engine.recordDeliveryStatus(status.providerId, status.state, &error, status.error)) {
            Q_EMIT deliveryStatusRecorded(status.providerId, status.state, status.error);
        } else {
            // A status for a message of ours that the book would not take (busy, full) must come again; one for a
            // message that is not ours changes nothing.
            const bool ours = isOurs(status.providerId);
            m_log.info(QStringLiteral("status_not_recorded"), {{QStringLiteral("error"), error}, {QStringLiteral("ours"), ours}});
            allStored = allStored && !ours;
        }
    }
    // A status that changes nothing (a message not ours, an older state) is no reason to hear it again.
    return allStored;
}

bool WhatsAppWebhookServer::isOurs(const QString &providerId) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE provider_id = ?"));
    q.addBindValue(providerId);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

bool WhatsAppWebhookServer::alreadyStored(const QString &providerId) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT 1 FROM messages WHERE channel = ? AND provider_id = ?"));
    q.addBindValue(channelKey(Channel::WhatsApp));
    q.addBindValue(providerId);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

} // namespace duedesk
