#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace duedesk {

// Which number comes first in numeric dates like 03/04: the client's or owner's region decides
// (US, PH and a few others write month first).
enum class DateOrder { DayFirst, MonthFirst };
DateOrder dateOrderForRegion(const QString &region);

// A date expression found in free text ("tmrw", "next Friday", "the 5th", "30/11", "end of the month",
// "by Christmas"), resolved against `today`. Vague expressions ("soon", "asap", "later") are found too, with
// an invalid date, so that callers can tell "a time was mentioned but no date" from "no time at all".
struct DateMatch {
    QDate date;            // invalid for a vague expression
    qsizetype start = 0;   // position in the text
    qsizetype length = 0;
    bool vague = false;
};

// The date grammar: English as written in the UK, US, Ireland, India and Australia, with typos, lower case and
// abbreviations. The resolution rules are those of ../shared/nlu-dev/README.md ("Reference date").
class DateExpressions
{
public:
    // Every date expression in text, left to right, without overlaps.
    static QList<DateMatch> findAll(const QString &text, const QDate &today, DateOrder order = DateOrder::DayFirst);
    // The expression that best states "when": the last precise one dated today or later (one the text rules out,
    // as in "instead of the 1st" or "not Friday", only when there is no other), else the first vague one, else the
    // last past one ("paid yesterday"); none: invalid date.
    static DateMatch best(const QString &text, const QDate &today, DateOrder order = DateOrder::DayFirst);
};

// A money amount in free text: "£1,340", "3k", "12.50", "two hundred", "forty quid", "₹3,200", "€1.5k".
struct AmountMatch {
    double value = 0;          // a plain number in major units
    QString currency;          // ISO code when a symbol or word says so ("GBP" for £ or quid), else empty
    qsizetype start = 0;
    qsizetype length = 0;
};

class AmountExpressions
{
public:
    // Every amount in text, left to right. Numbers that are dates, times, phone numbers, invoice numbers or
    // counts of days are not amounts.
    static QList<AmountMatch> findAll(const QString &text);
};

} // namespace duedesk
