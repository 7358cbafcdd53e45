#pragma once

#include <BridgeState.h>
#include <ChaseTypes.h>
#include <Domain.h>
#include <OwnerPrompts.h>
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>

namespace duedesk {

class Book;

// A draft's way through the owner's chat, as the book sees it, the same on every owner's channel (ChaseEngine for
// the draft, OwnerPrompts for its showing): shown once, then pressed (Send / Edit / Skip) or reworded. The channel
// only sends the messages.
//
// `also` (the channel's "this message is handled") runs in the transaction of the prompt's new state, or alone
// when there is none to write; it has run for every outcome but Failed.
class OwnerDraftFlow
{
    Q_DECLARE_TR_FUNCTIONS(OwnerDraftFlow)
public:
    enum class Outcome {
        Approved, // queued for sending
        Skipped,
        Editing, // the owner's next text is the draft's new wording
        Reworded, // the new wording is the draft's; `prompt` is its fresh showing, to be sent
        AlreadyHandled, // decided elsewhere (the desktop, another channel) before this
        Refused, // ChaseEngine said no and the draft still waits; `error` says why, for the owner
        Failed, // the book could not be written; `error` says why; nothing changed
    };
    struct Result {
        Outcome outcome = Outcome::Failed;
        std::optional<DraftRow> draft; // as it was before the decision (Reworded: after)
        OwnerPrompt prompt;
        QString error;
    };

    OwnerDraftFlow(Book &book, Channel channel, QString actor)
        : m_book(book)
        , m_channel(channel)
        , m_actor(std::move(actor))
        , m_prompts(book)
    {
    }

    // The draft, if it still waits, with its prompt in chatId recorded before the message goes out (so a crash in
    // between cannot show it twice); std::nullopt and *error when it no longer waits or cannot be recorded.
    std::optional<std::pair<DraftRow, OwnerPrompt>> toShow(qint64 draftId, const QString &chatId, QString *error);
    // What became of the message that shows the prompt: sent (its provider id is kept), certainly not sent for now
    // (throttled, a server error, or never sent: the prompt is forgotten, so the draft is shown at the next chance),
    // perhaps sent, or refused by the provider (a 4xx that trying again will not change: the owner blocked the
    // bot, a bad request). The last two keep the prompt as it is, so the draft is not offered again and again; the
    // desktop still has it.
    enum class Delivery { Sent, NotSent, Perhaps, Refused };
    bool shown(qint64 promptId, Delivery delivery, const QString &providerMessageId, QString *error);

    // prompt: OwnerPrompts::forButton() of the press.
    Result press(const OwnerPrompt &prompt, OwnerButton::Action action, const bridgestate::InTransaction &also);
    Result reword(qint64 draftId, const QString &text, const bridgestate::InTransaction &also);

private:
    Result finish(Outcome outcome, Result r, const bridgestate::InTransaction &also);
    Result gone(Result r, const bridgestate::InTransaction &also);

    Book &m_book;
    Channel m_channel;
    QString m_actor;
    OwnerPrompts m_prompts;
};

} // namespace duedesk
