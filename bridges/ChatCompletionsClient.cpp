#include "ChatCompletionsClient.h"

#include "OpenAiEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace duedesk {

Q_LOGGING_CATEGORY(lcChatCompletions, "duedesk.model.client", QtInfoMsg)

ChatCompletionsClient::ChatCompletionsClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

ChatCompletionsClient::~ChatCompletionsClient()
{
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.reply) {
            p.reply->disconnect(this);
            p.reply->abort();
            p.reply->deleteLater();
        }
    }
}

void ChatCompletionsClient::setEndpoint(const QUrl &baseUrl, const QString &model, const QString &apiKey, int timeoutMs)
{
    m_url = completionsUrl(baseUrl);
    m_model = model;
    m_apiKey = apiKey;
    m_timeoutMs = timeoutMs;
}

QUrl ChatCompletionsClient::completionsUrl(const QUrl &baseUrl)
{
    return openai::endpointUrl(baseUrl, QStringLiteral("chat/completions"));
}

quint64 ChatCompletionsClient::complete(
    const QList<ChatMessage> &messages, const QString &schemaName, const QJsonObject &schema)
{
    const quint64 id = m_nextId++;
    if (!openai::isHttpUrl(m_url)) {
        failLater(id,
            tr("the model server address must be an http:// or https:// URL, not \"%1\"")
                .arg(m_url.toString(QUrl::RemoveUserInfo)));
        return id;
    }
    if (m_model.isEmpty()) {
        failLater(id, tr("no model name is set for the model server"));
        return id;
    }

    QJsonArray jsonMessages;
    for (const ChatMessage &m : messages)
        jsonMessages.append(
            QJsonObject{ { QStringLiteral("role"), m.role }, { QStringLiteral("content"), m.content } });
    const QJsonObject responseFormat{ { QStringLiteral("type"), QStringLiteral("json_schema") },
        { QStringLiteral("json_schema"),
            QJsonObject{ { QStringLiteral("name"), schemaName }, { QStringLiteral("strict"), true },
                { QStringLiteral("schema"), schema } } } };
    const QJsonObject body{ { QStringLiteral("model"), m_model }, { QStringLiteral("messages"), jsonMessages },
        { QStringLiteral("temperature"), 0 }, { QStringLiteral("stream"), false },
        { QStringLiteral("response_format"), responseFormat } };

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    // A redirect must not carry the text (or the key) to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);

    Pending pending;
    pending.reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || !it->reply)
            return;
        it->timedOut = true;
        it->reply->abort();
    });
    connect(pending.reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64) {
        auto it = m_pending.find(id);
        if (it != m_pending.end() && it->reply && received > maxAnswerBytes) {
            it->tooLarge = true;
            it->reply->abort();
        }
    });
    connect(pending.reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    pending.timer->start(m_timeoutMs);
    m_pending.insert(id, pending);
    qCDebug(lcChatCompletions) << "request" << id << "to" << m_url.toString(QUrl::RemoveUserInfo) << "model" << m_model;
    return id;
}

void ChatCompletionsClient::failLater(quint64 id, const QString &error)
{
    QMetaObject::invokeMethod(
        this, [this, id, error] { Q_EMIT failed(id, error); }, Qt::QueuedConnection);
}

void ChatCompletionsClient::onFinished(quint64 id)
{
    const Pending pending = m_pending.take(id);
    if (pending.timer) {
        pending.timer->stop();
        pending.timer->deleteLater();
    }
    QNetworkReply *reply = pending.reply;
    if (!reply)
        return;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QString error;
    QJsonObject answer;
    if (pending.timedOut || pending.tooLarge || reply->error() != QNetworkReply::NoError)
        error = errorOf(pending, reply, body);
    else
        parseChatCompletionAnswer(body, &answer, &error);
    if (!error.isEmpty()) {
        qCDebug(lcChatCompletions) << "request" << id << "failed:" << error;
        Q_EMIT failed(id, error);
        return;
    }
    Q_EMIT completed(id, answer);
}

QString ChatCompletionsClient::errorOf(const Pending &pending, QNetworkReply *reply, const QByteArray &body) const
{
    if (pending.timedOut)
        return tr("the model server did not answer within %1 ms").arg(m_timeoutMs);
    if (pending.tooLarge)
        return tr("the model server's answer is larger than %1 bytes").arg(maxAnswerBytes);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        return tr("the model server answered HTTP %1: %2").arg(status.toInt()).arg(openai::errorExcerpt(body));
    return tr("cannot reach the model server: %1").arg(reply->errorString());
}

bool parseChatCompletionAnswer(const QByteArray &body, QJsonObject *answer, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue message = document.object()
                                   .value(QStringLiteral("choices"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toObject()
                                   .value(QStringLiteral("content"));
    if (parseError.error != QJsonParseError::NoError || !message.isString()) {
        *error = ChatCompletionsClient::tr("the model server's answer is not a chat completion");
        return false;
    }
    // Some servers wrap the JSON in a Markdown code fence even when asked for a schema.
    QString content = message.toString().trimmed();
    if (content.startsWith(QLatin1String("```"))) {
        content = content.mid(content.indexOf(QLatin1Char('\n')) + 1);
        if (content.endsWith(QLatin1String("```")))
            content.chop(3);
    }
    const QJsonDocument inner = QJsonDocument::fromJson(content.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !inner.isObject()) {
        *error = ChatCompletionsClient::tr("the model's answer is not a JSON object: %1")
                     .arg(content.simplified().left(120));
        return false;
    }
    *answer = inner.object();
    return true;
}

} // namespace duedesk
