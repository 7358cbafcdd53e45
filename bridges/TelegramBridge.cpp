#include "TelegramBridge.h"

#include "PostOnce.h"

#include "TelegramApi.h"

#include <Book.h>
#include <BridgeState.h>
#include <ChaseEngine.h>
#include <Clock.h>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <ReplyHandler.h>
#include <SqlValues.h>
#include <memory>

namespace duedesk {

using telegram::chatIdValue;
using telegram::isTransportError;

namespace {

const QString blockedByUser = QStringLiteral("bot was blocked by the user");

} // namespace

TelegramBridge::TelegramBridge(Book &book, TelegramBridgeSettings settings, QObject *parent)
    : Bridge(parent)
    , m_book(book)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_log(QStringLiteral("telegram"), &book.clock())
{
    m_log.addSecret(m_settings.token);
}

TelegramBridge::~TelegramBridge() = default;

bool TelegramBridge::isConfigured() const
{
    return !m_settings.token.isEmpty() && m_settings.apiBase.isValid() && !m_settings.apiBase.host().isEmpty();
}

QString TelegramBridge::botId() const
{
    return telegram::botId(m_settings.token);
}

QString TelegramBridge::offsetKey() const
{
    return QStringLiteral("telegram:%1:offset").arg(botId());
}

QNetworkReply *TelegramBridge::post(const QString &method, const QJsonObject &body, int timeoutMs)
{
    return telegram::post(*m_network, m_settings.apiBase, m_settings.token, method, body, timeoutMs);
}

void TelegramBridge::send(const OutboxRow &message)
{
    const QJsonObject body{ { QStringLiteral("chat_id"), chatIdValue(message.address) },
        { QStringLiteral("text"), message.body } };
    QNetworkReply *reply = post(QStringLiteral("sendMessage"), body, m_settings.requestTimeoutMs);
    auto sent = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::requestSent, this, [sent] { *sent = true; });
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, message, sent] { onSendReply(reply, message, *sent); });
}

void TelegramBridge::onSendReply(QNetworkReply *reply, const OutboxRow &message, bool requestSent)
{
    reply->deleteLater();
    const QString chat = message.address;
    if (isTransportError(reply->error())) {
        const QString error
            = tr("Telegram did not answer: %1").arg(RedactingLog::redact(replyErrorText(*reply), { m_settings.token }));
        m_log.warning(QStringLiteral("send_transport_error"),
            { { QStringLiteral("outbox_id"), message.id }, { QStringLiteral("request_sent"), requestSent },
                { QStringLiteral("error"), error } });
        Q_EMIT sendFinished(message.id, requestSent ? SendResult::uncertain(error) : SendResult::retryable(error));
        return;
    }
    const telegram::ApiAnswer a = telegram::readAnswer(reply);
    if (a.status == 200) {
        const qint64 messageId
            = static_cast<qint64>(a.result.toObject().value(QStringLiteral("message_id")).toDouble());
        if (a.ok && messageId > 0) {
            Q_EMIT sendFinished(message.id, SendResult::sent(QStringLiteral("%1:%2").arg(chat).arg(messageId)));
            return;
        }
        // Answered 200 without a message: it may well have gone out.
        Q_EMIT sendFinished(message.id, SendResult::uncertain(tr("Telegram's answer could not be read")));
        return;
    }
    const QString error = tr("Telegram refused the message: %1").arg(a.description);
    if (a.status == 429) {
        const QDateTime at = m_book.clock().now().addSecs(std::max(a.retryAfterSeconds, 0));
        Q_EMIT sendFinished(message.id, SendResult::retryable(error, a.retryAfterSeconds >= 0 ? at : QDateTime()));
        return;
    }
    if (a.status >= 500) {
        Q_EMIT sendFinished(message.id, SendResult::retryable(error));
        return;
    }
    if (a.status == 403 && a.description.contains(blockedByUser, Qt::CaseInsensitive) && message.clientId > 0) {
        // Blocking the bot withdraws the consent that starting it gave.
        QString why;
        if (!ChaseEngine(m_book).optOut(
                message.clientId, Channel::Telegram, QStringLiteral("telegram: blocked the bot"), &why))
            m_log.warning(QStringLiteral("opt_out_not_recorded"),
                { { QStringLiteral("client_id"), message.clientId }, { QStringLiteral("error"), why } });
    }
    Q_EMIT sendFinished(message.id, SendResult::rejected(error));
}

void TelegramBridge::pollInbound()
{
    actOnStoredReplies();
    QJsonObject body{ { QStringLiteral("timeout"), m_settings.pollTimeoutSeconds },
        { QStringLiteral("allowed_updates"), QJsonArray{ QStringLiteral("message") } } };
    const qint64 offset = storedOffset();
    if (offset > 0)
        body.insert(QStringLiteral("offset"), offset);
    QNetworkReply *reply
        = post(QStringLiteral("getUpdates"), body, m_settings.pollTimeoutSeconds * 1000 + m_settings.requestTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPollReply(reply); });
}

void TelegramBridge::onPollReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (isTransportError(reply->error())) {
        Q_EMIT pollFinished(false,
            tr("Telegram did not answer: %1").arg(RedactingLog::redact(replyErrorText(*reply), { m_settings.token })));
        return;
    }
    const telegram::ApiAnswer a = telegram::readAnswer(reply);
    if (a.status != 200 || !a.ok || !a.result.isArray()) {
        Q_EMIT pollFinished(false, tr("Telegram refused to hand out updates: %1").arg(a.description));
        return;
    }
    int handled = 0;
    for (const QJsonValue &update : a.result.toArray()) {
        QString error;
        if (!handleUpdate(update.toObject(), &error)) {
            // The offset stays before this update: it comes again with the next poll.
            m_log.warning(QStringLiteral("update_not_handled"), { { QStringLiteral("error"), error } });
            Q_EMIT pollFinished(false, tr("A Telegram update could not be stored: %1").arg(error));
            return;
        }
        ++handled;
    }
    m_log.info(QStringLiteral("polled"),
        { { QStringLiteral("updates"), handled }, { QStringLiteral("offset"), storedOffset() } });
    Q_EMIT pollFinished(true, QString());
}

bool TelegramBridge::handleUpdate(const QJsonObject &update, QString *error)
{
    const qint64 next = static_cast<qint64>(update.value(QStringLiteral("update_id")).toDouble()) + 1;
    const QJsonObject message = update.value(QStringLiteral("message")).toObject();
    const QString text = message.value(QStringLiteral("text")).toString();
    const qint64 chat
        = static_cast<qint64>(message.value(QStringLiteral("chat")).toObject().value(QStringLiteral("id")).toDouble());
    const qint64 messageId = static_cast<qint64>(message.value(QStringLiteral("message_id")).toDouble());
    if (text.isEmpty() || chat == 0 || messageId <= 0)
        return saveOffset(next, error); // not a text message: nothing to act on
    const QString chatId = QString::number(chat);
    if (text == QLatin1String("/start") || text.startsWith(QLatin1String("/start ")))
        return handleStart(chatId, next, error);

    const QString providerId = QStringLiteral("%1:%2").arg(chatId).arg(messageId);
    const auto stored = ChaseEngine(m_book).recordInbound(Channel::Telegram, chatId, providerId, text,
        [this, next](QSqlDatabase &, QString *why) { return saveOffset(next, why); });
    if (!stored) {
        *error = stored.error();
        return false;
    }
    // Stored with its offset; acted on once (a crash before this is made good by actOnStoredReplies()).
    const auto handled = ReplyHandler(m_book).handle(Channel::Telegram, chatId, providerId, text);
    if (!handled)
        m_log.warning(QStringLiteral("reply_not_acted_on"),
            { { QStringLiteral("message_id"), *stored }, { QStringLiteral("error"), handled.error() } });
    Q_EMIT inboundReceived(InboundMessage{ Channel::Telegram, chatId, providerId, text });
    return true;
}

bool TelegramBridge::handleStart(const QString &chatId, qint64 offset, QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT id FROM clients WHERE telegram_chat_id = ? ORDER BY id LIMIT 1"));
    q.addBindValue(chatId);
    const qint64 clientId = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (clientId == 0) {
        // Pairing a new chat with a client is the owner's job; until then the chat gets nothing.
        m_log.info(QStringLiteral("start_from_unknown_chat"));
    } else if (!ChaseEngine(m_book).optIn(
                   clientId, Channel::Telegram, QStringLiteral("telegram: started the bot"), error)) {
        return false;
    }
    // Recording the consent again after a crash here changes nothing.
    return saveOffset(offset, error);
}

bool TelegramBridge::saveOffset(qint64 offset, QString *error)
{
    // Never backwards: an update Telegram sends again is stored once and does not rewind the offset.
    return bridgestate::raise(m_book.database(), offsetKey(), offset, error);
}

qint64 TelegramBridge::storedOffset() const
{
    return bridgestate::value(m_book.database(), offsetKey()).toLongLong();
}

void TelegramBridge::actOnStoredReplies()
{
    struct Stored {
        QString sender, providerId, body;
    };
    QList<Stored> pending;
    {
        QSqlQuery q(m_book.database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT sender, provider_id, body FROM messages WHERE channel = 'telegram' "
                                  "AND direction = 'in' AND intent = '' ORDER BY id")))
            while (q.next())
                pending.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    }
    for (const Stored &s : std::as_const(pending)) {
        const auto handled = ReplyHandler(m_book).handle(Channel::Telegram, s.sender, s.providerId, s.body);
        m_log.info(QStringLiteral("stored_reply_acted_on"), { { QStringLiteral("ok"), bool(handled) } });
    }
}

} // namespace duedesk
