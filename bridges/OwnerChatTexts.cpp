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

QString OwnerChatTexts::refusal(Book &book)
{
    QString business = book.setting(QStringLiteral("business_name"));
    if (business.isEmpty())
        business = tr("a business");
    return tr("This is a private assistant for %1. It only talks to its owner, so I can't help you here — sorry.")
        .arg(business);
}

} // namespace duedesk
