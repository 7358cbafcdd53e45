#include "OwnerChatTexts.h"

#include <Book.h>
#include <ChaseTypes.h>
#include <Money.h>
#include <QSqlQuery>
#include <Tone.h>

namespace duedesk {

QString OwnerChatTexts::draft(Book &book, const DraftRow &draft)
{
    QString amount;
    QSqlQuery q(book.database());
    q.prepare(QStringLiteral("SELECT amount_minor - paid_minor, currency FROM bills WHERE id = ?"));
    q.addBindValue(draft.billId);
    if (q.exec() && q.next())
        amount = Money(q.value(0).toLongLong(), q.value(1).toString()).toDisplayString(book.locale());
    return tr("Reminder to %1 for %2 (%3 outstanding), %4:\n\n%5")
        .arg(draft.clientName, draft.billNumber, amount, toneDisplayName(draft.tone), draft.body);
}

QString OwnerChatTexts::changed(const QString &draftText)
{
    return tr("Changed. %1").arg(draftText);
}

QString OwnerChatTexts::refusal(Book &book)
{
    QString business = book.setting(QStringLiteral("business_name"));
    if (business.isEmpty())
        business = tr("a business");
    return tr("This is a private assistant for %1. It only talks to its owner, so I can't help you here — sorry.")
        .arg(business);
}

QString OwnerChatTexts::pairing(OwnerPairing::Outcome outcome, const QString &example)
{
    switch (outcome) {
    case OwnerPairing::Outcome::Paired:
        return tr("Paired. I will send you reminders to approve here.");
    case OwnerPairing::Outcome::Expired:
        return tr("Sorry, that code has expired. Please ask DueDesk on your computer for a new one.");
    case OwnerPairing::Outcome::WrongCode:
        return tr("Sorry, that code is not right. Please send the code DueDesk shows on your computer, like “%1”.")
            .arg(example);
    case OwnerPairing::Outcome::Failed:
        break;
    }
    return QString();
}

QString OwnerChatTexts::askNewWording(const DraftRow &draft)
{
    return tr("Send me the new wording for the reminder to %1 (%2).").arg(draft.clientName, draft.billNumber);
}

QString OwnerChatTexts::alreadyHandled()
{
    return tr("Already handled.");
}

QString OwnerChatTexts::wordingNotUsed()
{
    return tr("That reminder was already handled, so I left it as it was.");
}

QString OwnerChatTexts::voiceNotSetUp()
{
    return tr("Voice notes are not set up yet — please type it, or set up transcription in Settings.");
}

QString OwnerChatTexts::voiceNotHeard()
{
    return tr("Sorry, I couldn't make out that voice note — please type it.");
}

QString OwnerChatTexts::heard(const QString &heard, const QString &answer)
{
    return tr("I heard: “%1”").arg(heard) + QStringLiteral("\n\n") + answer;
}

} // namespace duedesk
