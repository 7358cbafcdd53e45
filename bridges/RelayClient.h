#pragma once

#include "Backoff.h"
#include "RedactingLog.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QNetworkReply;
class QWebSocket;

namespace duedesk {

// The desktop's end of duedesk-relay (protocol in app/relay/RelayServer.h): connects over a WebSocket, proves it
// holds the relay key, and hands every event to the desktop's own WhatsAppWebhookServer exactly as Meta sent it
// (raw body + X-Hub-Signature-256), so the webhook server verifies it again and stores each message once per
// wamid. An event is acknowledged only after that local POST answered: 200, or 400 for a body the parser cannot
// read (repeating cannot fix that, and it must not hold up the events behind it; the relay keeps the body). Any
// other answer or no answer retries the same event with back-off, keeping the order. When the relay goes away,
// it reconnects with back-off and the relay replays everything unacknowledged.
//
// Repeats: an event already delivered by this client (its ack lost with a connection) is acknowledged again without
// a second POST. After a desktop restart a repeat is POSTed again, which is harmless: messages are stored once per
// wamid, and status-only events (sent/delivered/read/failed) only move an outbox row forward
// (ChaseEngine::recordDeliveryStatus), so an old status arriving again changes nothing.
// Runs on one thread; never blocks.
class RelayClient : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        QUrl relayUrl; // ws:// or wss:// of duedesk-relay (wss:// through its TLS reverse proxy)
        QByteArray key; // DUEDESK_RELAY_KEY, the same as the relay's
        QUrl webhookUrl; // the local WhatsAppWebhookServer::url()
        BackoffSettings reconnect{ 1000, 60 * 1000 };
        BackoffSettings localRetry{ 1000, 60 * 1000 };
    };

    explicit RelayClient(Settings settings, QObject *parent = nullptr);
    ~RelayClient() override;

    // Connects, and keeps reconnecting with back-off until stop().
    void start();
    void stop();
    bool isReady() const { return m_ready; }

    // The "mac" of the auth frame: lowercase hex HMAC-SHA256(key, "duedesk-relay/1 " + nonce as received).
    static QByteArray authenticationCode(const QByteArray &key, const QByteArray &nonce);

Q_SIGNALS:
    void ready(); // authenticated; events follow
    // The local webhook took the event (200); its ack goes out right after.
    void eventDelivered(qint64 id);
    // The relay closed the connection because the key is wrong. Reconnecting goes on (with back-off).
    void authenticationRefused();
    // Something the owner may need to fix (wrong key, local webhook refusing); translated, without secrets.
    void problem(const QString &message);

private:
    struct Event {
        qint64 id = 0;
        QByteArray body;
        QByteArray signature;
    };

    void connectNow();
    void onFrame(const QString &text);
    void onEvent(const QJsonObject &frame);
    void onSocketGone(QWebSocket *socket);
    void deliverNext();
    void onDelivered(const Event &event, QNetworkReply *reply);
    void acknowledge(qint64 id, int status);
    void remember(qint64 id);

    Settings m_settings;
    RedactingLog m_log;
    QNetworkAccessManager m_nam;
    QPointer<QWebSocket> m_socket;
    QTimer m_reconnectTimer;
    QTimer m_localRetryTimer;
    Backoff m_reconnect;
    Backoff m_localRetry;
    bool m_running = false;
    bool m_ready = false;
    QQueue<Event> m_queue; // received on this connection, not yet POSTed
    QPointer<QNetworkReply> m_posting; // the one local POST in flight (it may outlive its connection)
    qint64 m_postingId = 0;
    QSet<qint64> m_delivered; // delivered by this client; bounded by m_deliveredOrder
    QQueue<qint64> m_deliveredOrder;
};

} // namespace duedesk
