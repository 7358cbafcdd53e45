#include "WhatsAppBridge.h"

#include "PostOnce.h"

#include "WhatsAppMessages.h"

#include <Book.h>
#include <Clock.h>
#include <SqlValues.h>
#include <Tone.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace duedesk {

namespace {

constexpr int customerWindowHours = 24;

// "DueDesk/0.1.0": the spec allows a User-Agent only of the form name/1.2.3 (Qt's default "Mozilla/5.0" is not).
const QByteArray userAgent = QByteArrayLiteral("DueDesk/" DUEDESK_VERSION);

// An HTTP-date in the IMF-fixdate form ("Sun, 06 Nov 1994 08:49:37 GMT"), the only one senders may generate.
QDateTime httpDate(const QByteArray &value)
{
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    at.setTimeZone(QTimeZone::utc()); // the text is UTC; toDateTime() read it as local time
    return at;
}

// Retry-After as a number of seconds, or as an HTTP-date, on the book's clock: a date counts from the reply's
// own Date header (so the provider's clock and ours need not agree), else from now. Invalid when absent or
// unreadable; never before now.
QDateTime retryAfter(const QNetworkReply *reply, const QDateTime &now)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return now.addSecs(std::max<qint64>(seconds, 0));
    const QDateTime at = httpDate(value);
    if (!at.isValid())
        return {};
    const QDateTime serverNow = httpDate(reply->rawHeader("Date"));
    return now.addSecs(std::max<qint64>(serverNow.isValid() ? serverNow.secsTo(at) : now.secsTo(at), 0));
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
    , m_network(this) // a child: it moves to the supervisor's thread with the bridge
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
    q.addBindValue(WhatsAppMessages::waId(message.address));
    const QDateTime last = q.exec() && q.next() ? sql::toDateTime(q.value(0)) : QDateTime();
    q.finish();
    return last.isValid() && last.secsTo(m_book.clock().now()) < customerWindowHours * 3600;
}

QJsonObject WhatsAppBridge::requestBody(const OutboxRow &message) const
{
    if (insideCustomerWindow(message))
        return WhatsAppMessages::text(message.address, message.body);
    return WhatsAppMessages::templateMessage(message.address, m_settings.templatePrefix + toneKey(message.tone),
                                             m_settings.templateLanguage, {message.billNumber});
}

void WhatsAppBridge::post(const QJsonObject &body, QJsonObject logFields,
                          std::function<void(const SendResult &)> done)
{
    QUrl url = m_settings.apiBase;
    url.setPath(QStringLiteral("%1/%2/%3/messages")
                    .arg(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0), m_settings.apiVersion,
                         m_settings.phoneNumberId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    logFields.insert(QStringLiteral("type"), body.value(QStringLiteral("type")));
    m_log.info(QStringLiteral("send"), logFields);
    QNetworkReply *reply = postOnce(m_network, request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, logFields, done = std::move(done)]() mutable {
        const SendResult result = resultOf(reply);
        logFields.insert(QStringLiteral("provider_id"), result.providerId);
        logFields.insert(QStringLiteral("error"), result.error);
        m_log.info(QStringLiteral("send_finished"), logFields);
        done(result);
    });
}

void WhatsAppBridge::send(const OutboxRow &message)
{
    const qint64 outboxId = message.id;
    post(requestBody(message), {{QStringLiteral("outbox_id"), outboxId}},
         [this, outboxId](const SendResult &result) { Q_EMIT sendFinished(outboxId, result); });
}

quint64 WhatsAppBridge::sendMessage(const QJsonObject &body)
{
    const quint64 ticket = ++m_lastTicket;
    post(body, {{QStringLiteral("ticket"), QString::number(ticket)}},
         [this, ticket](const SendResult &result) { Q_EMIT messageFinished(ticket, result); });
    return ticket;
}

SendResult WhatsAppBridge::resultOf(QNetworkReply *reply) const
{
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    if (!statusAttribute.isValid()) {
        // No HTTP answer. Refused or unresolved: the request never left; anything later: it may have arrived.
        const QNetworkReply::NetworkError e = reply->error();
        const bool neverSent = e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
                            || e == QNetworkReply::UnknownNetworkError;
        const QString error = RedactingLog::redact(replyErrorText(*reply), {m_settings.token});
        return neverSent ? SendResult::retryable(error) : SendResult::uncertain(error);
    }
    const int status = statusAttribute.toInt();
    if (status == 200) {
        const QString id = QJsonDocument::fromJson(body)
                               .object()
                               .value(QStringLiteral("messages"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        return id.isEmpty() ? SendResult::uncertain(tr("WhatsApp accepted the message without returning its id."))
                            : SendResult::sent(id);
    }
    if (status == 429 || status >= 500)
        return SendResult::retryable(providerError(body, status), retryAfter(reply, m_book.clock().now()));
    return SendResult::rejected(providerError(body, status));
}

} // namespace duedesk
