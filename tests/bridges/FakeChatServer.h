#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scriptable OpenAI-compatible chat-completions server on 127.0.0.1 (ephemeral port) for tests.
// It records every connection and every request, and answers each request the way it was last told:
// a chat completion whose message content is the given text, a raw HTTP status and body, or nothing at all.
class FakeChatServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        QJsonObject json; // the body, when it is a JSON object
    };

    explicit FakeChatServer(QObject *parent = nullptr);
    ~FakeChatServer() override;

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const; // http://127.0.0.1:PORT

    // 200 with a chat completion whose choices[0].message.content is content.
    void answerWithContent(const QString &content);
    // The same, content being the compact JSON of answer.
    void answerWith(const QJsonObject &answer);
    // This status and body, as they are.
    void answerWithStatus(int status, const QByteArray &body);
    // Reads the request and never answers.
    void neverAnswer();

    int connectionCount() const { return m_connections; }
    const QList<Request> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    int m_connections = 0;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_status = 200;
    QByteArray m_body;
    bool m_silent = false;
};
