#include "RelayServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <RelayClient.h>
#include <WhatsAppSignature.h>

namespace duedesk {

namespace {

constexpr int maxPendingConnections = 8; // unauthenticated sockets at once; more are turned away
constexpr qint64 maxFrameBytes = 64 * 1024; // the desktop only ever sends auth and ack frames

QString frameText(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

QString typeOf(const QJsonObject &frame)
{
    return frame.value(QLatin1StringView("type")).toString();
}

} // namespace

RelayServer::RelayServer(RelayStore &store, Settings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_ws(QStringLiteral("duedesk-relay"), QWebSocketServer::NonSecureMode)
    , m_log(QStringLiteral("relay"))
{
    m_log.addSecret(QString::fromUtf8(m_settings.appSecret));
    m_log.addSecret(m_settings.verifyToken);
    m_log.addSecret(QString::fromUtf8(m_settings.relayKey));
    m_http.route(m_settings.webhookPath, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return verifySubscription(request); });
    m_http.route(m_settings.webhookPath, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return receive(request); });
    connect(&m_ws, &QWebSocketServer::newConnection, this, &RelayServer::onNewConnection);
}

RelayServer::~RelayServer()
{
    // The sockets are children of m_ws; stop reacting to their last signals before members go away.
    for (QWebSocket *socket : m_ws.findChildren<QWebSocket *>())
        socket->disconnect(this);
}

bool RelayServer::listen()
{
    if (m_settings.appSecret.isEmpty() || m_settings.relayKey.isEmpty()) {
        m_error = tr("DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY must both be set.");
        return false;
    }
    m_webhookPort = m_http.listen(m_settings.webhookAddress, m_settings.webhookPort);
    if (m_webhookPort == 0) {
        m_error = tr("The webhook could not listen on %1:%2.")
                      .arg(m_settings.webhookAddress.toString())
                      .arg(m_settings.webhookPort);
        return false;
    }
    if (!m_ws.listen(m_settings.desktopAddress, m_settings.desktopPort)) {
        m_error = tr("The desktop connection could not listen on %1:%2: %3")
                      .arg(m_settings.desktopAddress.toString())
                      .arg(m_settings.desktopPort)
                      .arg(m_ws.errorString());
        return false;
    }
    m_log.info(QStringLiteral("listening"),
        { { QStringLiteral("webhook"), webhookUrl().toString() },
            { QStringLiteral("desktop"), desktopUrl().toString() } });
    return true;
}

QUrl RelayServer::webhookUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_settings.webhookAddress.toString());
    url.setPort(m_webhookPort);
    url.setPath(m_settings.webhookPath);
    return url;
}

QUrl RelayServer::desktopUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_settings.desktopAddress.toString());
    url.setPort(m_ws.serverPort());
    return url;
}

QHttpServerResponse RelayServer::verifySubscription(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QByteArray token = query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    if (query.queryItemValue(QStringLiteral("hub.mode")) != QLatin1StringView("subscribe")
        || m_settings.verifyToken.isEmpty()
        || !WhatsAppSignature::constantTimeEquals(token, m_settings.verifyToken.toUtf8())) {
        m_log.warning(QStringLiteral("verification_refused"));
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
    }
    return QHttpServerResponse(query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8());
}

QHttpServerResponse RelayServer::receive(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    const QByteArray signature = request.value("X-Hub-Signature-256").trimmed();
    if (!WhatsAppSignature::verify(m_settings.appSecret, body, signature)) {
        m_log.warning(QStringLiteral("signature_mismatch"), { { QStringLiteral("bytes"), body.size() } });
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
    }
    const Result<qint64> id = m_store.append(body, signature);
    if (!id) {
        m_log.warning(QStringLiteral("not_stored"), { { QStringLiteral("error"), id.error() } });
        return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
    }
    m_log.info(QStringLiteral("stored"), { { QStringLiteral("id"), *id }, { QStringLiteral("bytes"), body.size() } });
    pump();
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
}

void RelayServer::onNewConnection()
{
    while (QWebSocket *socket = m_ws.nextPendingConnection()) {
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
        if (m_pending.size() >= maxPendingConnections) {
            refuse(socket, QStringLiteral("too_many_pending"));
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(maxFrameBytes);
        socket->setMaxAllowedIncomingFrameSize(maxFrameBytes);
        quint32 random[8];
        QRandomGenerator::system()->fillRange(random);
        const QByteArray nonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64();
        m_pending.insert(socket, nonce);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onTextMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket] { refuse(socket, QStringLiteral("binary_frame")); });
        QTimer::singleShot(m_settings.authTimeoutMs, socket, [this, socket] {
            if (m_pending.contains(socket))
                refuse(socket, QStringLiteral("auth_timeout"));
        });
        socket->sendTextMessage(frameText({ { QStringLiteral("type"), QStringLiteral("challenge") },
            { QStringLiteral("nonce"), QString::fromLatin1(nonce) } }));
    }
}

void RelayServer::onTextMessage(QWebSocket *socket, const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    if (m_pending.contains(socket)) {
        authenticate(socket, frame);
    } else if (socket == m_desktop && typeOf(frame) == QLatin1StringView("ack")) {
        acknowledge(frame);
    } else if (socket == m_desktop) {
        refuse(socket, QStringLiteral("unexpected_frame"));
    }
    // Anything else comes from a connection that was replaced and is closing: ignored.
}

void RelayServer::authenticate(QWebSocket *socket, const QJsonObject &frame)
{
    const QByteArray nonce = m_pending.take(socket);
    const QByteArray mac = frame.value(QLatin1StringView("mac")).toString().toLatin1().toLower();
    if (typeOf(frame) != QLatin1StringView("auth")
        || !WhatsAppSignature::constantTimeEquals(RelayClient::authenticationCode(m_settings.relayKey, nonce), mac)) {
        refuse(socket, QStringLiteral("auth_failed"));
        return;
    }
    if (m_desktop) {
        m_log.info(QStringLiteral("desktop_replaced"));
        m_desktop->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("replaced"));
    }
    m_desktop = socket;
    m_inFlight.clear();
    m_lastSentId = 0; // replay every unacknowledged event from the start, in order
    m_log.info(
        QStringLiteral("desktop_authenticated"), { { QStringLiteral("peer"), socket->peerAddress().toString() } });
    socket->sendTextMessage(frameText({ { QStringLiteral("type"), QStringLiteral("ready") } }));
    pump();
}

void RelayServer::acknowledge(const QJsonObject &frame)
{
    const qint64 id = frame.value(QLatin1StringView("id")).toInteger();
    const int status = frame.value(QLatin1StringView("status")).toInt();
    if (id <= 0 || status < 200 || status > 599) {
        refuse(m_desktop, QStringLiteral("bad_ack"));
        return;
    }
    // An ack for an event sent on an earlier connection is as good as any: the desktop's webhook has it.
    if (!m_store.acknowledge(id, status) && !m_store.error().isEmpty())
        m_log.warning(QStringLiteral("ack_not_stored"),
            { { QStringLiteral("id"), id }, { QStringLiteral("error"), m_store.error() } });
    m_inFlight.remove(id);
    pump();
}

void RelayServer::refuse(QWebSocket *socket, const QString &reason)
{
    m_log.warning(QStringLiteral("desktop_refused"), { { QStringLiteral("reason"), reason } });
    m_pending.remove(socket);
    if (socket == m_desktop) {
        m_desktop = nullptr;
        m_inFlight.clear();
    }
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void RelayServer::forget(QWebSocket *socket)
{
    m_pending.remove(socket);
    if (socket == m_desktop) {
        m_log.info(QStringLiteral("desktop_gone"), { { QStringLiteral("unacknowledged"), m_inFlight.size() } });
        m_desktop = nullptr;
        m_inFlight.clear();
    }
    socket->deleteLater();
}

void RelayServer::pump()
{
    while (m_desktop && m_inFlight.size() < m_settings.window) {
        const QList<RelayEvent> events
            = m_store.unacknowledged(m_lastSentId, m_settings.window - int(m_inFlight.size()));
        if (events.isEmpty())
            return;
        for (const RelayEvent &event : events) {
            m_desktop->sendTextMessage(
                frameText({ { QStringLiteral("type"), QStringLiteral("event") }, { QStringLiteral("id"), event.id },
                    { QStringLiteral("body"), QString::fromLatin1(event.body.toBase64()) },
                    { QStringLiteral("signature"), QString::fromLatin1(event.signature) } }));
            m_inFlight.insert(event.id);
            m_lastSentId = event.id;
        }
    }
}

} // namespace duedesk
