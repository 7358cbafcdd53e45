#include "RelayClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QWebSocket>

namespace duedesk {

namespace {

constexpr qsizetype rememberedEvents = 4096; // more than the relay ever has in flight (its window)
constexpr int localTimeoutMs = 30 * 1000;

QString frameText(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

} // namespace

RelayClient::RelayClient(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_log(QStringLiteral("relay.client"))
    , m_reconnect(m_settings.reconnect)
    , m_localRetry(m_settings.localRetry)
{
    m_log.addSecret(QString::fromUtf8(m_settings.key));
    m_reconnectTimer.setSingleShot(true);
    m_localRetryTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RelayClient::connectNow);
    connect(&m_localRetryTimer, &QTimer::timeout, this, &RelayClient::deliverNext);
}

RelayClient::~RelayClient()
{
    stop();
}

QByteArray RelayClient::authenticationCode(const QByteArray &key, const QByteArray &nonce)
{
    return QMessageAuthenticationCode::hash("duedesk-relay/1 " + nonce, key, QCryptographicHash::Sha256).toHex();
}

void RelayClient::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void RelayClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_localRetryTimer.stop();
    m_queue.clear();
    if (m_posting) {
        m_posting->disconnect(this);
        m_posting->abort();
        m_posting->deleteLater();
    }
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_ready = false;
}

void RelayClient::connectNow()
{
    if (!m_running || m_socket)
        return;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::textMessageReceived, this, &RelayClient::onFrame);
    connect(socket, &QWebSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onSocketGone(socket);
    });
    m_log.info(QStringLiteral("connecting"), { { QStringLiteral("url"), m_settings.relayUrl.toString() } });
    socket->open(m_settings.relayUrl);
}

void RelayClient::onSocketGone(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    m_socket = nullptr;
    socket->deleteLater();
    const bool refused = socket->closeCode() == QWebSocketProtocol::CloseCodePolicyViolated
        && socket->closeReason() == QLatin1StringView("auth_failed");
    m_log.info(QStringLiteral("disconnected"),
        { { QStringLiteral("code"), int(socket->closeCode()) }, { QStringLiteral("reason"), socket->closeReason() },
            { QStringLiteral("error"), socket->errorString() } });
    m_ready = false;
    // What this connection had queued comes again, in order, after the next authentication.
    m_queue.clear();
    m_localRetryTimer.stop();
    if (refused) {
        Q_EMIT authenticationRefused();
        Q_EMIT problem(tr("The relay refused DueDesk's relay key; check DUEDESK_RELAY_KEY on both sides."));
    }
    if (m_running)
        m_reconnectTimer.start(int(m_reconnect.nextDelayMs()));
}

void RelayClient::onFrame(const QString &text)
{
    if (sender() != m_socket)
        return; // a late frame from a connection already given up
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(QLatin1StringView("type")).toString();
    if (type == QLatin1StringView("challenge") && !m_ready) {
        const QByteArray nonce = frame.value(QLatin1StringView("nonce")).toString().toLatin1();
        m_socket->sendTextMessage(frameText({ { QStringLiteral("type"), QStringLiteral("auth") },
            { QStringLiteral("mac"), QString::fromLatin1(authenticationCode(m_settings.key, nonce)) } }));
    } else if (type == QLatin1StringView("ready")) {
        m_ready = true;
        m_reconnect.reset();
        m_log.info(QStringLiteral("ready"));
        Q_EMIT ready();
    } else if (type == QLatin1StringView("event") && m_ready) {
        onEvent(frame);
    } else {
        m_log.warning(QStringLiteral("unexpected_frame"), { { QStringLiteral("type"), type } });
    }
}

void RelayClient::onEvent(const QJsonObject &frame)
{
    Event event;
    event.id = frame.value(QLatin1StringView("id")).toInteger();
    event.body = QByteArray::fromBase64(frame.value(QLatin1StringView("body")).toString().toLatin1());
    event.signature = frame.value(QLatin1StringView("signature")).toString().toLatin1();
    if (event.id <= 0) {
        m_log.warning(QStringLiteral("event_without_id"));
        return;
    }
    if (m_delivered.contains(event.id)) {
        acknowledge(event.id, 200); // delivered before; only the ack was lost
        return;
    }
    if (m_posting && m_postingId == event.id)
        return; // still being POSTed from before the reconnect; it is acknowledged when that answers
    m_queue.enqueue(event);
    deliverNext();
}

void RelayClient::deliverNext()
{
    if (m_posting || m_queue.isEmpty() || m_localRetryTimer.isActive())
        return;
    const Event event = m_queue.dequeue();
    QNetworkRequest request(m_settings.webhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Hub-Signature-256", event.signature);
    request.setTransferTimeout(localTimeoutMs);
    QNetworkReply *reply = m_nam.post(request, event.body);
    m_posting = reply;
    m_postingId = event.id;
    connect(reply, &QNetworkReply::finished, this, [this, event, reply] { onDelivered(event, reply); });
}

void RelayClient::onDelivered(const Event &event, QNetworkReply *reply)
{
    reply->deleteLater();
    m_posting = nullptr;
    m_postingId = 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 || status == 400) {
        m_localRetry.reset();
        remember(event.id);
        if (status == 200) {
            Q_EMIT eventDelivered(event.id);
        } else {
            m_log.warning(QStringLiteral("event_unreadable"), { { QStringLiteral("id"), event.id } });
        }
        acknowledge(event.id, status);
    } else {
        m_log.warning(QStringLiteral("local_webhook_failed"),
            { { QStringLiteral("id"), event.id }, { QStringLiteral("status"), status },
                { QStringLiteral("error"), reply->errorString() } });
        if (status == 401)
            Q_EMIT problem(tr("DueDesk's WhatsApp webhook refused a relayed notification's signature; check that "
                              "the app secret is the same on the desktop and on the relay."));
        // The same event again after a pause, ahead of the rest: order is kept. A reconnect brings it back anyway.
        if (m_ready) {
            m_queue.prepend(event);
            m_localRetryTimer.start(int(m_localRetry.nextDelayMs()));
        }
    }
    deliverNext();
}

void RelayClient::acknowledge(qint64 id, int status)
{
    if (!m_socket || !m_ready)
        return; // the relay replays it after the next authentication, and remember() makes that a bare ack
    m_socket->sendTextMessage(frameText({ { QStringLiteral("type"), QStringLiteral("ack") },
        { QStringLiteral("id"), id }, { QStringLiteral("status"), status } }));
}

void RelayClient::remember(qint64 id)
{
    if (m_delivered.contains(id))
        return;
    m_delivered.insert(id);
    m_deliveredOrder.enqueue(id);
    if (m_deliveredOrder.size() > rememberedEvents)
        m_delivered.remove(m_deliveredOrder.dequeue());
}

} // namespace duedesk
