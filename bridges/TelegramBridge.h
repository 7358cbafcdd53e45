#pragma once

#include "Bridge.h"
#include "RedactingLog.h"

#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace duedesk {

class Book;

struct TelegramBridgeSettings {
    QUrl apiBase = QUrl(QStringLiteral("https://api.telegram.org"));
    QString token; // the business bot's token; never logged
    int pollTimeoutSeconds = 25; // getUpdates long polling; 0 answers at once (duedesk-cli run --once)
    int requestTimeoutMs = 30 * 1000; // no answer for this long: the request failed (added to the poll timeout)
};

// The business bot over the Telegram Bot API: reminders to clients who started the bot (that is their consent)
// with sendMessage, replies with getUpdates long polling.
//
// Sending: ok -> Sent ("<chat id>:<message_id>"); 429 -> Failed, transient, at parameters.retry_after; 5xx, or
// the network failing before the request was written -> Failed, transient; 403 "bot was blocked by the user" ->
// Failed and the client opted out of Telegram; other 4xx -> Failed; the connection dropping or timing out after
// the request went out -> Uncertain.
//
// Polling: each text message is stored (ChaseEngine::recordInbound, provider id "<chat id>:<message_id>") in the
// same transaction that moves the persisted offset (bridge_state "telegram:<bot id>:offset") past its update, so
// a crash can neither lose an update nor store it twice; the reply is then acted on (ReplyHandler), which happens
// once per message, and replies stored but not yet acted on (a crash in between) are acted on at the next poll.
// "/start" from a chat that belongs to a client records the client's consent to Telegram; updates of other kinds
// only move the offset.
//
// The bridge may run on the supervisor's worker thread; the book is used through that thread's connection.
class TelegramBridge : public Bridge
{
    Q_OBJECT
public:
    TelegramBridge(Book &book, TelegramBridgeSettings settings, QObject *parent = nullptr);
    ~TelegramBridge() override;

    Channel channel() const override { return Channel::Telegram; }
    bool isConfigured() const override;
    void send(const OutboxRow &message) override;
    void pollInbound() override;

    // The next update_id asked for (0: none handled yet), as persisted in the book.
    qint64 storedOffset() const;
    // The bot's numeric id, the part of the token before ':' (not a secret).
    QString botId() const;

private:
    QNetworkReply *post(const QString &method, const QJsonObject &body, int timeoutMs);
    void onSendReply(QNetworkReply *reply, const OutboxRow &message, bool requestSent);
    void onPollReply(QNetworkReply *reply);
    bool handleUpdate(const QJsonObject &update, QString *error);
    bool handleStart(const QString &chatId, qint64 offset, QString *error);
    bool saveOffset(qint64 offset, QString *error);
    void actOnStoredReplies();
    QString offsetKey() const;

    Book &m_book;
    TelegramBridgeSettings m_settings;
    QNetworkAccessManager *m_network;
    RedactingLog m_log;
};

} // namespace duedesk
