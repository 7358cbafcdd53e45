#pragma once

// Internal to the date grammar (DateExpressions and the files split from it). Not a public interface.

#include "DateCalendar.h"
#include "DateWords.h"

namespace duedesk::nlu::dates {

// The date grammar: tried at each token, the first rule that matches wins; a match ends at `end` (exclusive).
// DateParser.cpp holds the driver and the parts shared by the rules (counts, times of day, vague times),
// DateRelativeForms.cpp the forms relative to today (weekdays, today/tomorrow, durations, boundaries, holidays,
// clock times), DateAbsoluteForms.cpp the stated dates (the 5th, Dec 3rd, 3/12, net 30).

struct Hit {
    QDate date;
    qsizetype end = -1;
    bool vague = false;
    explicit operator bool() const { return end >= 0; }
};

inline Hit dateHit(const QDate &d, qsizetype end)
{
    if (!d.isValid())
        return {};
    return { d, end, false };
}

inline Hit vagueHit(qsizetype end)
{
    return { QDate(), end, true };
}

struct Count {
    int value = 0; // -1: "a few", "several" (vague)
    qsizetype end = -1;
    explicit operator bool() const { return end >= 0; }
};

class DateParser
{
public:
    DateParser(const TokenizedText &text, const QDate &today, DateOrder order)
        : t(text)
        , n(text.size())
        , today(today)
        , order(order)
    {
    }

    Hit at(qsizetype i);

private:
    const TokenizedText &t;
    const qsizetype n;
    const QDate today;
    const DateOrder order;

    QStringView w(qsizetype i) const { return t.at(i); }
    bool is(qsizetype i, QStringView s) const { return w(i) == s; }
    bool isAny(qsizetype i, Words words) const
    {
        const QStringView x = w(i);
        for (QStringView s : words)
            if (x == s)
                return true;
        return false;
    }
    bool isSymbol(qsizetype i, QStringView s) const
    {
        return i >= 0 && i < n && t.tokens[i].kind == TokenKind::Symbol && t.tokens[i].text == s;
    }
    // Skips an optional word.
    qsizetype opt(qsizetype i, Words words) const { return isAny(i, words) ? i + 1 : i; }
    // Consumes a sequence of words, or returns -1.
    qsizetype seq(qsizetype i, Words words) const
    {
        for (QStringView s : words) {
            if (!is(i, s))
                return -1;
            ++i;
        }
        return i;
    }

    Count count(qsizetype i, bool allowArticle) const;
    qsizetype ordinalDay(qsizetype i, int *day) const;
    Hit absorbTime(Hit h) const;
    Hit absorbTimeOnce(Hit h) const;
    Hit holiday(qsizetype i) const;
    Holiday holidayName(qsizetype i, qsizetype *end) const;
    Hit boundary(qsizetype i) const;
    Hit relativeDay(qsizetype i);
    Hit thisNextLast(qsizetype i) const;
    Hit weekday(qsizetype i);
    Hit dayOfMonth(qsizetype i) const;
    Hit monthFirst(qsizetype i) const;
    Hit numericDate(qsizetype i) const;
    Hit duration(qsizetype i) const;
    Hit netTerms(qsizetype i) const;
    Hit clockTime(qsizetype i);
    Hit endOfDay(qsizetype i);
    Hit onDayAfter(qsizetype e);
    Hit vague(qsizetype i) const;
    qsizetype year(qsizetype i, int *y) const;
};

} // namespace duedesk::nlu::dates
