#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace duedesk::telegram {

// What the Bot API answered: {"ok", "result", "description", "parameters": {"retry_after"}} and the HTTP status.
struct ApiAnswer {
    int status = 0;
    bool ok = false;
    QJsonValue result;
    QString description; // "HTTP <status>" when the answer had none
    int retryAfterSeconds = -1; // parameters.retry_after, or a Retry-After header; -1: none
};
ApiAnswer readAnswer(QNetworkReply *reply);

// True when the reply ended without a complete HTTP answer (refused, reset, timed out, cancelled).
bool isTransportError(QNetworkReply::NetworkError error);

// A numeric chat id goes out as a number (the API takes "integer or string": @channelusername).
QJsonValue chatIdValue(const QString &address);
// The chat id of a message or a callback query's message, as text; empty when there is none.
QString chatIdOf(const QJsonObject &message);

// The bot's numeric id, the part of the token before ':' (not a secret).
QString botId(const QString &token);

// POST {apiBase}/bot<token>/<method> with a JSON body; never follows a redirect (it would resend elsewhere).
QNetworkReply *post(QNetworkAccessManager &network, const QUrl &apiBase, const QString &token, const QString &method,
                    const QJsonObject &body, int timeoutMs);
// GET {apiBase}/file/bot<token>/<filePath>: a file getFile pointed to.
QNetworkReply *download(QNetworkAccessManager &network, const QUrl &apiBase, const QString &token,
                        const QString &filePath, int timeoutMs);

} // namespace duedesk::telegram
