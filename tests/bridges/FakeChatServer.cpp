#include "FakeChatServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

FakeChatServer::FakeChatServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
    answerWithStatus(500, "{\"error\":{\"message\":\"no answer scripted\"}}");
}

FakeChatServer::~FakeChatServer()
{
    // The sockets die with m_server, after the members their handlers touch.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

QUrl FakeChatServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeChatServer::answerWithContent(const QString &content)
{
    const QJsonObject message{ { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("content"), content } };
    const QJsonObject completion{ { QStringLiteral("id"), QStringLiteral("chatcmpl-test") },
        { QStringLiteral("object"), QStringLiteral("chat.completion") },
        { QStringLiteral("choices"),
            QJsonArray{ QJsonObject{ { QStringLiteral("index"), 0 }, { QStringLiteral("message"), message },
                { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } } };
    answerWithStatus(200, QJsonDocument(completion).toJson(QJsonDocument::Compact));
}

void FakeChatServer::answerWith(const QJsonObject &answer)
{
    answerWithContent(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
}

void FakeChatServer::answerWithStatus(int status, const QByteArray &body)
{
    m_status = status;
    m_body = body;
    m_silent = false;
}

void FakeChatServer::neverAnswer()
{
    m_silent = true;
}

void FakeChatServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    request.json = QJsonDocument::fromJson(request.body).object();
    buffer.clear();
    m_requests.append(request);
    Q_EMIT requestReceived();
    if (m_silent)
        return;
    socket->write("HTTP/1.1 " + QByteArray::number(m_status)
        + " Scripted\r\nContent-Type: application/json\r\n"
          "Content-Length: "
        + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
    socket->disconnectFromHost();
}
