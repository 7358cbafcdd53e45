#pragma once

#include "Bridge.h"
#include "RedactingLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace duedesk {

class Book;

// Sends reminders through the WhatsApp Cloud API: POST {apiBase}/{apiVersion}/{phoneNumberId}/messages with a
// Bearer token. Inside the 24-hour customer window (the client's last WhatsApp message to us is less than 24 h
// old by the book's clock) the reminder goes as free text; outside it as the approved template for its tone
// ("{templatePrefix}{tone}", body parameter 1 = bill number), since WhatsApp refuses free text there.
// Consent is not checked here: ChaseEngine::markSending() refuses a row whose client has not opted in.
//
// Results: 200 with a wamid -> sent; 429 and 5xx -> retryable, with retryAfter = the book's clock + the
// Retry-After header (seconds, or an HTTP-date counted from the reply's Date header) when given; other 4xx ->
// rejected; no connection made -> retryable; the connection lost or timed out after the request went out ->
// uncertain. Requests carry User-Agent "DueDesk/<version>", the form the spec requires.
class WhatsAppBridge : public Bridge
{
    Q_OBJECT
public:
    struct Settings {
        QUrl apiBase = QUrl(QStringLiteral("https://graph.facebook.com"));
        QString apiVersion = QStringLiteral("v23.0");
        QString phoneNumberId;
        QString token;
        QString templatePrefix = QStringLiteral("duedesk_reminder_");
        QString templateLanguage = QStringLiteral("en");
        int transferTimeoutMs = 30000;
    };
    // DUEDESK_WHATSAPP_API_BASE, DUEDESK_WHATSAPP_TOKEN, DUEDESK_WHATSAPP_PHONE_ID over the defaults.
    static Settings settingsFromEnvironment();

    WhatsAppBridge(Book &book, Settings settings, QObject *parent = nullptr);

    Channel channel() const override { return Channel::WhatsApp; }
    bool isConfigured() const override;
    void send(const OutboxRow &message) override;

    // The JSON the row is sent as, now: a text message inside the customer window, a template outside it.
    QJsonObject requestBody(const OutboxRow &message) const;
    bool insideCustomerWindow(const OutboxRow &message) const;

    // Sends a body built elsewhere (WhatsAppMessages::draftButtons for the owner's chat), outside the outbox:
    // returns a ticket at once and finishes with messageFinished(ticket, result), mapped as for send().
    quint64 sendMessage(const QJsonObject &body);

Q_SIGNALS:
    void messageFinished(quint64 ticket, const duedesk::SendResult &result);

private:
    // POSTs body to the messages endpoint, logs it (with logFields) and its outcome, then calls done once.
    void post(const QJsonObject &body, QJsonObject logFields, std::function<void(const SendResult &)> done);
    // Reads the finished reply (and schedules its deletion).
    SendResult resultOf(QNetworkReply *reply) const;

    Book &m_book;
    Settings m_settings;
    QNetworkAccessManager m_network;
    RedactingLog m_log;
    quint64 m_lastTicket = 0;
};

} // namespace duedesk
