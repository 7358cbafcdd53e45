#include "TelegramApi.h"

#include "PostOnce.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace duedesk::telegram {

namespace {

QNetworkRequest request(const QUrl &apiBase, const QString &path, int timeoutMs)
{
    QNetworkRequest r(QUrl(apiBase.toString(QUrl::StripTrailingSlash) + path));
    r.setTransferTimeout(timeoutMs);
    // A redirect would resend the request elsewhere; the Bot API never redirects.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

} // namespace

ApiAnswer readAnswer(QNetworkReply *reply)
{
    ApiAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    a.ok = o.value(QStringLiteral("ok")).toBool();
    a.result = o.value(QStringLiteral("result"));
    a.description = o.value(QStringLiteral("description")).toString();
    const QJsonValue retryAfter = o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after"));
    if (retryAfter.isDouble())
        a.retryAfterSeconds = retryAfter.toInt();
    else if (reply->hasRawHeader("Retry-After"))
        a.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    if (a.description.isEmpty())
        a.description = QStringLiteral("HTTP %1").arg(a.status);
    return a;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // ContentReSendError: the connection closed without an answer and Qt was not allowed to send again (postOnce).
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure || error == QNetworkReply::ContentReSendError;
}

QJsonValue chatIdValue(const QString &address)
{
    bool numeric = false;
    const qint64 id = address.toLongLong(&numeric);
    return numeric ? QJsonValue(id) : QJsonValue(address);
}

QString chatIdOf(const QJsonObject &message)
{
    const QJsonValue id = message.value(QStringLiteral("chat")).toObject().value(QStringLiteral("id"));
    return id.isDouble() ? QString::number(static_cast<qint64>(id.toDouble())) : id.toString();
}

QString botId(const QString &token)
{
    return token.section(QLatin1Char(':'), 0, 0);
}

QNetworkReply *post(QNetworkAccessManager &network, const QUrl &apiBase, const QString &token, const QString &method,
                    const QJsonObject &body, int timeoutMs)
{
    QNetworkRequest r = request(apiBase, QStringLiteral("/bot") + token + QLatin1Char('/') + method, timeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return postOnce(network, r, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QNetworkReply *download(QNetworkAccessManager &network, const QUrl &apiBase, const QString &token,
                        const QString &filePath, int timeoutMs)
{
    return network.get(request(apiBase, QStringLiteral("/file/bot") + token + QLatin1Char('/') + filePath, timeoutMs));
}

} // namespace duedesk::telegram
