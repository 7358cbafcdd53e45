#include "TelegramOwnerBot.h"

#include "OwnerChatTexts.h"
#include "PostOnce.h"

#include <Assistant.h>
#include <Book.h>
#include <BridgeState.h>
#include <ChaseEngine.h>
#include <Clock.h>
#include <OwnerPairing.h>
#include <OwnerPrompts.h>
#include <QNetworkAccessManager>

namespace duedesk {

namespace {

const QString actor = QStringLiteral("owner via Telegram");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

qint64 integer(const QJsonValue &value)
{
    return static_cast<qint64>(value.toDouble());
}

// A draft as the owner's chat shows it, with room left in Telegram's 4096 characters for an outcome under it.
QString shownText(Book &book, const DraftRow &draft)
{
    return OwnerChatTexts::draft(book, draft).left(4000);
}

} // namespace

TelegramOwnerBot::TelegramOwnerBot(Book &book, TelegramOwnerBotSettings settings, QObject *parent)
    : OwnerChannel(parent)
    , m_book(book)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_transcription(new TranscriptionClient(m_settings.transcription, this))
    , m_assistant(std::make_unique<Assistant>(book))
    , m_pairing(std::make_unique<OwnerPairing>(book))
    , m_prompts(std::make_unique<OwnerPrompts>(book))
    , m_drafts(book, Channel::Telegram, actor)
    , m_log(QStringLiteral("telegram-owner"), &book.clock())
{
    m_log.addSecret(m_settings.token);
    m_log.addSecret(m_settings.transcription.apiKey);
}

TelegramOwnerBot::~TelegramOwnerBot() = default;

bool TelegramOwnerBot::isConfigured() const
{
    return !m_settings.token.isEmpty() && m_settings.apiBase.isValid() && !m_settings.apiBase.host().isEmpty();
}

bool TelegramOwnerBot::isPaired() const
{
    return m_pairing->isPaired(Channel::Telegram);
}

QString TelegramOwnerBot::botId() const
{
    return telegram::botId(m_settings.token);
}

QString TelegramOwnerBot::offsetKey() const
{
    return QStringLiteral("telegram-owner:%1:offset").arg(botId());
}

qint64 TelegramOwnerBot::storedOffset() const
{
    return bridgestate::value(m_book.database(), offsetKey()).toLongLong();
}

bool TelegramOwnerBot::saveOffset(qint64 offset, QString *error) const
{
    return bridgestate::raise(m_book.database(), offsetKey(), offset, error);
}

bridgestate::InTransaction TelegramOwnerBot::withOffset(qint64 offset) const
{
    return [this, offset](QSqlDatabase &, QString *why) { return saveOffset(offset, why); };
}

bool TelegramOwnerBot::advance(qint64 offset)
{
    QString error;
    if (saveOffset(offset, &error))
        return true;
    notStored(error);
    return false;
}

void TelegramOwnerBot::notStored(const QString &error)
{
    finishPoll(false, tr("A Telegram update could not be stored: %1").arg(error));
}

bool TelegramOwnerBot::waiting() const
{
    return m_notBefore.isValid() && m_book.clock().now() < m_notBefore;
}

void TelegramOwnerBot::call(const QString &method, const QJsonObject &body, const Then &then, int timeoutMs)
{
    QNetworkReply *reply = telegram::post(*m_network, m_settings.apiBase, m_settings.token, method, body,
        timeoutMs > 0 ? timeoutMs : m_settings.requestTimeoutMs);
    auto sent = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::requestSent, this, [sent] { *sent = true; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, sent, then] {
        reply->deleteLater();
        Call c;
        c.requestSent = *sent;
        if (telegram::isTransportError(reply->error())) {
            c.transportFailed = true;
            c.error = tr("Telegram did not answer: %1")
                          .arg(RedactingLog::redact(replyErrorText(*reply), { m_settings.token }));
        } else {
            c.answer = telegram::readAnswer(reply);
            if (!c.ok())
                c.error = tr("Telegram refused %1: %2").arg(method, c.answer.description);
            if (c.answer.status == 429)
                m_notBefore = m_book.clock().now().addSecs(std::max(c.answer.retryAfterSeconds, 1));
        }
        if (!c.ok())
            m_log.warning(QStringLiteral("request_failed"),
                { { QStringLiteral("method"), method }, { QStringLiteral("status"), c.answer.status },
                    { QStringLiteral("error"), c.error } });
        then(c);
    });
}

void TelegramOwnerBot::say(const QString &chatId, const QString &text, const Next &next, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(key("chat_id"), telegram::chatIdValue(chatId));
    body.insert(key("text"), text.left(4096));
    call(QStringLiteral("sendMessage"), body, [this, body, next](const Call &c) {
        if (c.answer.status == 429)
            m_queued.append({ QStringLiteral("sendMessage"), body });
        next();
    });
}

qint64 TelegramOwnerBot::sendToOwner(const QString &text)
{
    const QString chat = m_pairing->pairedChat(Channel::Telegram);
    if (!isConfigured() || chat.isEmpty() || waiting()) // waiting: Telegram's retry_after has not passed
        return 0;
    const qint64 id = m_nextRequestId++;
    const QJsonObject body{ { key("chat_id"), telegram::chatIdValue(chat) }, { key("text"), text.left(4096) } };
    call(QStringLiteral("sendMessage"), body,
        [this, id](const Call &c) { Q_EMIT ownerMessageSent(id, c.ok(), c.error, c.transportFailed && c.requestSent); });
    return id;
}

void TelegramOwnerBot::poll()
{
    if (!isConfigured()) {
        Q_EMIT pollFinished(false, tr("The owner's Telegram bot is not set up."));
        return;
    }
    if (m_polling) {
        Q_EMIT pollFinished(false, tr("The owner's Telegram bot is still busy with the last round."));
        return;
    }
    if (waiting()) {
        Q_EMIT pollFinished(false, tr("Telegram asked to wait until %1.").arg(m_notBefore.toString(Qt::ISODate)));
        return;
    }
    m_polling = true;
    flushQueued([this] {
        QList<qint64> ids;
        if (isPaired())
            for (const DraftRow &d : ChaseEngine(m_book).pendingDrafts(draftsPerPoll))
                ids.append(d.id);
        pushDrafts(m_prompts->notShown(Channel::Telegram, ids), [this] {
            if (waiting())
                finishPoll(false, tr("Telegram asked to wait until %1.").arg(m_notBefore.toString(Qt::ISODate)));
            else
                fetchUpdates();
        });
    });
}

void TelegramOwnerBot::finishPoll(bool ok, const QString &error)
{
    m_polling = false;
    m_updates = QJsonArray();
    Q_EMIT pollFinished(ok, error);
}

void TelegramOwnerBot::flushQueued(const Next &next)
{
    if (m_queued.isEmpty() || waiting()) {
        next();
        return;
    }
    const auto [method, body] = m_queued.takeFirst();
    call(method, body, [this, method, body, next](const Call &c) {
        if (c.answer.status == 429) {
            m_queued.prepend({ method, body });
            next();
            return;
        }
        flushQueued(next);
    });
}

void TelegramOwnerBot::pushDrafts(QList<qint64> draftIds, const Next &next)
{
    if (draftIds.isEmpty() || waiting()) {
        next();
        return;
    }
    const qint64 draftId = draftIds.takeFirst();
    const Next rest = [this, draftIds, next] { pushDrafts(draftIds, next); };
    QString error;
    const auto toShow = m_drafts.toShow(draftId, m_pairing->pairedChat(Channel::Telegram), &error);
    if (!toShow) {
        m_log.info(QStringLiteral("draft_not_shown"),
            { { QStringLiteral("draft_id"), draftId }, { QStringLiteral("error"), error } });
        rest();
        return;
    }
    showDraft(toShow->first, toShow->second, rest, false);
}

void TelegramOwnerBot::showDraft(const DraftRow &draft, const OwnerPrompt &prompt, const Next &next, bool again)
{
    const auto button = [&prompt](const QString &label, OwnerButton::Action action) {
        const OwnerButton b{ action, prompt.draftId, prompt.nonce };
        return QJsonObject{ { key("text"), label }, { key("callback_data"), b.data() } };
    };
    const QJsonArray row{ button(tr("Send"), OwnerButton::Action::Send), button(tr("Edit"), OwnerButton::Action::Edit),
        button(tr("Skip"), OwnerButton::Action::Skip) };
    const QString text = again ? OwnerChatTexts::changed(shownText(m_book, draft)) : shownText(m_book, draft);
    const QJsonObject body{ { key("chat_id"), telegram::chatIdValue(prompt.chatId) }, { key("text"), text },
        { key("reply_markup"), QJsonObject{ { key("inline_keyboard"), QJsonArray{ row } } } } };
    const qint64 promptId = prompt.id;
    call(QStringLiteral("sendMessage"), body, [this, promptId, next](const Call &c) {
        using Delivery = OwnerDraftFlow::Delivery;
        const qint64 messageId = integer(c.answer.result.toObject().value(key("message_id")));
        // Never sent, throttled or a server error: not shown, shown later. Refused for good (403 blocked, 400): not
        // offered again. Without a message id it may have been shown all the same.
        const int status = c.answer.status;
        const bool tryLater = status == 429 || status >= 500;
        const Delivery delivery = c.ok() && messageId > 0                                   ? Delivery::Sent
            : (c.transportFailed && !c.requestSent) || (!c.transportFailed && tryLater)      ? Delivery::NotSent
            : !c.transportFailed && status != 200                                            ? Delivery::Refused
                                                                                             : Delivery::Perhaps;
        if (delivery == Delivery::Refused)
            m_log.warning(QStringLiteral("draft_refused"), { { QStringLiteral("error"), c.error } });
        QString error;
        if (!m_drafts.shown(promptId, delivery, QString::number(messageId), &error))
            m_log.warning(QStringLiteral("prompt_not_updated"), { { QStringLiteral("error"), error } });
        next();
    });
}

void TelegramOwnerBot::fetchUpdates()
{
    QJsonObject body{ { key("timeout"), m_settings.pollTimeoutSeconds },
        { key("allowed_updates"), QJsonArray{ QStringLiteral("message"), QStringLiteral("callback_query") } } };
    const qint64 offset = storedOffset();
    if (offset > 0)
        body.insert(key("offset"), offset);
    call(
        QStringLiteral("getUpdates"), body,
        [this](const Call &c) {
            if (!c.ok() || !c.answer.result.isArray()) {
                finishPoll(false, c.error.isEmpty() ? tr("Telegram's updates could not be read.") : c.error);
                return;
            }
            m_updates = c.answer.result.toArray();
            m_log.info(QStringLiteral("polled"), { { QStringLiteral("updates"), m_updates.size() } });
            nextUpdate();
        },
        m_settings.pollTimeoutSeconds * 1000 + m_settings.requestTimeoutMs);
}

void TelegramOwnerBot::nextUpdate()
{
    if (m_updates.isEmpty()) {
        finishPoll(true, QString());
        return;
    }
    const QJsonObject update = m_updates.takeAt(0).toObject();
    const qint64 next = integer(update.value(key("update_id"))) + 1;
    if (next <= storedOffset()) { // handled before (Telegram sent it again): its effect is in the book already
        nextUpdate();
        return;
    }
    handleUpdate(update, next, [this] { nextUpdate(); });
}

void TelegramOwnerBot::handleUpdate(const QJsonObject &update, qint64 next, const Next &done)
{
    const QJsonObject query = update.value(key("callback_query")).toObject();
    if (!query.isEmpty()) {
        handleButton(query, next, done);
        return;
    }
    const QJsonObject message = update.value(key("message")).toObject();
    const QString chatId = telegram::chatIdOf(message);
    const QString text = message.value(key("text")).toString().trimmed();
    if (chatId.isEmpty()) {
        if (advance(next))
            done();
        return;
    }
    if (text == QLatin1String("/start") || text.startsWith(QLatin1String("/start "))) {
        handleStart(chatId, text, next, done);
        return;
    }
    if (chatId != m_pairing->pairedChat(Channel::Telegram)) {
        refuse(chatId, QStringLiteral("message"), QString(), next, done);
        return;
    }
    const QJsonObject voice = message.value(key("voice")).toObject();
    const QJsonObject audio = message.value(key("audio")).toObject();
    if (!voice.isEmpty() || !audio.isEmpty()) {
        handleVoice(chatId, voice.isEmpty() ? audio : voice, audio.value(key("file_name")).toString(), next, done);
        return;
    }
    if (text.isEmpty()) { // a sticker, a photo: nothing to act on
        if (advance(next))
            done();
        return;
    }
    if (const qint64 draftId = m_prompts->editing(Channel::Telegram)) {
        handleNewWording(chatId, draftId, text, next, done);
        return;
    }
    handleText(chatId, text, next, done);
}

void TelegramOwnerBot::handleStart(const QString &chatId, const QString &text, qint64 next, const Next &done)
{
    const QString code = text.mid(6).trimmed();
    const QString paired = m_pairing->pairedChat(Channel::Telegram);
    if (code.isEmpty()) {
        if (chatId != paired) {
            refuse(chatId, QStringLiteral("start"), QString(), next, done);
        } else if (advance(next)) {
            say(chatId, tr("We are already paired: I will send you reminders to approve here."), done);
        }
        return;
    }
    QString error;
    const auto outcome = m_pairing->pair(Channel::Telegram, chatId, code, &error, withOffset(next));
    m_log.info(QStringLiteral("pairing"), { { QStringLiteral("chat_id"), chatId },
        { QStringLiteral("outcome"), outcome == OwnerPairing::Outcome::Paired ? key("paired") : key("refused") } });
    if (outcome == OwnerPairing::Outcome::Failed)
        notStored(error);
    else
        say(chatId, OwnerChatTexts::pairing(outcome, QStringLiteral("/start 482913")), done);
}

void TelegramOwnerBot::refuse(
    const QString &chatId, const QString &what, const QString &callbackId, qint64 next, const Next &done)
{
    QString error;
    if (!m_pairing->recordRefusal(Channel::Telegram, chatId, what, &error, withOffset(next))) {
        notStored(error);
        return;
    }
    m_log.warning(QStringLiteral("stranger_refused"),
        { { QStringLiteral("chat_id"), chatId }, { QStringLiteral("what"), what } });
    const QString refusal = OwnerChatTexts::refusal(m_book);
    if (callbackId.isEmpty()) {
        say(chatId, refusal, done);
        return;
    }
    const QJsonObject body{ { key("callback_query_id"), callbackId }, { key("text"), refusal.left(200) } };
    call(QStringLiteral("answerCallbackQuery"), body, [done](const Call &) { done(); });
}

void TelegramOwnerBot::handleButton(const QJsonObject &query, qint64 next, const Next &done)
{
    const QJsonObject message = query.value(key("message")).toObject();
    QString chatId = telegram::chatIdOf(message);
    if (chatId.isEmpty()) // the message is too old for Telegram to include: the presser is all there is
        chatId = QString::number(integer(query.value(key("from")).toObject().value(key("id"))));
    const QString paired = m_pairing->pairedChat(Channel::Telegram);
    if (paired.isEmpty() || chatId != paired) {
        refuse(chatId, QStringLiteral("button"), query.value(key("id")).toString(), next, done);
        return;
    }
    const std::optional<OwnerButton> button = OwnerButton::parse(query.value(key("data")).toString());
    const std::optional<OwnerPrompt> prompt = button ? m_prompts->forButton(Channel::Telegram, *button) : std::nullopt;
    if (!prompt) {
        // Forged, or from an earlier showing of a draft since edited or decided: it does nothing.
        m_log.info(QStringLiteral("stale_button"));
        if (advance(next))
            answerButton(query, tr("That button is out of date."), QString(), done);
        return;
    }
    answerPress(query, m_drafts.press(*prompt, button->action, withOffset(next)), done);
}

void TelegramOwnerBot::answerPress(const QJsonObject &query, const OwnerDraftFlow::Result &r, const Next &done)
{
    using Outcome = OwnerDraftFlow::Outcome;
    switch (r.outcome) {
    case Outcome::Approved:
        answerButton(query, tr("Approved"),
            shownText(m_book, *r.draft) + QStringLiteral("\n\n") + tr("Approved — it will go out shortly."), done);
        return;
    case Outcome::Skipped:
        answerButton(query, tr("Skipped"), shownText(m_book, *r.draft) + QStringLiteral("\n\n") + tr("Skipped."), done);
        return;
    case Outcome::Editing: {
        const QString chatId = r.prompt.chatId;
        const QString ask = OwnerChatTexts::askNewWording(*r.draft);
        answerButton(
            query, tr("Send me the new wording"), QString(), [this, chatId, ask, done] { say(chatId, ask, done); });
        return;
    }
    case Outcome::AlreadyHandled: {
        QString text = query.value(key("message")).toObject().value(key("text")).toString();
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + OwnerChatTexts::alreadyHandled();
        answerButton(query, tr("Already handled"), text, done);
        return;
    }
    case Outcome::Refused:
        m_log.warning(QStringLiteral("decision_failed"), { { QStringLiteral("error"), r.error } });
        answerButton(query, r.error.left(200), QString(), done);
        return;
    case Outcome::Reworded: // not an outcome of a press
    case Outcome::Failed:
        break;
    }
    notStored(r.error);
}

void TelegramOwnerBot::answerButton(
    const QJsonObject &query, const QString &text, const QString &newMessageText, const Next &done)
{
    const QJsonObject answer{ { key("callback_query_id"), query.value(key("id")).toString() }, { key("text"), text } };
    const QJsonObject message = query.value(key("message")).toObject();
    const qint64 messageId = integer(message.value(key("message_id")));
    // Without a reply markup the edited message has no buttons left.
    const QJsonObject edit{ { key("chat_id"), telegram::chatIdValue(telegram::chatIdOf(message)) },
        { key("message_id"), messageId }, { key("text"), newMessageText.left(4096) } };
    call(QStringLiteral("answerCallbackQuery"), answer, [this, edit, newMessageText, messageId, done](const Call &) {
        if (newMessageText.isEmpty() || messageId <= 0) {
            done();
            return;
        }
        call(QStringLiteral("editMessageText"), edit, [this, edit, done](const Call &c) {
            if (c.answer.status == 429)
                m_queued.append({ QStringLiteral("editMessageText"), edit });
            done();
        });
    });
}

void TelegramOwnerBot::handleText(const QString &chatId, const QString &text, qint64 next, const Next &done)
{
    // The Assistant writes only after a yes; a "yes" delivered again after a crash finds nothing open.
    const QString answer = m_assistant->reply(text);
    if (advance(next))
        say(chatId, answer, done);
}

void TelegramOwnerBot::handleNewWording(
    const QString &chatId, qint64 draftId, const QString &text, qint64 next, const Next &done)
{
    const auto r = m_drafts.reword(draftId, text, withOffset(next));
    switch (r.outcome) {
    case OwnerDraftFlow::Outcome::Reworded:
        showDraft(*r.draft, r.prompt, done, true);
        return;
    case OwnerDraftFlow::Outcome::AlreadyHandled:
        say(chatId, OwnerChatTexts::wordingNotUsed(), done);
        return;
    case OwnerDraftFlow::Outcome::Refused:
        m_log.warning(QStringLiteral("edit_failed"), { { QStringLiteral("error"), r.error } });
        say(chatId, r.error, done);
        return;
    default:
        notStored(r.error);
        return;
    }
}

void TelegramOwnerBot::handleVoice(
    const QString &chatId, const QJsonObject &file, const QString &fileName, qint64 next, const Next &done)
{
    if (!m_settings.transcription.isConfigured()) {
        if (advance(next))
            say(chatId, OwnerChatTexts::voiceNotSetUp(), done);
        return;
    }
    const auto unheard = [this, chatId, next, done] {
        if (advance(next))
            say(chatId, OwnerChatTexts::voiceNotHeard(), done);
    };
    const QString mimeType = file.value(key("mime_type")).toString(QStringLiteral("audio/ogg"));
    const QJsonObject body{ { key("file_id"), file.value(key("file_id")).toString() } };
    call(QStringLiteral("getFile"), body, [=, this](const Call &c) {
        const QString path = c.answer.result.toObject().value(key("file_path")).toString();
        if (c.answer.status == 429) { // the note stays unhandled until Telegram lets us ask again
            finishPoll(false, c.error);
            return;
        }
        if (!c.ok() || path.isEmpty()) {
            unheard();
            return;
        }
        QNetworkReply *reply
            = telegram::download(*m_network, m_settings.apiBase, m_settings.token, path, m_settings.requestTimeoutMs);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray audio = reply->error() == QNetworkReply::NoError && status == 200 ? reply->readAll() : QByteArray();
            if (audio.isEmpty()) {
                m_log.warning(QStringLiteral("voice_not_downloaded"), { { QStringLiteral("status"), status } });
                unheard();
                return;
            }
            const QString name = fileName.isEmpty() ? path.section(QLatin1Char('/'), -1) : fileName;
            auto connection = std::make_shared<QMetaObject::Connection>();
            auto requestId = std::make_shared<qint64>(0);
            *connection = connect(m_transcription, &TranscriptionClient::finished, this,
                [=, this](qint64 id, bool ok, const QString &heard, const QString &error) {
                    if (id != *requestId)
                        return;
                    disconnect(*connection);
                    if (!ok || heard.isEmpty()) {
                        m_log.warning(QStringLiteral("voice_not_transcribed"), { { QStringLiteral("error"), error } });
                        unheard();
                        return;
                    }
                    answerHeard(chatId, heard, next, done);
                });
            *requestId = m_transcription->transcribe(audio, name, mimeType);
        });
    });
}

void TelegramOwnerBot::answerHeard(const QString &chatId, const QString &heard, qint64 next, const Next &done)
{
    const QString answer = m_assistant->reply(heard);
    if (advance(next))
        say(chatId, OwnerChatTexts::heard(heard, answer), done);
}

} // namespace duedesk
