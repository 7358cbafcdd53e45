#include "WhatsAppBridge.h"

#include <Book.h>
#include <Clock.h>
#include <SqlValues.h>
#include <Tone.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>

namespace duedesk {

namespace {

constexpr int customerWindowHours = 24;

QString waId(const QString &address)
{
    const QString trimmed = address.trimmed();
    return trimmed.startsWith(QLatin1Char('+')) ? trimmed.mid(1) : trimmed;
}

// Retry-After as seconds or as an HTTP date; invalid when absent or unreadable.
QDateTime retryAfter(const QNetworkReply *reply, const QDateTime &now)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return now.addSecs(seconds);
    return QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
}

// Graph API errors: {"error":{"message":..., "code":...}}.
QString providerError(const QByteArray &body, int status)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                             : QStringLiteral("HTTP %1 (%2): %3")
                                   .arg(status)
                                   .arg(error.value(QStringLiteral("code")).toInteger())
                                   .arg(message);
}

} // namespace

WhatsAppBridge::Settings WhatsAppBridge::settingsFromEnvironment()
{
    Settings s;
    if (qEnvironmentVariableIsSet("DUEDESK_WHATSAPP_API_BASE"))
        s.apiBase = QUrl(qEnvironmentVariable("DUEDESK_WHATSAPP_API_BASE"));
    s.token = qEnvironmentVariable("DUEDESK_WHATSAPP_TOKEN");
    s.phoneNumberId = qEnvironmentVariable("DUEDESK_WHATSAPP_PHONE_ID");
    return s;
}

WhatsAppBridge::WhatsAppBridge(Book &book, Settings settings, QObject *parent)
    : Bridge(parent)
    , m_book(book)
    , m_settings(std::move(settings))
    , m_log(QStringLiteral("whatsapp"), &book.clock())
{
    m_log.addSecret(m_settings.token);
}

bool WhatsAppBridge::isConfigured() const
{
    return !m_settings.token.isEmpty() && !m_settings.phoneNumberId.isEmpty() && m_settings.apiBase.isValid();
}

bool WhatsAppBridge::insideCustomerWindow(const OutboxRow &message) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT max(at) FROM messages WHERE channel = ? AND direction = 'in' "
                             "AND (client_id = ? OR sender = ?)"));
    q.addBindValue(channelKey(Channel::WhatsApp));
    q.addBindValue(message.clientId);
    q.addBindValue(waId(message.address));
    const QDateTime last = q.exec() && q.next() ? sql::toDateTime(q.value(0)) : QDateTime();
    q.finish();
    return last.isValid() && last.secsTo(m_book.clock().now()) < customerWindowHours * 3600;
}

QJsonObject WhatsAppBridge::requestBody(const OutboxRow &message) const
{
    QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                     {QStringLiteral("to"), waId(message.address)}};
    if (insideCustomerWindow(message)) {
        body.insert(QStringLiteral("type"), QStringLiteral("text"));
        body.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), message.body},
                                                        {QStringLiteral("preview_url"), false}});
        return body;
    }
    const QJsonObject billNumber{{QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("text"), message.billNumber}};
    const QJsonObject bodyComponent{{QStringLiteral("type"), QStringLiteral("body")},
                                    {QStringLiteral("parameters"), QJsonArray{billNumber}}};
    // The spec requires language.policy; "deterministic" is the only value it allows.
    const QJsonObject language{{QStringLiteral("code"), m_settings.templateLanguage},
                               {QStringLiteral("policy"), QStringLiteral("deterministic")}};
    body.insert(QStringLiteral("type"), QStringLiteral("template"));
    body.insert(QStringLiteral("template"),
                QJsonObject{{QStringLiteral("name"), QString(m_settings.templatePrefix + toneKey(message.tone))},
                            {QStringLiteral("language"), language},
                            {QStringLiteral("components"), QJsonArray{bodyComponent}}});
    return body;
}

void WhatsAppBridge::send(const OutboxRow &message)
{
    QUrl url = m_settings.apiBase;
    url.setPath(QStringLiteral("%1/%2/%3/messages")
                    .arg(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0), m_settings.apiVersion,
                         m_settings.phoneNumberId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    const QJsonObject body = requestBody(message);
    m_log.info(QStringLiteral("send"), {{QStringLiteral("outbox_id"), message.id},
                                        {QStringLiteral("type"), body.value(QStringLiteral("type"))}});
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const qint64 outboxId = message.id;
    connect(reply, &QNetworkReply::finished, this, [this, outboxId, reply] { finished(outboxId, reply); });
}

void WhatsAppBridge::finished(qint64 outboxId, QNetworkReply *reply)
{
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    SendResult result;
    if (!statusAttribute.isValid()) {
        // No HTTP answer. Refused or unresolved: the request never left; anything later: it may have arrived.
        const QNetworkReply::NetworkError e = reply->error();
        const bool neverSent = e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
                            || e == QNetworkReply::UnknownNetworkError;
        const QString error = RedactingLog::redact(reply->errorString(), {m_settings.token});
        result = neverSent ? SendResult::retryable(error) : SendResult::uncertain(error);
    } else if (const int status = statusAttribute.toInt(); status == 200) {
        const QString id = QJsonDocument::fromJson(body)
                               .object()
                               .value(QStringLiteral("messages"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        result = id.isEmpty() ? SendResult::uncertain(tr("WhatsApp accepted the message without returning its id."))
                              : SendResult::sent(id);
    } else if (status == 429 || status >= 500) {
        result = SendResult::retryable(providerError(body, status), retryAfter(reply, m_book.clock().now()));
    } else {
        result = SendResult::rejected(providerError(body, status));
    }
    m_log.info(QStringLiteral("send_finished"),
               {{QStringLiteral("outbox_id"), outboxId}, {QStringLiteral("provider_id"), result.providerId},
                {QStringLiteral("error"), result.error}});
    Q_EMIT sendFinished(outboxId, result);
}

} // namespace duedesk
