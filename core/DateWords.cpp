#include "DateWords.h"

namespace duedesk::nlu::dates {

namespace {

struct NamedNumber {
    const char16_t *word;
    int value;
};

constexpr NamedNumber WeekdayNames[] = {
    { u"monday", 1 },
    { u"mon", 1 },
    { u"tuesday", 2 },
    { u"tues", 2 },
    { u"tue", 2 },
    { u"wednesday", 3 },
    { u"weds", 3 },
    { u"wed", 3 },
    { u"thursday", 4 },
    { u"thurs", 4 },
    { u"thur", 4 },
    { u"thu", 4 },
    { u"friday", 5 },
    { u"fri", 5 },
    { u"saturday", 6 },
    { u"sat", 6 },
    { u"sunday", 7 },
    { u"sun", 7 },
};

// Abbreviations that are also ordinary words ("I sat on it", "the sun", "c'mon", "they wed in May").
constexpr const char16_t *AmbiguousWeekdays[] = { u"mon", u"wed", u"sat", u"sun" };

constexpr NamedNumber MonthNames[] = {
    { u"january", 1 },
    { u"jan", 1 },
    { u"february", 2 },
    { u"feb", 2 },
    { u"march", 3 },
    { u"mar", 3 },
    { u"april", 4 },
    { u"apr", 4 },
    { u"may", 5 },
    { u"june", 6 },
    { u"jun", 6 },
    { u"july", 7 },
    { u"jul", 7 },
    { u"august", 8 },
    { u"aug", 8 },
    { u"september", 9 },
    { u"sept", 9 },
    { u"sep", 9 },
    { u"october", 10 },
    { u"oct", 10 },
    { u"november", 11 },
    { u"nov", 11 },
    { u"december", 12 },
    { u"dec", 12 },
    { u"febuary", 2 },
    { u"feburary", 2 },
    { u"januray", 1 },
    { u"decemeber", 12 },
    { u"novemeber", 11 },
    { u"septmber", 9 },
};

// Month names that are also ordinary words: only taken with a day number or a preposition that asks for a month.
constexpr const char16_t *AmbiguousMonths[] = { u"may", u"march", u"mar", u"jan", u"june", u"jun", u"sep", u"dec" };

constexpr NamedNumber NumberWords[] = {
    { u"one", 1 },
    { u"two", 2 },
    { u"three", 3 },
    { u"four", 4 },
    { u"five", 5 },
    { u"six", 6 },
    { u"seven", 7 },
    { u"eight", 8 },
    { u"nine", 9 },
    { u"ten", 10 },
    { u"eleven", 11 },
    { u"twelve", 12 },
    { u"thirteen", 13 },
    { u"fourteen", 14 },
    { u"fifteen", 15 },
    { u"sixteen", 16 },
    { u"seventeen", 17 },
    { u"eighteen", 18 },
    { u"nineteen", 19 },
    { u"twenty", 20 },
    { u"thirty", 30 },
    { u"forty", 40 },
    { u"fourty", 40 },
    { u"fifty", 50 },
    { u"sixty", 60 },
    { u"seventy", 70 },
    { u"eighty", 80 },
    { u"ninety", 90 },
};

constexpr NamedNumber OrdinalWords[] = {
    { u"first", 1 },
    { u"second", 2 },
    { u"third", 3 },
    { u"fourth", 4 },
    { u"fifth", 5 },
    { u"sixth", 6 },
    { u"seventh", 7 },
    { u"eighth", 8 },
    { u"ninth", 9 },
    { u"tenth", 10 },
    { u"eleventh", 11 },
    { u"twelfth", 12 },
    { u"thirteenth", 13 },
    { u"fourteenth", 14 },
    { u"fifteenth", 15 },
    { u"sixteenth", 16 },
    { u"seventeenth", 17 },
    { u"eighteenth", 18 },
    { u"nineteenth", 19 },
    { u"twentieth", 20 },
    { u"thirtieth", 30 },
};

QHash<QStringView, int> tableOf(const NamedNumber *first, const NamedNumber *last)
{
    QHash<QStringView, int> t;
    for (const NamedNumber *it = first; it != last; ++it)
        t.insert(QStringView(it->word), it->value);
    return t;
}

template <std::size_t N> QSet<QStringView> setOfArray(const char16_t *const (&words)[N])
{
    QSet<QStringView> s;
    for (const char16_t *w : words)
        s.insert(QStringView(w));
    return s;
}

} // namespace

QSet<QStringView> setOf(Words words)
{
    return QSet<QStringView>(words.begin(), words.end());
}

DateWords::DateWords()
{
    weekdays = tableOf(std::begin(WeekdayNames), std::end(WeekdayNames));
    ambiguousWeekdays = setOfArray(AmbiguousWeekdays);
    months = tableOf(std::begin(MonthNames), std::end(MonthNames));
    ambiguousMonths = setOfArray(AmbiguousMonths);
    numbers = tableOf(std::begin(NumberWords), std::end(NumberWords));
    ordinals = tableOf(std::begin(OrdinalWords), std::end(OrdinalWords));
    dayPrepositions = setOf({ u"on", u"by", u"this", u"next", u"till", u"until", u"before", u"after", u"from",
        u"coming", u"say", u"or", u"and", u"last", u"since", u"latest", u"maybe", u"probably", u"definitely", u"thru",
        u"through", u"to", u"either", u"around", u"about" });
    dayFollowers = setOf({ u"week", u"morning", u"night", u"evening", u"arvo", u"afternoon", u"lunchtime", u"lunch",
        u"next", u"latest", u"am", u"pm", u"eve", u"midday", u"noon", u"first", u"the" });
    monthPrepositions = setOf({ u"in", u"by", u"before", u"after", u"until", u"till", u"mid", u"early", u"late", u"of",
        u"from", u"during", u"since", u"through", u"thru", u"across" });
    timeOfDay = setOf({ u"morning", u"evening", u"night", u"afternoon", u"arvo", u"lunchtime", u"eve", u"midday",
        u"noon", u"tonight" });
    rankedNouns = setOf({ u"time", u"times", u"text", u"texts", u"reminder", u"reminders", u"message", u"messages",
        u"invoice", u"invoices", u"bill", u"bills", u"payment", u"payments", u"instalment", u"instalments", u"one",
        u"thing", u"call", u"calls", u"email", u"emails", u"letter", u"notice", u"attempt", u"person", u"floor",
        u"week", u"weeks", u"month", u"year", u"day", u"job", u"visit", u"lesson", u"lessons", u"class", u"session",
        u"quote", u"item", u"line", u"half", u"part", u"round", u"place", u"step", u"go", u"try", u"chance", u"option",
        u"kid", u"child", u"son", u"daughter", u"birthday", u"anniversary", u"house", u"room", u"flat", u"visit",
        u"warning", u"request", u"chaser", u"demand", u"bit", u"lot", u"off", u"grade", u"class", u"quarter", u"third",
        u"installment", u"choice", u"priority", u"thought", u"world", u"hand", u"name", u"amount" });
    durationBlockers = setOf({ u"for", u"past", u"last", u"per", u"every", u"each", u"once", u"twice", u"took",
        u"takes", u"been", u"waited", u"waiting", u"over", u"lasted", u"spent", u"whole", u"entire", u"than" });
    durationAfterBlockers = setOf({ u"overdue", u"late", u"old", u"behind", u"running", u"straight", u"now", u"already",
        u"in", u"of", u"notice", u"ago" });
    negators = setOf({ u"not", u"no", u"never", u"instead", u"rather" });
}

const DateWords &dateWords()
{
    static const DateWords l;
    return l;
}

int weekdayOf(const TokenizedText &t, qsizetype i, bool requireContext)
{
    const auto &l = dateWords();
    const auto it = l.weekdays.constFind(t.at(i));
    if (it == l.weekdays.cend())
        return 0;
    if (requireContext && l.ambiguousWeekdays.contains(t.at(i)) && !t.tokens[i].capitalized
        && !l.dayPrepositions.contains(t.at(i - 1)) && !l.dayFollowers.contains(t.at(i + 1)))
        return 0;
    return *it;
}

int monthOf(const TokenizedText &t, qsizetype i)
{
    const auto &l = dateWords();
    const auto it = l.months.constFind(t.at(i));
    return it == l.months.cend() ? 0 : *it;
}

bool monthIsAmbiguous(const TokenizedText &t, qsizetype i)
{
    return dateWords().ambiguousMonths.contains(t.at(i));
}

// "5th", "1st", "22nd" (any of the suffixes, as typed): the day number, or 0.
int numericOrdinal(QStringView s)
{
    if (s.size() < 3 || s.size() > 4)
        return 0;
    const QStringView suffix = s.right(2);
    if (suffix != u"st" && suffix != u"nd" && suffix != u"rd" && suffix != u"th")
        return 0;
    const int v = digitsValue(s.chopped(2), 31);
    return v >= 1 ? v : 0;
}

// "15.12" or "4.12" right after "on", "by", "till", "until", "before", "from", "due": a day and a month (in that order
// for DayFirst) rather than a decimal number. Sets *a and *b to the two numbers.
bool isDottedDayMonth(const TokenizedText &t, qsizetype i, int *a, int *b)
{
    static const QSet<QStringView> preps = { u"on", u"by", u"till", u"until", u"before", u"from", u"due" };
    if (i < 1 || i >= t.size() || t.tokens[i].kind != TokenKind::Number || !preps.contains(t.at(i - 1)))
        return false;
    const QStringView s = t.tokens[i].text;
    const qsizetype dot = s.indexOf(u'.');
    if (dot < 1 || dot > 2 || s.size() - dot - 1 != 2 || s.count(u'.') != 1)
        return false;
    *a = digitsValue(s.left(dot), 31);
    *b = digitsValue(s.mid(dot + 1), 31);
    return *a >= 1 && *b >= 1 && (*a <= 12 || *b <= 12);
}

} // namespace duedesk::nlu::dates
