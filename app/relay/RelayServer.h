#pragma once

#include "RelayStore.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QWebSocketServer>
#include <RedactingLog.h>

class QHttpServerRequest;
class QHttpServerResponse;
class QTimer;
class QWebSocket;

namespace duedesk {

// duedesk-relay: takes WhatsApp Cloud API webhooks on a public host (behind a TLS reverse proxy) and hands them to
// the one desktop over a WebSocket, so a desktop behind NAT loses none of them.
//
// Webhook side (QHttpServer, same contract as WhatsAppWebhookServer):
// - GET  {path}?hub.mode=subscribe&hub.verify_token=T&hub.challenge=C: 200 with C when T is the verify token,
//   otherwise 403.
// - POST {path}: X-Hub-Signature-256 is checked over the raw body with the app secret. A missing or wrong signature
//   answers 401 and stores nothing. A verified body is stored and committed (RelayStore) BEFORE the 200 goes out,
//   and 503 when it could not be stored (Meta then redelivers). The relay does not parse the body.
//
// Desktop side (QWebSocketServer, text frames, one JSON object each; protocol "duedesk-relay/1"):
//   relay   -> desktop  {"type":"challenge","nonce":"<base64, 32 random bytes>"}      on every new connection
//   desktop -> relay    {"type":"auth","mac":"<RelayClient::authenticationCode(key, nonce)>"}
//   relay   -> desktop  {"type":"ready"}                                               the MAC was right
//   relay   -> desktop  {"type":"event","id":N,"body":"<base64 raw body>","signature":"sha256=..."}
//   desktop -> relay    {"type":"ack","id":N,"status":S}
// - The key (DUEDESK_RELAY_KEY) never crosses the wire; the nonce is fresh per connection, so a recorded auth frame
//   is useless. A wrong MAC, a malformed frame or no auth within authTimeoutMs closes the socket (close code 1008)
//   before any event is sent. Events carry Meta's own signature, so the desktop verifies each one again with the app
//   secret: a relay cannot make up a message either.
// - Only one desktop at a time: a newly authenticated connection replaces the previous one (closed with 1000).
// - After "ready", every unacknowledged event is sent in id (= arrival) order, then each new one as it is stored;
//   at most `window` events are in flight unacknowledged, the rest follow as acks arrive.
// - The desktop acks an event only after its own webhook answered it (status 200; 400 for a body its parser cannot
//   read, which repeating cannot fix). The relay records acked_at and never sends that event again. Everything
//   unacknowledged when the connection drops (either side killed, network gone) is sent again, in order, after the
//   next authentication; the desktop drops the repeats (WhatsAppWebhookServer stores each message once per wamid).
class RelayServer : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        QByteArray appSecret; // DUEDESK_WHATSAPP_APP_SECRET
        QString verifyToken; // DUEDESK_WHATSAPP_VERIFY_TOKEN
        QByteArray relayKey; // DUEDESK_RELAY_KEY, shared with the desktop
        QHostAddress webhookAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 webhookPort = 0;
        QString webhookPath = QStringLiteral("/whatsapp/webhook");
        QHostAddress desktopAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 desktopPort = 0;
        int window = 64;
        int authTimeoutMs = 10000;
    };

    RelayServer(RelayStore &store, Settings settings, QObject *parent = nullptr);
    ~RelayServer() override;

    // Starts both listeners; false and error() when a secret is missing or a port cannot be bound.
    bool listen();
    const QString &error() const { return m_error; }
    QUrl webhookUrl() const;
    QUrl desktopUrl() const;

private:
    QHttpServerResponse verifySubscription(const QHttpServerRequest &request) const;
    QHttpServerResponse receive(const QHttpServerRequest &request);
    void onNewConnection();
    void onTextMessage(QWebSocket *socket, const QString &text);
    void authenticate(QWebSocket *socket, const QJsonObject &frame);
    void acknowledge(const QJsonObject &frame);
    void refuse(QWebSocket *socket, const QString &reason);
    void forget(QWebSocket *socket);
    void pump();

    RelayStore &m_store;
    Settings m_settings;
    QHttpServer m_http;
    QWebSocketServer m_ws;
    RedactingLog m_log;
    quint16 m_webhookPort = 0;
    QString m_error;
    QHash<QWebSocket *, QByteArray> m_pending; // connections waiting for their auth frame -> their nonce
    QPointer<QWebSocket> m_desktop; // the authenticated connection
    QSet<qint64> m_inFlight; // sent to m_desktop, not acknowledged yet
    qint64 m_lastSentId = 0;
};

} // namespace duedesk
