#pragma once

// Internal to the date grammar (DateExpressions and the files split from it). Not a public interface.

#include "NluText.h"

#include <QHash>
#include <QSet>
#include <initializer_list>

namespace duedesk::nlu::dates {

using Words = std::initializer_list<QStringView>;
QSet<QStringView> setOf(Words words);

// The words of dates: weekday and month names, number and ordinal words, and the word sets the grammar consults.
struct DateWords {
    DateWords();
    QHash<QStringView, int> weekdays;
    QSet<QStringView> ambiguousWeekdays;
    QHash<QStringView, int> months;
    QSet<QStringView> ambiguousMonths;
    QHash<QStringView, int> numbers;
    QHash<QStringView, int> ordinals;
    // Words before an abbreviation that make it a weekday or a month ("on sat", "by mon", "in may").
    QSet<QStringView> dayPrepositions;
    QSet<QStringView> dayFollowers;
    QSet<QStringView> monthPrepositions;
    QSet<QStringView> timeOfDay;
    // Nouns after "the 4th"/"the fourth" that make it a rank, not a date ("the fourth text this week").
    QSet<QStringView> rankedNouns;
    // Words before a duration that make it a length of time, not a deadline ("for 3 weeks", "£40 a week").
    QSet<QStringView> durationBlockers;
    QSet<QStringView> durationAfterBlockers;
    QSet<QStringView> negators;
};
const DateWords &dateWords();

int weekdayOf(const TokenizedText &t, qsizetype i, bool requireContext);
int monthOf(const TokenizedText &t, qsizetype i);
bool monthIsAmbiguous(const TokenizedText &t, qsizetype i);
int numericOrdinal(QStringView s);
bool isDottedDayMonth(const TokenizedText &t, qsizetype i, int *a, int *b);

// Plain digits ("12"), no separators, within [0, max]; -1 otherwise.
inline int digitsValue(QStringView s, int max)
{
    if (s.isEmpty() || s.size() > 4)
        return -1;
    int v = 0;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v <= max ? v : -1;
}

} // namespace duedesk::nlu::dates
