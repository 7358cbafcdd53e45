#include "FakeTelegramServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

FakeTelegramServer::FakeTelegramServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

FakeTelegramServer::~FakeTelegramServer()
{
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

QUrl FakeTelegramServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

FakeTelegramServer::Answer FakeTelegramServer::result(const QJsonValue &result)
{
    Answer a;
    a.body = QJsonDocument(QJsonObject{ { QStringLiteral("ok"), true }, { QStringLiteral("result"), result } })
                 .toJson(QJsonDocument::Compact);
    return a;
}

FakeTelegramServer::Answer FakeTelegramServer::error(int status, const QString &description, int retryAfterSeconds)
{
    QJsonObject o{ { QStringLiteral("ok"), false }, { QStringLiteral("error_code"), status },
        { QStringLiteral("description"), description } };
    if (retryAfterSeconds >= 0)
        o.insert(QStringLiteral("parameters"), QJsonObject{ { QStringLiteral("retry_after"), retryAfterSeconds } });
    Answer a;
    a.status = status;
    a.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return a;
}

FakeTelegramServer::Answer FakeTelegramServer::resetMidResponse()
{
    Answer a;
    a.kind = Answer::Kind::ResetMidResponse;
    return a;
}

FakeTelegramServer::Answer FakeTelegramServer::closeWithoutAnswer()
{
    Answer a;
    a.kind = Answer::Kind::CloseWithoutAnswer;
    return a;
}

FakeTelegramServer::Answer FakeTelegramServer::silence()
{
    Answer a;
    a.kind = Answer::Kind::Silent;
    return a;
}

FakeTelegramServer::Answer FakeTelegramServer::slow(Answer answer, int delayMs)
{
    answer.delayMs = delayMs;
    return answer;
}

FakeTelegramServer::Answer FakeTelegramServer::updates(
    const QList<std::pair<qint64, QString>> &idAndText, qint64 chatId)
{
    QJsonArray list;
    for (const auto &[id, text] : idAndText) {
        const QJsonObject chat{ { QStringLiteral("id"), chatId }, { QStringLiteral("type"), QStringLiteral("private") },
            { QStringLiteral("first_name"), QStringLiteral("Client") } };
        const QJsonObject from{ { QStringLiteral("id"), chatId }, { QStringLiteral("is_bot"), false },
            { QStringLiteral("first_name"), QStringLiteral("Client") } };
        const QJsonObject message{ { QStringLiteral("message_id"), id * 10 }, { QStringLiteral("from"), from },
            { QStringLiteral("chat"), chat }, { QStringLiteral("date"), 1795000000 + id },
            { QStringLiteral("text"), text } };
        list.append(QJsonObject{ { QStringLiteral("update_id"), id }, { QStringLiteral("message"), message } });
    }
    return result(list);
}

namespace {

QJsonObject privateChat(qint64 chatId)
{
    return QJsonObject{ { QStringLiteral("id"), chatId }, { QStringLiteral("type"), QStringLiteral("private") },
        { QStringLiteral("first_name"), QStringLiteral("Owner") } };
}

QJsonObject user(qint64 chatId)
{
    return QJsonObject{ { QStringLiteral("id"), chatId }, { QStringLiteral("is_bot"), false },
        { QStringLiteral("first_name"), QStringLiteral("Owner") } };
}

QJsonObject message(qint64 messageId, qint64 chatId, qint64 date)
{
    return QJsonObject{ { QStringLiteral("message_id"), messageId }, { QStringLiteral("from"), user(chatId) },
        { QStringLiteral("chat"), privateChat(chatId) }, { QStringLiteral("date"), date } };
}

} // namespace

QJsonObject FakeTelegramServer::textUpdate(qint64 updateId, qint64 chatId, const QString &text)
{
    QJsonObject m = message(updateId * 10, chatId, 1795000000 + updateId);
    m.insert(QStringLiteral("text"), text);
    return QJsonObject{ { QStringLiteral("update_id"), updateId }, { QStringLiteral("message"), m } };
}

QJsonObject FakeTelegramServer::callbackUpdate(
    qint64 updateId, qint64 chatId, qint64 messageId, const QString &data, const QString &messageText)
{
    QJsonObject m = message(messageId, chatId, 1795000000);
    m.insert(QStringLiteral("from"), user(1)); // the bot's own message
    if (!messageText.isEmpty())
        m.insert(QStringLiteral("text"), messageText);
    const QJsonObject query{ { QStringLiteral("id"), QStringLiteral("cq%1").arg(updateId) },
        { QStringLiteral("from"), user(chatId) }, { QStringLiteral("message"), m },
        { QStringLiteral("chat_instance"), QStringLiteral("ci%1").arg(chatId) }, { QStringLiteral("data"), data } };
    return QJsonObject{ { QStringLiteral("update_id"), updateId }, { QStringLiteral("callback_query"), query } };
}

QJsonObject FakeTelegramServer::voiceUpdate(qint64 updateId, qint64 chatId, const QString &fileId, int durationSeconds)
{
    QJsonObject m = message(updateId * 10, chatId, 1795000000 + updateId);
    m.insert(QStringLiteral("voice"),
        QJsonObject{ { QStringLiteral("file_id"), fileId }, { QStringLiteral("file_unique_id"), QString(fileId + QStringLiteral("u")) },
            { QStringLiteral("duration"), durationSeconds }, { QStringLiteral("mime_type"), QStringLiteral("audio/ogg") } });
    return QJsonObject{ { QStringLiteral("update_id"), updateId }, { QStringLiteral("message"), m } };
}

void FakeTelegramServer::setFile(const QString &filePath, const QByteArray &content)
{
    m_files.insert(filePath, content);
}

void FakeTelegramServer::script(const QString &method, const Answer &answer)
{
    m_scripts[method].append(answer);
}

QList<FakeTelegramServer::Request> FakeTelegramServer::requests(const QString &method) const
{
    QList<Request> list;
    for (const Request &r : m_requests)
        if (r.method == method)
            list.append(r);
    return list;
}

bool FakeTelegramServer::appendJsonLines(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return false;
    for (const Request &r : m_requests)
        if (r.method != QLatin1String("file")) // a download, not a Bot API method
            file.write(
            QJsonDocument(QJsonObject{ { QStringLiteral("method"), r.method }, { QStringLiteral("body"), r.json } })
                .toJson(QJsonDocument::Compact)
            + '\n');
    return true;
}

FakeTelegramServer::Answer FakeTelegramServer::defaultAnswer(const Request &request)
{
    if (request.method == QLatin1String("sendMessage")) {
        const QJsonObject chat{ { QStringLiteral("id"), request.json.value(QStringLiteral("chat_id")) },
            { QStringLiteral("type"), QStringLiteral("private") } };
        return result(QJsonObject{ { QStringLiteral("message_id"), m_nextMessageId++ },
            { QStringLiteral("date"), 1795000000 }, { QStringLiteral("chat"), chat },
            { QStringLiteral("text"), request.json.value(QStringLiteral("text")) } });
    }
    if (request.method == QLatin1String("getUpdates"))
        return result(QJsonArray());
    if (request.method == QLatin1String("answerCallbackQuery"))
        return result(true);
    if (request.method == QLatin1String("editMessageText")) {
        const QJsonObject chat{ { QStringLiteral("id"), request.json.value(QStringLiteral("chat_id")) },
            { QStringLiteral("type"), QStringLiteral("private") } };
        return result(QJsonObject{ { QStringLiteral("message_id"), request.json.value(QStringLiteral("message_id")) },
            { QStringLiteral("date"), 1795000000 }, { QStringLiteral("chat"), chat },
            { QStringLiteral("text"), request.json.value(QStringLiteral("text")) } });
    }
    if (request.method == QLatin1String("getFile")) {
        const QString id = request.json.value(QStringLiteral("file_id")).toString();
        return result(QJsonObject{ { QStringLiteral("file_id"), id }, { QStringLiteral("file_unique_id"), QString(id + QStringLiteral("u")) },
            { QStringLiteral("file_size"), 1234 }, { QStringLiteral("file_path"), QStringLiteral("voice/%1.oga").arg(id) } });
    }
    if (request.method == QLatin1String("file")) {
        static const QRegularExpression file(QStringLiteral("^/file/bot[^/]+/(.+)$"));
        const QString path = file.match(QString::fromUtf8(request.path)).captured(1);
        if (!m_files.contains(path))
            return error(404, QStringLiteral("Not Found"));
        Answer a;
        a.body = m_files.value(path);
        return a;
    }
    return error(404, QStringLiteral("Not Found"));
}

void FakeTelegramServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (lines[i].toLower().startsWith("content-length:"))
            length = lines[i].mid(15).trimmed().toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    Request request;
    request.path = lines.value(0).trimmed().split(' ').value(1);
    static const QRegularExpression route(QStringLiteral("^/bot([^/]+)/([A-Za-z]+)"));
    const QRegularExpressionMatch m = route.match(QString::fromUtf8(request.path));
    request.token = m.captured(1);
    request.method = m.captured(2);
    static const QRegularExpression fileRoute(QStringLiteral("^/file/bot([^/]+)/"));
    const QRegularExpressionMatch f = fileRoute.match(QString::fromUtf8(request.path));
    if (f.hasMatch()) {
        request.token = f.captured(1);
        request.method = QStringLiteral("file");
    }
    request.body = buffer.mid(headerEnd + 4, length);
    request.json = QJsonDocument::fromJson(request.body).object();
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    QList<Answer> &queue = m_scripts[request.method];
    const Answer a = queue.isEmpty() ? defaultAnswer(request) : queue.takeFirst();
    if (a.kind == Answer::Kind::Silent)
        return;
    QPointer<QTcpSocket> guarded(socket);
    const auto reply = [guarded, a] {
        if (!guarded)
            return;
        if (a.kind == Answer::Kind::CloseWithoutAnswer) {
            // The whole request arrived, then the connection closes with not a byte of answer: the case in which
            // an HTTP client may quietly send the request again.
            guarded->disconnectFromHost();
            return;
        }
        if (a.kind == Answer::Kind::ResetMidResponse) {
            // The status line and part of the body, then the connection drops: the request certainly arrived.
            guarded->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"ok\":tr");
            guarded->flush();
            guarded->abort();
            return;
        }
        guarded->write("HTTP/1.1 " + QByteArray::number(a.status)
            + " Scripted\r\nContent-Type: application/json\r\n"
              "Content-Length: "
            + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n" + a.body);
        guarded->disconnectFromHost();
    };
    if (a.delayMs > 0)
        QTimer::singleShot(a.delayMs, this, reply);
    else
        reply();
}
