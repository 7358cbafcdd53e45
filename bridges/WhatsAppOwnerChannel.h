#pragma once

#include "OwnerChannel.h"
#include "OwnerDraftFlow.h"
#include "RedactingLog.h"
#include "TranscriptionClient.h"
#include "WhatsAppBridge.h"
#include "WhatsAppOwnerInbox.h"

#include <OwnerPrompts.h>
#include <QHash>
#include <QNetworkAccessManager>
#include <functional>
#include <memory>

namespace duedesk {

class Assistant;
class Book;
class OwnerPairing;
struct DraftRow;

struct WhatsAppOwnerChannelSettings {
    // The business WhatsApp account (the owner writes to the business number from their own phone): API base,
    // version, phone number id and token (DUEDESK_WHATSAPP_*); the token is never logged.
    WhatsAppBridge::Settings api;
    TranscriptionSettings transcription; // voice notes; not configured: the owner is told to type
    // An approved template (body parameter 1 = how many reminders wait) sent once when drafts wait and the 24-hour
    // window is closed; empty: no nudge, the drafts wait for the owner's next message (the desktop has them).
    QString nudgeTemplate;
    QString nudgeLanguage = QStringLiteral("en");
};

// The owner's assistant over WhatsApp, on the business account's number. The webhook (WhatsAppWebhookServer with
// Settings::ownerAssistant) queues the owner's messages in the book (WhatsAppOwnerInbox); poll() handles them in
// order, each marked handled in the same transaction as its effect, so none is handled twice, then shows drafts.
//
// - Pairing: "start <code>" or "/start <code>" (any case) with the code the desktop shows (OwnerPairing; one code
//   may serve Telegram and WhatsApp) makes that wa_id the owner's. A stranger's press of a draft button is
//   refused politely, counted and audited, and changes nothing; a stranger's other messages are a client's
//   business and never come here.
// - Drafts the owner has not been shown on WhatsApp go out as interactive reply-button messages (Send / Edit /
//   Skip, ids OwnerButton::data() with the prompt's nonce), recorded (OwnerPrompts) before sending. WhatsApp
//   allows them only within 24 hours of the owner's last message to the business number: outside that window
//   nothing is shown (the drafts wait) and, when nudgeTemplate is set, one template nudge is sent per closed window.
// - Send approves and Skip skips the draft (ChaseEngine, actor "owner via WhatsApp"), Edit asks for the new wording
//   and the owner's next text replaces it and shows the draft again with fresh buttons. A press of an earlier
//   showing's buttons does nothing; a draft decided elsewhere is answered "Already handled". WhatsApp cannot edit
//   a message once sent, so every outcome is a short reply message, and the old buttons stay on screen (inert).
// - Other text, and voice notes once transcription is set up (GET /{media-id}, then the media URL, both with the
//   token), go to one Assistant kept for the channel; its answer is sent back.
// - Replies are sent once, after the message is marked handled; one that fails is logged, not retried.
//
// Lives on one thread and uses the book's connection of that thread.
class WhatsAppOwnerChannel : public OwnerChannel
{
    Q_OBJECT
public:
    static constexpr int draftsPerPoll = 20;
    static constexpr int windowHours = 24;

    WhatsAppOwnerChannel(Book &book, WhatsAppOwnerChannelSettings settings, QObject *parent = nullptr);
    ~WhatsAppOwnerChannel() override;

    Channel channel() const override { return Channel::WhatsApp; }
    bool isConfigured() const override;
    bool isPaired() const override;
    // Outside the 24-hour window the request fails (ownerMessageSent with ok = false and the reason), since
    // WhatsApp refuses free text there.
    qint64 sendToOwner(const QString &text) override;
    void poll() override;

    // True while the owner's last message to the business number is less than 24 hours old (the book's clock).
    bool insideWindow() const;

private:
    // What a send of the message showing a draft means for its prompt (OwnerDraftFlow::shown).
    static OwnerDraftFlow::Delivery deliveryOf(const SendResult &result);
    using Next = std::function<void()>;
    using Sent = std::function<void(const SendResult &)>;
    using Message = WhatsAppOwnerMessage;

    void send(const QJsonObject &body, const Sent &then);
    void say(const QString &to, const QString &text, const Next &next);
    void finishPoll(bool ok, const QString &error);
    bool advance(const Message &m);
    bool stored(bool ok, const QString &error);

    void nextMessage();
    void handle(const Message &m, const Next &done);
    void handleStart(const Message &m, const QString &code, const Next &done);
    void refuse(const Message &m, const Next &done);
    void handleButton(const Message &m, const OwnerButton &button, const Next &done);
    void handleNewWording(const Message &m, qint64 draftId, const Next &done);
    void answerDecision(const Message &m, const OwnerDraftFlow::Result &r, const Next &done);
    void handleVoice(const Message &m, const Next &done);
    void transcribe(const Message &m, const QByteArray &audio, const Next &done);
    // words: the owner's text, or what a voice note said (spoken), for the Assistant.
    void answer(const Message &m, const QString &words, bool spoken, const Next &done);

    void pushDrafts(QList<qint64> draftIds, const Next &next);
    void showDraft(const DraftRow &draft, const OwnerPrompt &prompt, const Next &next, bool again);
    void nudge(int waiting, const Next &next);

    QNetworkReply *get(const QUrl &url);
    QUrl graphUrl(const QString &path) const;

    Book &m_book;
    WhatsAppOwnerChannelSettings m_settings;
    WhatsAppBridge *m_api;
    QNetworkAccessManager *m_network;
    TranscriptionClient *m_transcription;
    std::unique_ptr<Assistant> m_assistant;
    std::unique_ptr<OwnerPairing> m_pairing;
    std::unique_ptr<OwnerPrompts> m_prompts;
    WhatsAppOwnerInbox m_inbox;
    RedactingLog m_log;
    QHash<quint64, Sent> m_sending; // WhatsAppBridge tickets -> what to do with the result
    QList<Message> m_queue; // the round's messages, in order
    bool m_polling = false;
    qint64 m_nextRequestId = 1;
};

} // namespace duedesk
