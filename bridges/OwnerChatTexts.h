#pragma once

#include <QCoreApplication>
#include <QString>

namespace duedesk {

class Book;
struct DraftRow;

// Words the owner's assistant says the same way on every channel (TelegramOwnerBot has its own copies for now).
class OwnerChatTexts
{
    Q_DECLARE_TR_FUNCTIONS(OwnerChatTexts)
public:
    // "Reminder to <client> for <bill> (<outstanding> outstanding), <tone>:" and the draft's text.
    static QString draft(Book &book, const DraftRow &draft);
    // The polite answer to anyone but the paired owner.
    static QString refusal(Book &book);
};

} // namespace duedesk
