#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace duedesk {

// One chat message of a completion request.
struct ChatMessage {
    QString role; // "system", "user" or "assistant"
    QString content;
};

// A client of an OpenAI-compatible chat-completions endpoint (OpenAI, a local llama.cpp server, Ollama).
// It asks for a structured answer (response_format json_schema) and hands back the answer's JSON object;
// it does not judge what the answer says (the caller validates it).
//
// Each request finishes exactly once, always after complete() has returned: with completed() carrying the
// parsed JSON object of the first choice's message content, or with failed() carrying a translated reason
// (address not http/https, connection error, HTTP status, timeout, an answer that is not the expected JSON).
// The API key goes only into the Authorization header, never into logs or error texts.
class ChatCompletionsClient : public QObject
{
    Q_OBJECT
public:
    explicit ChatCompletionsClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ChatCompletionsClient() override;

    // baseUrl is the server ("http://127.0.0.1:8080"), its "/v1" or the full ".../chat/completions" address.
    void setEndpoint(const QUrl &baseUrl, const QString &model, const QString &apiKey, int timeoutMs);
    // The address requests go to: {base}/v1/chat/completions, unless base already ends in /v1 or in
    // /chat/completions.
    static QUrl completionsUrl(const QUrl &baseUrl);

    // Sends the messages with a json_schema response format named schemaName; returns the request's id.
    quint64 complete(const QList<ChatMessage> &messages, const QString &schemaName, const QJsonObject &schema);
    // Requests started and not yet finished.
    int pendingCount() const { return int(m_pending.size()); }

    // Answers larger than this are cut off and reported as failures.
    static constexpr qint64 maxAnswerBytes = 1024 * 1024;

Q_SIGNALS:
    void completed(quint64 requestId, const QJsonObject &answer);
    void failed(quint64 requestId, const QString &error);

private:
    struct Pending {
        QPointer<QNetworkReply> reply;
        QTimer *timer = nullptr;
        bool timedOut = false;
        bool tooLarge = false;
    };

    void failLater(quint64 id, const QString &error);
    void onFinished(quint64 id);
    QString errorOf(const Pending &pending, QNetworkReply *reply, const QByteArray &body) const;

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_model;
    QString m_apiKey;
    int m_timeoutMs = 20000;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
};

// Parses a chat-completions response body: the JSON object in choices[0].message.content.
// Returns false and sets error (translated) when the body is not such a response.
bool parseChatCompletionAnswer(const QByteArray &body, QJsonObject *answer, QString *error);

} // namespace duedesk
