#pragma once

#include "RedactingLog.h"
#include "WhatsAppWebhookParser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QUrl>

class QHttpServerRequest;
class QHttpServerResponse;

namespace duedesk {

class Book;

// The WhatsApp Cloud API webhook on QHttpServer, listening on loopback unless told otherwise (a public endpoint
// belongs to duedesk-relay or a reverse proxy).
//
// - GET  {path}?hub.mode=subscribe&hub.verify_token=T&hub.challenge=C answers 200 with C when T is the verify
//   token; anything else 403.
// - POST {path} checks X-Hub-Signature-256 over the raw body with the app secret first: a missing or wrong
//   signature answers 401 and touches nothing. A signed body that cannot be read answers 400, also without
//   effect. A message the book cannot store answers 503, so it comes again. Otherwise every message goes to
//   ChaseEngine::recordInbound (stored once per wamid, so Meta's
//   redeliveries are harmless), every delivered/read/failed status to recordDeliveryStatus, and the answer is
//   200 at once.
// - With Settings::ownerAssistant, the messages WhatsAppOwnerInbox::claims() (the paired owner's, pairing attempts,
//   presses of owner draft buttons) are queued for WhatsAppOwnerChannel instead, once per wamid, and never reach
//   ReplyHandler or a client's conversation; ownerMessageQueued() says one is waiting.
// Runs on the thread of the book.
class WhatsAppWebhookServer : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        QByteArray appSecret;   // DUEDESK_WHATSAPP_APP_SECRET in headless runs
        QString verifyToken;    // chosen by the owner, entered in Meta's app dashboard too
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;       // 0: any free port
        QString path = QStringLiteral("/whatsapp/webhook");
        bool ownerAssistant = false; // the owner's assistant runs over WhatsApp (WhatsAppOwnerChannel is polled)
    };

    WhatsAppWebhookServer(Book &book, Settings settings, QObject *parent = nullptr);

    // Starts listening; false (and error()) when the port cannot be bound or no app secret is set.
    bool listen();
    quint16 port() const { return m_port; }
    QUrl url() const; // http://address:port/path
    const QString &error() const { return m_error; }

Q_SIGNALS:
    // A message stored for the first time (never for a redelivery). Owner reply buttons arrive here with their
    // buttonId for the caller to act on.
    void inboundRecorded(const duedesk::WhatsAppInbound &message, qint64 messageId);
    void deliveryStatusRecorded(const QString &providerId, duedesk::OutboxState state, const QString &error);
    // A message for the owner's assistant was queued for the first time (ownerAssistant only): polling the owner's
    // channel now answers it without waiting for the next round.
    void ownerMessageQueued();
    // A POST refused (bad signature, unreadable body); reason is for the log, never contains a secret.
    void notificationRejected(const QString &reason);

private:
    QHttpServerResponse verifySubscription(const QHttpServerRequest &request) const;
    QHttpServerResponse receive(const QHttpServerRequest &request);
    // False when a message could not be stored (the book refused it): the notification must come again.
    bool apply(const WhatsAppWebhook &webhook);
    bool alreadyStored(const QString &providerId) const;
    bool isOurs(const QString &providerId) const; // a message we sent has this provider id
    Result<qint64> storeAndAct(const InboundMessage &message);

    Book &m_book;
    Settings m_settings;
    QHttpServer m_server;
    RedactingLog m_log;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace duedesk
