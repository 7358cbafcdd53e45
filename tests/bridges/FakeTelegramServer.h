#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <utility>

class QTcpSocket;

// A scriptable fake of the Telegram Bot API on 127.0.0.1 (ephemeral port) for tests. It records every request
// (POST /bot<token>/<method>) and answers each method from its own script, in order: a result, an API error
// (with retry_after), a connection reset after the status line, silence, or any of those after a delay. With
// nothing scripted, sendMessage succeeds (message ids counting up from 100), getUpdates returns no updates and
// other methods answer 404. For the owner's bot: answerCallbackQuery succeeds, editMessageText returns the edited
// message, getFile points to "voice/<file_id>.oga", and GET /file/bot<token>/<path> serves what setFile() gave
// (404 otherwise); downloads are recorded with the method "file" and left out of appendJsonLines().
class FakeTelegramServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray path;
        QString token; // from /bot<token>/
        QString method; // sendMessage, getUpdates, ...
        QByteArray body;
        QJsonObject json; // the body, when it is a JSON object
    };
    struct Answer {
        enum class Kind { Reply, ResetMidResponse, CloseWithoutAnswer, Silent };
        Kind kind = Kind::Reply;
        int status = 200;
        QByteArray body;
        int delayMs = 0; // answer only after this long (wall clock): a slow reply
    };

    explicit FakeTelegramServer(QObject *parent = nullptr);
    ~FakeTelegramServer() override;

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const; // http://127.0.0.1:PORT

    static Answer result(const QJsonValue &result);
    static Answer error(int status, const QString &description, int retryAfterSeconds = -1);
    static Answer resetMidResponse();
    static Answer closeWithoutAnswer(); // the request read, the connection closed, no answer at all
    static Answer silence();
    static Answer slow(Answer answer, int delayMs);
    // getUpdates' answer: updates with these ids, each a private text message from chatId.
    static Answer updates(const QList<std::pair<qint64, QString>> &idAndText, qint64 chatId);

    // Updates for the owner's bot, each a private chat's: a text message, a button press on message messageId
    // (the message's text included when given), a voice note. getUpdates' answer is result(QJsonArray{...}).
    static QJsonObject textUpdate(qint64 updateId, qint64 chatId, const QString &text);
    static QJsonObject callbackUpdate(
        qint64 updateId, qint64 chatId, qint64 messageId, const QString &data, const QString &messageText = {});
    static QJsonObject voiceUpdate(qint64 updateId, qint64 chatId, const QString &fileId, int durationSeconds = 3);

    void script(const QString &method, const Answer &answer);
    // What GET /file/bot<token>/<filePath> serves.
    void setFile(const QString &filePath, const QByteArray &content);

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requests(const QString &method) const;
    // Appends every recorded request as one JSON line {"method", "body"} (the contract check's input).
    bool appendJsonLines(const QString &path) const;

private:
    void onReadyRead(QTcpSocket *socket);
    Answer defaultAnswer(const Request &request);

    QTcpServer m_server;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, QList<Answer>> m_scripts;
    QHash<QString, QByteArray> m_files;
    qint64 m_nextMessageId = 100;
};
