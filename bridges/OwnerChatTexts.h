#pragma once

#include <OwnerPairing.h>
#include <QCoreApplication>
#include <QString>

namespace duedesk {

class Book;
struct DraftRow;

// Words the owner's assistant says the same way on every channel (TelegramOwnerBot, WhatsAppOwnerChannel). What only
// one channel can say (Telegram's button answers and edited messages, WhatsApp's replies naming the draft, since it
// cannot edit a message) stays with that channel.
class OwnerChatTexts
{
    Q_DECLARE_TR_FUNCTIONS(OwnerChatTexts)
public:
    // "Reminder to <client> for <bill> (<outstanding> outstanding), <tone>:" and the draft's text.
    static QString draft(Book &book, const DraftRow &draft);
    // The draft shown again after the owner reworded it.
    static QString changed(const QString &draftText);
    // The polite answer to anyone but the paired owner.
    static QString refusal(Book &book);

    // The answer to a pairing attempt; `example` is how the channel's pairing command looks ("/start 482913").
    // Empty for OwnerPairing::Outcome::Failed: the book could not be written, and the channel says nothing.
    static QString pairing(OwnerPairing::Outcome outcome, const QString &example);

    // After Edit: the owner's next text is the draft's new wording.
    static QString askNewWording(const DraftRow &draft);
    // A press on a draft decided elsewhere (the desktop, the other channel).
    static QString alreadyHandled();
    // New wording for a draft decided meanwhile: it is not used.
    static QString wordingNotUsed();

    static QString voiceNotSetUp();
    static QString voiceNotHeard();
    // What the owner said in a voice note, then the assistant's answer to it.
    static QString heard(const QString &heard, const QString &answer);
};

} // namespace duedesk
