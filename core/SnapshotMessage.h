#pragma once

#include "CashSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace duedesk {

// The weekly cash snapshot as a chat message for the owner (Telegram or WhatsApp): plain text, no markup, always
// shorter than maxLength. A one-line summary on top ("£1,240.00 came in last week; £8,300.00 is still owed,
// £2,100.00 of it overdue."), then the week's figures, the overdue amounts by age, DSO, the payments promised for
// the week and the largest debtors. Money in the snapshot's currency, shown in locale (Book::locale()).
class SnapshotMessage
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotMessage)
public:
    // The shorter of Telegram's (4096) and WhatsApp's text limits.
    static constexpr int maxLength = 4096;
    // At most this many promised payments are listed; the rest are counted.
    static constexpr int maxPromisedListed = 10;

    // today decides how the week is named: "last week", "so far this week", or "in the week of Mon 16 Nov".
    static QString text(const CashSnapshot &snapshot, const QLocale &locale, const QDate &today);
    // The summary line alone.
    static QString summary(const CashSnapshot &snapshot, const QLocale &locale, const QDate &today);
};

} // namespace duedesk
