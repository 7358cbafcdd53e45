#pragma once

#include "OwnerChannel.h"
#include "OwnerDraftFlow.h"
#include "RedactingLog.h"
#include "TelegramApi.h"
#include "TranscriptionClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace duedesk {

class Assistant;
class Book;
class OwnerPairing;
class OwnerPrompts;
struct DraftRow;
struct OwnerPrompt;

struct TelegramOwnerBotSettings {
    QUrl apiBase = QUrl(QStringLiteral("https://api.telegram.org"));
    QString token; // the owner's assistant bot's token (DUEDESK_TELEGRAM_OWNER_TOKEN); never logged
    int pollTimeoutSeconds = 25; // getUpdates long polling; 0 answers at once (duedesk-cli run --once)
    int requestTimeoutMs = 30 * 1000; // no answer for this long: the request failed (added to the poll timeout)
    TranscriptionSettings transcription; // voice notes; not configured: the owner is told to type
};

// The owner's assistant over the Telegram Bot API, a bot of its own (not the business bot clients talk to).
//
// - Pairing: "/start <code>" with the code the desktop shows (OwnerPairing) makes that chat the owner's. Anyone
//   else who writes or presses a button is answered with a polite refusal, counted, audited and logged, and
//   changes nothing.
// - Each poll() shows the paired chat the pending drafts it has not been shown yet (up to draftsPerPoll, oldest
//   first), each with Send / Edit / Skip buttons whose callback_data is OwnerButton::data(); the prompt is recorded
//   (OwnerPrompts) before the message goes out, so a draft is never shown twice. A press with another showing's
//   nonce does nothing. Send approves and Skip skips the draft (OwnerDraftFlow, as on every owner's channel; actor
//   "owner via Telegram"); the press is answered at once (answerCallbackQuery) and the message edited to show the
//   outcome, or "Already handled" when the draft was decided elsewhere. Edit asks for the new wording; the owner's
//   next text replaces the draft's and the draft is shown again with fresh buttons.
// - Other text, and voice notes once transcription is set up, go to one Assistant kept for the bot; its answer is
//   sent back.
// - getUpdates asks for "message" and "callback_query"; the offset ("telegram-owner:<bot id>:offset") is moved
//   past an update in the same transaction as the update's book write where there is one (pairing, refusal,
//   prompt state), otherwise right after the update's effect; it never moves backwards.
// - 429: nothing is asked of Telegram before retry_after; an update not handled yet stays for the next poll, a
//   draft not shown yet is shown later, and an answer to the owner is sent again at the next poll.
//
// The bot may run on a worker thread; the book is used through that thread's connection.
class TelegramOwnerBot : public OwnerChannel
{
    Q_OBJECT
public:
    static constexpr int draftsPerPoll = 20;

    TelegramOwnerBot(Book &book, TelegramOwnerBotSettings settings, QObject *parent = nullptr);
    ~TelegramOwnerBot() override;

    Channel channel() const override { return Channel::Telegram; }
    bool isConfigured() const override;
    bool isPaired() const override;
    qint64 sendToOwner(const QString &text) override;
    void poll() override;

    // The next update_id asked for (0: none handled yet), as persisted in the book.
    qint64 storedOffset() const;
    // The bot's numeric id, the part of the token before ':' (not a secret).
    QString botId() const;
    // Before this (the book's clock) nothing is asked of Telegram: a 429's retry_after. Invalid when none.
    QDateTime notBefore() const { return m_notBefore; }

private:
    struct Call {
        bool transportFailed = false; // no complete HTTP answer
        bool requestSent = false;
        telegram::ApiAnswer answer;
        QString error; // redacted, for logs and signals
        bool ok() const { return !transportFailed && answer.status == 200 && answer.ok; }
    };
    using Then = std::function<void(const Call &)>;
    using Next = std::function<void()>;

    void call(const QString &method, const QJsonObject &body, const Then &then, int timeoutMs = 0);
    void say(const QString &chatId, const QString &text, const Next &next, const QJsonObject &extra = {});
    void flushQueued(const Next &next);
    void finishPoll(bool ok, const QString &error);
    bool waiting() const;

    void pushDrafts(QList<qint64> draftIds, const Next &next);
    void showDraft(const DraftRow &draft, const OwnerPrompt &prompt, const Next &next, bool again);
    void fetchUpdates();
    void nextUpdate();
    void handleUpdate(const QJsonObject &update, qint64 next, const Next &done);
    void handleStart(const QString &chatId, const QString &text, qint64 next, const Next &done);
    void refuse(const QString &chatId, const QString &what, const QString &callbackId, qint64 next, const Next &done);
    void handleButton(const QJsonObject &query, qint64 next, const Next &done);
    void answerPress(const QJsonObject &query, const OwnerDraftFlow::Result &r, const Next &done);
    void answerButton(const QJsonObject &query, const QString &text, const QString &newMessageText, const Next &done);
    void handleText(const QString &chatId, const QString &text, qint64 next, const Next &done);
    void handleNewWording(const QString &chatId, qint64 draftId, const QString &text, qint64 next, const Next &done);
    void handleVoice(const QString &chatId, const QJsonObject &file, const QString &fileName, qint64 next,
                     const Next &done);
    void answerHeard(const QString &chatId, const QString &heard, qint64 next, const Next &done);

    bool saveOffset(qint64 offset, QString *error) const;
    // Moves the offset in the transaction of an update's book write.
    bridgestate::InTransaction withOffset(qint64 offset) const;
    bool advance(qint64 offset);
    void notStored(const QString &error);
    QString offsetKey() const;

    Book &m_book;
    TelegramOwnerBotSettings m_settings;
    QNetworkAccessManager *m_network;
    TranscriptionClient *m_transcription;
    std::unique_ptr<Assistant> m_assistant;
    std::unique_ptr<OwnerPairing> m_pairing;
    std::unique_ptr<OwnerPrompts> m_prompts;
    OwnerDraftFlow m_drafts;
    RedactingLog m_log;
    QDateTime m_notBefore;
    bool m_polling = false;
    QJsonArray m_updates; // the batch being handled, in order
    QList<std::pair<QString, QJsonObject>> m_queued; // answers to the owner refused with 429: sent again later
    qint64 m_nextRequestId = 1;
};

} // namespace duedesk
