#include "SnapshotMessage.h"

#include "Money.h"

#include <QStringList>

namespace duedesk {

namespace {

struct Formatter {
    const CashSnapshot &snapshot;
    const QLocale &locale;

    QString money(qint64 minor) const { return Money(minor, snapshot.currency).toDisplayString(locale); }
    QString day(const QDate &d) const { return locale.toString(d, QStringLiteral("ddd d MMM")); }
    // Names come from the owner's book; a very long one must not eat the message's length budget.
    static QString name(const QString &text) { return text.size() > 60 ? text.left(59) + QChar(0x2026) : text; }
};

QString period(const CashSnapshot &s, const Formatter &f, const QDate &today)
{
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    if (s.weekOf == thisWeek)
        return SnapshotMessage::tr("so far this week");
    if (s.weekOf == thisWeek.addDays(-7))
        return SnapshotMessage::tr("last week");
    return SnapshotMessage::tr("in the week of %1").arg(f.day(s.weekOf));
}

} // namespace

QString SnapshotMessage::summary(const CashSnapshot &s, const QLocale &locale, const QDate &today)
{
    if (!s.error.isEmpty())
        return tr("The cash snapshot is incomplete: %1").arg(s.error);
    const Formatter f{ s, locale };
    const WeekFigures &w = s.week;
    const QString in = w.paidMinor > 0 ? tr("%1 came in %2").arg(f.money(w.paidMinor), period(s, f, today))
                                       : tr("Nothing came in %1").arg(period(s, f, today));
    if (w.outstandingMinor <= 0)
        return tr("%1, and nobody owes you anything.").arg(in);
    if (w.overdueMinor <= 0)
        return tr("%1; %2 is still owed, none of it overdue.").arg(in, f.money(w.outstandingMinor));
    return tr("%1; %2 is still owed, %3 of it overdue.").arg(in, f.money(w.outstandingMinor), f.money(w.overdueMinor));
}

QString SnapshotMessage::text(const CashSnapshot &s, const QLocale &locale, const QDate &today)
{
    const Formatter f{ s, locale };
    const WeekFigures &w = s.week;
    QStringList lines{ summary(s, locale, today), QString() };

    lines.append(tr("Cash snapshot, week of %1 (figures as of %2)").arg(f.day(s.weekOf), f.day(w.asOf)));
    lines.append(tr("Outstanding: %1").arg(f.money(w.outstandingMinor)));
    lines.append(tr("Overdue: %1").arg(f.money(w.overdueMinor)));
    lines.append(tr("Paid in: %1").arg(f.money(w.paidMinor)));
    lines.append(tr("Promised: %1").arg(f.money(w.promisedMinor)));
    lines.append(tr("DSO: %1 days").arg(locale.toString(w.dsoDays, 'f', 1)));

    lines.append(QString());
    lines.append(tr("Overdue by age"));
    lines.append(tr("1-30 days: %1").arg(f.money(w.bucketMinor[1])));
    lines.append(tr("31-60 days: %1").arg(f.money(w.bucketMinor[2])));
    lines.append(tr("61-90 days: %1").arg(f.money(w.bucketMinor[3])));
    lines.append(tr("Over 90 days: %1").arg(f.money(w.bucketMinor[4])));

    lines.append(QString());
    if (s.promised.isEmpty()) {
        lines.append(tr("No payments are promised for the week."));
    } else {
        lines.append(tr("Promised for the week"));
        for (qsizetype i = 0; i < s.promised.size() && i < maxPromisedListed; ++i) {
            const PromisedPayment &p = s.promised.at(i);
            lines.append(
                tr("%1: %2, %3 (bill %4)")
                    .arg(f.day(p.promisedOn), f.name(p.clientName), f.money(p.amountMinor), f.name(p.billNumber)));
        }
        if (s.promised.size() > maxPromisedListed)
            lines.append(tr("...and %n more", "", int(s.promised.size() - maxPromisedListed)));
    }

    if (!s.topDebtors.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Owed the most"));
        for (qsizetype i = 0; i < s.topDebtors.size(); ++i) {
            const Debtor &d = s.topDebtors.at(i);
            QString line = tr("%1. %2: %3").arg(i + 1).arg(f.name(d.clientName), f.money(d.outstandingMinor));
            if (d.overdueMinor > 0)
                line = tr("%1 (%2 overdue)").arg(line, f.money(d.overdueMinor));
            lines.append(line);
        }
    }

    QString out = lines.join(QLatin1Char('\n'));
    // The lists are bounded, so this only bites with a translation gone wild; never let the provider refuse it.
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + QChar(0x2026);
    return out;
}

} // namespace duedesk
