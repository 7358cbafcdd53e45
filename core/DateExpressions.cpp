#include "DateExpressions.h"

#include "NluText.h"

#include <QHash>
#include <QSet>
#include <initializer_list>

namespace duedesk {

using nlu::AmountSpan;
using nlu::DateSpan;
using nlu::Token;
using nlu::TokenizedText;
using nlu::TokenKind;

namespace {

using Words = std::initializer_list<QStringView>;

// ---------------------------------------------------------------------------------------------------------------
// Lexicons

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

QSet<QStringView> setOf(Words words)
{
    return QSet<QStringView>(words.begin(), words.end());
}

struct Lexicon {
    QHash<QStringView, int> weekdays = tableOf(std::begin(WeekdayNames), std::end(WeekdayNames));
    QSet<QStringView> ambiguousWeekdays = setOfArray(AmbiguousWeekdays);
    QHash<QStringView, int> months = tableOf(std::begin(MonthNames), std::end(MonthNames));
    QSet<QStringView> ambiguousMonths = setOfArray(AmbiguousMonths);
    QHash<QStringView, int> numbers = tableOf(std::begin(NumberWords), std::end(NumberWords));
    QHash<QStringView, int> ordinals = tableOf(std::begin(OrdinalWords), std::end(OrdinalWords));
    // Words before an abbreviation that make it a weekday or a month ("on sat", "by mon", "in may").
    QSet<QStringView> dayPrepositions = setOf({ u"on", u"by", u"this", u"next", u"till", u"until", u"before", u"after",
        u"from", u"coming", u"say", u"or", u"and", u"last", u"since", u"latest", u"maybe", u"probably", u"definitely",
        u"thru", u"through", u"to", u"either", u"around", u"about" });
    QSet<QStringView> dayFollowers = setOf({ u"week", u"morning", u"night", u"evening", u"arvo", u"afternoon",
        u"lunchtime", u"lunch", u"next", u"latest", u"am", u"pm", u"eve", u"midday", u"noon", u"first", u"the" });
    QSet<QStringView> monthPrepositions = setOf({ u"in", u"by", u"before", u"after", u"until", u"till", u"mid",
        u"early", u"late", u"of", u"from", u"during", u"since", u"through", u"thru", u"across" });
    QSet<QStringView> timeOfDay = setOf({ u"morning", u"evening", u"night", u"afternoon", u"arvo", u"lunchtime", u"eve",
        u"midday", u"noon", u"tonight" });
    // Nouns after "the 4th"/"the fourth" that make it a rank, not a date ("the fourth text this week").
    QSet<QStringView> rankedNouns = setOf({ u"time", u"times", u"text", u"texts", u"reminder", u"reminders", u"message",
        u"messages", u"invoice", u"invoices", u"bill", u"bills", u"payment", u"payments", u"instalment", u"instalments",
        u"one", u"thing", u"call", u"calls", u"email", u"emails", u"letter", u"notice", u"attempt", u"person", u"floor",
        u"week", u"weeks", u"month", u"year", u"day", u"job", u"visit", u"lesson", u"lessons", u"class", u"session",
        u"quote", u"item", u"line", u"half", u"part", u"round", u"place", u"step", u"go", u"try", u"chance", u"option",
        u"kid", u"child", u"son", u"daughter", u"birthday", u"anniversary", u"house", u"room", u"flat", u"visit",
        u"warning", u"request", u"chaser", u"demand", u"bit", u"lot", u"off", u"grade", u"class", u"quarter", u"third",
        u"installment", u"choice", u"priority", u"thought", u"world", u"hand", u"name", u"amount" });
    // Words before a duration that make it a length of time, not a deadline ("for 3 weeks", "£40 a week").
    QSet<QStringView> durationBlockers
        = setOf({ u"for", u"past", u"last", u"per", u"every", u"each", u"once", u"twice", u"took", u"takes", u"been",
            u"waited", u"waiting", u"over", u"lasted", u"spent", u"whole", u"entire", u"than" });
    QSet<QStringView> durationAfterBlockers = setOf({ u"overdue", u"late", u"old", u"behind", u"running", u"straight",
        u"now", u"already", u"in", u"of", u"notice", u"ago" });
    QSet<QStringView> negators = setOf({ u"not", u"no", u"never", u"instead", u"rather" });
};

const Lexicon &lex()
{
    static const Lexicon l;
    return l;
}

int weekdayOf(const TokenizedText &t, qsizetype i, bool requireContext)
{
    const auto &l = lex();
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
    const auto &l = lex();
    const auto it = l.months.constFind(t.at(i));
    return it == l.months.cend() ? 0 : *it;
}

bool monthIsAmbiguous(const TokenizedText &t, qsizetype i)
{
    return lex().ambiguousMonths.contains(t.at(i));
}

// Plain digits ("12"), no separators, within [0, max]; -1 otherwise.
int digitsValue(QStringView s, int max)
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

// ---------------------------------------------------------------------------------------------------------------
// Calendar arithmetic

QDate mondayOfNextWeek(const QDate &today)
{
    return today.addDays(8 - today.dayOfWeek());
}

// The weekday on its own: the next such day, a week ahead when it is today ("Monday" said on a Monday).
QDate comingWeekday(const QDate &today, int wd)
{
    int d = (wd - today.dayOfWeek() + 7) % 7;
    return today.addDays(d == 0 ? 7 : d);
}

QDate previousWeekday(const QDate &today, int wd)
{
    int d = (today.dayOfWeek() - wd + 7) % 7;
    return today.addDays(-(d == 0 ? 7 : d));
}

QDate fridayThisWeek(const QDate &today)
{
    return today.dayOfWeek() <= 5 ? today.addDays(5 - today.dayOfWeek()) : today;
}

QDate saturdayThisWeek(const QDate &today)
{
    return today.dayOfWeek() <= 6 ? today.addDays(6 - today.dayOfWeek()) : today;
}

QDate endOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

QDate firstOfNextMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1).addMonths(1);
}

// The next date with day number `day` on or after today (months without that day are skipped).
QDate nextDayOfMonth(const QDate &today, int day)
{
    QDate month(today.year(), today.month(), 1);
    for (int k = 0; k < 13; ++k, month = month.addMonths(1)) {
        if (day > month.daysInMonth())
            continue;
        const QDate d(month.year(), month.month(), day);
        if (d >= today)
            return d;
    }
    return {};
}

// A stated day and month: this year, or next year when it would be in the past. With a year, as stated.
QDate dayMonth(const QDate &today, int day, int month, int year = 0)
{
    if (year > 0)
        return QDate(year, month, day);
    QDate d(today.year(), month, day);
    if (d.isValid() && d >= today)
        return d;
    d = QDate(today.year() + 1, month, day);
    if (!d.isValid())
        d = QDate(today.year() + 4 - (today.year() % 4), month, day); // 29 February: the next leap year
    return d;
}

// A month on its own ("in January"): its first day, today when it is this month.
QDate monthStart(const QDate &today, int month)
{
    if (month == today.month())
        return today;
    return dayMonth(today, 1, month);
}

QDate nextWorkingDayAfter(const QDate &d)
{
    QDate r = d.addDays(1);
    while (r.dayOfWeek() > 5)
        r = r.addDays(1);
    return r;
}

QDate addWorkingDays(const QDate &today, int n)
{
    QDate r = today;
    for (int k = 0; k < n; ++k)
        r = nextWorkingDayAfter(r);
    return r;
}

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm.
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate fourthThursdayOfNovember(int year)
{
    QDate d(year, 11, 1);
    while (d.dayOfWeek() != 4)
        d = d.addDays(1);
    return d.addDays(21);
}

// Holidays with a known date. `last` is the last day of the holiday period (after Christmas = after Boxing Day).
enum class Holiday {
    None,
    Christmas,
    ChristmasEve,
    BoxingDay,
    NewYearsEve,
    NewYear,
    Easter,
    GoodFriday,
    EasterMonday,
    Thanksgiving,
    Halloween,
    StPatricks,
    AustraliaDay,
    AnzacDay,
    BonfireNight
};

struct HolidayDates {
    QDate day;
    QDate last;
};

HolidayDates holidayIn(Holiday h, int year)
{
    switch (h) {
    case Holiday::Christmas:
        return { QDate(year, 12, 25), QDate(year, 12, 26) };
    case Holiday::ChristmasEve:
        return { QDate(year, 12, 24), QDate(year, 12, 24) };
    case Holiday::BoxingDay:
        return { QDate(year, 12, 26), QDate(year, 12, 26) };
    case Holiday::NewYearsEve:
        return { QDate(year, 12, 31), QDate(year, 12, 31) };
    case Holiday::NewYear:
        return { QDate(year, 1, 1), QDate(year, 1, 1) };
    case Holiday::Easter:
        return { easterSunday(year), easterSunday(year).addDays(1) };
    case Holiday::GoodFriday:
        return { easterSunday(year).addDays(-2), easterSunday(year).addDays(-2) };
    case Holiday::EasterMonday:
        return { easterSunday(year).addDays(1), easterSunday(year).addDays(1) };
    case Holiday::Thanksgiving:
        return { fourthThursdayOfNovember(year), fourthThursdayOfNovember(year) };
    case Holiday::Halloween:
        return { QDate(year, 10, 31), QDate(year, 10, 31) };
    case Holiday::StPatricks:
        return { QDate(year, 3, 17), QDate(year, 3, 17) };
    case Holiday::AustraliaDay:
        return { QDate(year, 1, 26), QDate(year, 1, 26) };
    case Holiday::AnzacDay:
        return { QDate(year, 4, 25), QDate(year, 4, 25) };
    case Holiday::BonfireNight:
        return { QDate(year, 11, 5), QDate(year, 11, 5) };
    case Holiday::None:
        break;
    }
    return {};
}

// The next occurrence: this year's, or next year's once this year's is over.
HolidayDates nextHoliday(Holiday h, const QDate &today)
{
    HolidayDates d = holidayIn(h, today.year());
    if (d.last < today)
        d = holidayIn(h, today.year() + 1);
    return d;
}

// ---------------------------------------------------------------------------------------------------------------
// The date grammar: tried at each token, the first rule that matches wins; a match ends at `end` (exclusive).

struct Hit {
    QDate date;
    qsizetype end = -1;
    bool vague = false;
    explicit operator bool() const { return end >= 0; }
};

Hit dateHit(const QDate &d, qsizetype end)
{
    if (!d.isValid())
        return {};
    return { d, end, false };
}

Hit vagueHit(qsizetype end)
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
    Hit vague(qsizetype i) const;
    qsizetype year(qsizetype i, int *y) const;
};

// "3", "three", "twenty-one", "a"/"an" (when allowed), "a couple of" (2), "a few"/"several" (-1: vague).
Count DateParser::count(qsizetype i, bool allowArticle) const
{
    if (i >= n)
        return {};
    const Token &tok = t.tokens[i];
    if (tok.kind == TokenKind::Number) {
        const int v = digitsValue(tok.text, 9999);
        return v >= 0 ? Count{ v, i + 1 } : Count{};
    }
    qsizetype j = i;
    const bool article = isAny(i, { u"a", u"an" });
    if (article)
        ++j;
    if (is(j, u"couple"))
        return { 2, opt(j + 1, { u"of" }) };
    if (isAny(j, { u"few", u"several" }))
        return { -1, j + 1 };
    if (article)
        return allowArticle ? Count{ 1, j } : Count{};
    const auto &numbers = lex().numbers;
    const auto it = numbers.constFind(w(i));
    if (it == numbers.cend())
        return {};
    int v = *it;
    j = i + 1;
    if (v >= 20 && v % 10 == 0) {
        const qsizetype k = isSymbol(j, u"-") ? j + 1 : j;
        const auto unit = numbers.constFind(w(k));
        if (unit != numbers.cend() && *unit < 10) {
            v += *unit;
            j = k + 1;
        }
    }
    return { v, j };
}

// "5th", "fifth", "twenty-first", "twenty first": the day number and the end, or -1.
qsizetype DateParser::ordinalDay(qsizetype i, int *day) const
{
    if (i >= n)
        return -1;
    if (t.tokens[i].kind == TokenKind::Alnum) {
        *day = numericOrdinal(t.tokens[i].text);
        return *day ? i + 1 : -1;
    }
    const auto &ordinals = lex().ordinals;
    auto it = ordinals.constFind(w(i));
    if (it != ordinals.cend()) {
        *day = *it;
        return i + 1;
    }
    if (isAny(i, { u"twenty", u"thirty" })) {
        const qsizetype k = isSymbol(i + 1, u"-") ? i + 2 : i + 1;
        it = ordinals.constFind(w(k));
        if (it != ordinals.cend() && *it < 10) {
            *day = (is(i, u"twenty") ? 20 : 30) + *it;
            return *day <= 31 ? k + 1 : -1;
        }
    }
    return -1;
}

// After a day: "morning", "in the morning", "at 5pm", "by noon", "first thing", "evening" stay with that day.
Hit DateParser::absorbTime(Hit h) const
{
    // "Thursday morning first thing", "tomorrow evening at 6": as many as follow.
    for (Hit next = absorbTimeOnce(h); next.end > h.end; next = absorbTimeOnce(h))
        h = next;
    return h;
}

Hit DateParser::absorbTimeOnce(Hit h) const
{
    if (!h || h.vague)
        return h;
    qsizetype j = h.end;
    if (qsizetype e = seq(j, { u"first", u"thing" }); e > 0)
        return { h.date, e, false };
    const auto &tod = lex().timeOfDay;
    if (tod.contains(w(j)))
        return { h.date, j + 1, false };
    qsizetype k = seq(j, { u"in", u"the" });
    if (k > 0 && tod.contains(w(k)))
        return { h.date, k + 1, false };
    if (isAny(j, { u"at", u"by", u"before", u"around", u"about", u"after", u"from" }) || isSymbol(j, u","))
        ++j;
    if (j < n) {
        const Token &tok = t.tokens[j];
        QStringView s = tok.text;
        if (tok.kind == TokenKind::Alnum && (s.endsWith(u"am") || s.endsWith(u"pm")))
            return { h.date, j + 1, false };
        if (tok.kind == TokenKind::Number && digitsValue(s, 24) >= 0
            && (isAny(j + 1, { u"am", u"pm", u"o'clock" }) || (isSymbol(j + 1, u":") && t.glued(j)))) {
            qsizetype e = j + 1;
            if (isSymbol(e, u":"))
                e += 2;
            return { h.date, opt(e, { u"am", u"pm" }), false };
        }
        if (isAny(j, { u"noon", u"midday", u"lunchtime", u"lunch", u"eod", u"cob" }))
            return { h.date, j + 1, false };
    }
    return h;
}

// "Christmas", "by Christmas", "before Christmas" (Christmas Eve), "after Christmas" (the first working day after
// Boxing Day), "new year's day", "after the new year", "Easter", "Thanksgiving"...
Holiday DateParser::holidayName(qsizetype i, qsizetype *end) const
{
    qsizetype j = opt(i, { u"the" });
    if (is(j, u"christmas")) {
        if (isAny(j + 1, { u"eve" })) {
            *end = j + 2;
            return Holiday::ChristmasEve;
        }
        *end = opt(j + 1, { u"day" });
        return Holiday::Christmas;
    }
    if (is(j, u"boxing") && is(j + 1, u"day")) {
        *end = j + 2;
        return Holiday::BoxingDay;
    }
    if (is(j, u"nye")) {
        *end = j + 1;
        return Holiday::NewYearsEve;
    }
    if (is(j, u"new") && isAny(j + 1, { u"year", u"year's", u"years", u"yr" })) {
        if (is(j + 2, u"eve")) {
            *end = j + 3;
            return Holiday::NewYearsEve;
        }
        *end = opt(j + 2, { u"day" });
        return Holiday::NewYear;
    }
    if (is(j, u"easter")) {
        if (is(j + 1, u"monday")) {
            *end = j + 2;
            return Holiday::EasterMonday;
        }
        *end = opt(j + 1, { u"sunday", u"weekend" });
        return Holiday::Easter;
    }
    if (is(j, u"good") && is(j + 1, u"friday")) {
        *end = j + 2;
        return Holiday::GoodFriday;
    }
    if (is(j, u"thanksgiving")) {
        *end = j + 1;
        return Holiday::Thanksgiving;
    }
    if (is(j, u"halloween")) {
        *end = j + 1;
        return Holiday::Halloween;
    }
    qsizetype k = opt(j, { u"st", u"saint" });
    if (isAny(k, { u"patrick's", u"paddy's", u"patricks", u"paddys", u"patty's" }) && is(k + 1, u"day")) {
        *end = k + 2;
        return Holiday::StPatricks;
    }
    if (is(j, u"australia") && is(j + 1, u"day")) {
        *end = j + 2;
        return Holiday::AustraliaDay;
    }
    if (is(j, u"anzac") && is(j + 1, u"day")) {
        *end = j + 2;
        return Holiday::AnzacDay;
    }
    if (isAny(j, { u"bonfire", u"guy" }) && isAny(j + 1, { u"night" })) {
        *end = j + 2;
        return Holiday::BonfireNight;
    }
    return Holiday::None;
}

Hit DateParser::holiday(qsizetype i) const
{
    // "lunar/chinese new year" is a festival with no fixed date: vague() takes it.
    if (isAny(i, { u"lunar", u"chinese" }))
        return {};
    enum { On, Before, After } when = On;
    qsizetype j = i;
    if (is(i, u"before") || is(i, u"b4")) {
        when = Before;
        ++j;
    } else if (is(i, u"after") || (is(i, u"until") && is(i + 1, u"after")) || (is(i, u"till") && is(i + 1, u"after"))) {
        when = After;
        j = is(i, u"after") ? i + 1 : i + 2;
    } else if (isAny(i, { u"by", u"at", u"over", u"for", u"on", u"in", u"around", u"till", u"until" })) {
        ++j;
    }
    const bool inOrTill = when == On && isAny(i, { u"in", u"till", u"until" });
    qsizetype end = -1;
    const Holiday h = holidayName(j, &end);
    if (h == Holiday::None)
        return {};
    if (is(i, u"in") && h != Holiday::NewYear)
        return {};
    const HolidayDates d = nextHoliday(h, today);
    switch (when) {
    case Before:
        return dateHit(d.day.addDays(-1), end);
    case After:
        return dateHit(nextWorkingDayAfter(d.last), end);
    case On:
        break;
    }
    // "in the new year", "till the new year": its first working day.
    if (h == Holiday::NewYear && inOrTill)
        return dateHit(nextWorkingDayAfter(d.day), end);
    return dateHit(d.day, end);
}

// end of the day/week/month/year, end of next week/month, start/beginning of next month, mid-month, mid December,
// early next week, later this week, eod/cob/eow/eom.
Hit DateParser::boundary(qsizetype i) const
{
    if (isAny(i, { u"eod", u"cob", u"eop" }))
        return dateHit(today, i + 1);
    if (is(i, u"eow"))
        return dateHit(fridayThisWeek(today), i + 1);
    if (is(i, u"eom"))
        return dateHit(endOfMonth(today), i + 1);
    if (is(i, u"eoy"))
        return dateHit(QDate(today.year(), 12, 31), i + 1);
    if (is(i, u"close") && is(i + 1, u"of") && isAny(i + 2, { u"business", u"play" }))
        return dateHit(today, i + 3);
    if (isAny(i, { u"month", u"year" }) && (is(i + 1, u"end") || (isSymbol(i + 1, u"-") && is(i + 2, u"end")))) {
        const qsizetype e = is(i + 1, u"end") ? i + 2 : i + 3;
        return dateHit(is(i, u"month") ? endOfMonth(today) : QDate(today.year(), 12, 31), e);
    }
    if (isAny(i, { u"midweek", u"mid-week" }))
        return dateHit(today.dayOfWeek() <= 3 ? today.addDays(3 - today.dayOfWeek()) : today, i + 1);
    if (is(i, u"midmonth"))
        return dateHit(nextDayOfMonth(today, 15), i + 1);

    enum class Part { End, Start, Middle } part;
    qsizetype j = opt(i, { u"the" });
    if (isAny(j, { u"end", u"ending" })) {
        part = Part::End;
        ++j;
    } else if (isAny(j, { u"start", u"beginning", u"early", u"begining", u"starting" })) {
        part = Part::Start;
        ++j;
    } else if (isAny(j, { u"mid", u"middle" })) {
        part = Part::Middle;
        ++j;
    } else if (is(j, u"late")) {
        part = Part::End;
        ++j;
    } else if (is(j, u"later") && isAny(j + 1, { u"this", u"next", u"in" })) {
        part = Part::End;
        ++j;
    } else {
        return {};
    }
    if (isSymbol(j, u"-") && t.glued(j - 1))
        ++j;
    j = opt(j, { u"of", u"in" });
    // "end of day", "end of play", "end of business", "end of today"
    if (part == Part::End && isAny(opt(j, { u"the" }), { u"day", u"play", u"business", u"today" }))
        return dateHit(today, opt(j, { u"the" }) + 1);
    qsizetype k = opt(j, { u"the", u"this" });
    const bool thisWeekWord = is(k, u"week") || (is(k, u"wk"));
    if (is(k, u"weekend")) {
        const QDate sat = saturdayThisWeek(today);
        return dateHit(part == Part::End ? sat.addDays(1) : sat, k + 1);
    }
    if (thisWeekWord && !isAny(k + 1, { u"after" })) {
        if (part == Part::End)
            return dateHit(fridayThisWeek(today), k + 1);
        if (part == Part::Middle)
            return dateHit(today.dayOfWeek() <= 3 ? today.addDays(3 - today.dayOfWeek()) : today, k + 1);
        return dateHit(today, k + 1);
    }
    if (is(k, u"month")) {
        if (part == Part::End)
            return dateHit(endOfMonth(today), k + 1);
        if (part == Part::Middle)
            return dateHit(nextDayOfMonth(today, 15), k + 1);
        return dateHit(nextDayOfMonth(today, 1), k + 1);
    }
    if (is(k, u"year")) {
        if (part == Part::End)
            return dateHit(QDate(today.year(), 12, 31), k + 1);
        return {};
    }
    if (is(j, u"next")) {
        const QDate monday = mondayOfNextWeek(today);
        if (isAny(j + 1, { u"week", u"wk" })) {
            if (part == Part::End)
                return dateHit(monday.addDays(4), j + 2);
            if (part == Part::Middle)
                return dateHit(monday.addDays(2), j + 2);
            return dateHit(monday, j + 2);
        }
        if (is(j + 1, u"month")) {
            const QDate first = firstOfNextMonth(today);
            if (part == Part::End)
                return dateHit(endOfMonth(first), j + 2);
            if (part == Part::Middle)
                return dateHit(first.addDays(14), j + 2);
            return dateHit(first, j + 2);
        }
        if (is(j + 1, u"year")) {
            if (part == Part::End)
                return dateHit(QDate(today.year() + 1, 12, 31), j + 2);
            if (part == Part::Start)
                return dateHit(QDate(today.year() + 1, 1, 1), j + 2);
            return {};
        }
        return {};
    }
    if (const int m = monthOf(t, k)) {
        if (part == Part::End) {
            QDate last = endOfMonth(QDate(today.year(), m, 1));
            if (last < today)
                last = endOfMonth(QDate(today.year() + 1, m, 1));
            return dateHit(last, k + 1);
        }
        if (part == Part::Middle)
            return dateHit(dayMonth(today, 15, m), k + 1);
        return dateHit(monthStart(today, m), k + 1);
    }
    return {};
}

// today, tonight, this evening/arvo/afternoon/morning, later today, tomorrow (+ time of day), the day after
// tomorrow, in the morning, first thing (tomorrow), yesterday, last night.
Hit DateParser::relativeDay(qsizetype i)
{
    if (isAny(i, { u"today", u"today's", u"tonight", u"tonight's" }))
        return absorbTime(dateHit(today, i + 1));
    if (is(i, u"later") && isAny(i + 1, { u"today", u"tonight" }))
        return dateHit(today, i + 2);
    if (is(i, u"later") && is(i + 1, u"on") && isAny(i + 2, { u"today", u"tonight" }))
        return dateHit(today, i + 3);
    if (is(i, u"this")
        && isAny(i + 1, { u"evening", u"eve", u"arvo", u"afternoon", u"morning", u"lunchtime", u"lunch", u"aft" }))
        return dateHit(today, i + 2);
    if (isAny(i, { u"tomorrow", u"tomorrow's" }))
        return absorbTime(dateHit(today.addDays(1), i + 1));
    if (qsizetype e = seq(opt(i, { u"the" }), { u"day", u"after", u"tomorrow" }); e > 0)
        return absorbTime(dateHit(today.addDays(2), e));
    if (is(i, u"overmorrow"))
        return dateHit(today.addDays(2), i + 1);
    if (qsizetype e = seq(i, { u"in", u"the", u"morning" }); e > 0)
        return dateHit(today.addDays(1), e);
    if (is(i, u"first") && is(i + 1, u"thing")) {
        const qsizetype j = opt(i + 2, { u"on", u"in" });
        if (j < n) {
            Hit next = at(j);
            if (next && !next.vague)
                return next;
        }
        if (qsizetype e = seq(j, { u"the", u"morning" }); e > 0)
            return dateHit(today.addDays(1), e);
        return dateHit(today.addDays(1), i + 2);
    }
    if (is(i, u"yesterday"))
        return absorbTime(dateHit(today.addDays(-1), i + 1));
    if (is(i, u"last") && is(i + 1, u"night"))
        return dateHit(today.addDays(-1), i + 2);
    if (is(i, u"earlier") && is(i + 1, u"today"))
        return dateHit(today, i + 2);
    return {};
}

// this/next/last + week, weekend, month, year, weekday; "the week after next".
Hit DateParser::thisNextLast(qsizetype i) const
{
    const QDate monday = mondayOfNextWeek(today);
    if (is(i, u"this")) {
        if (isAny(i + 1, { u"week", u"wk" }))
            return dateHit(fridayThisWeek(today), i + 2);
        if (is(i + 1, u"weekend"))
            return dateHit(saturdayThisWeek(today), i + 2);
        if (is(i + 1, u"month"))
            return dateHit(endOfMonth(today), i + 2);
        // "this year" is a period ("a hard year"), not a deadline: "by the end of this year" is (boundary()).
        if (is(i + 1, u"time") && is(i + 2, u"next") && is(i + 3, u"week"))
            return dateHit(today.addDays(7), i + 4);
        return {};
    }
    if (is(i, u"next")) {
        if (isAny(i + 1, { u"week", u"wk" }))
            return dateHit(monday, i + 2);
        if (is(i + 1, u"weekend"))
            return dateHit(monday.addDays(5), i + 2);
        if (is(i + 1, u"month"))
            return dateHit(firstOfNextMonth(today), i + 2);
        if (is(i + 1, u"year"))
            return dateHit(QDate(today.year() + 1, 1, 1), i + 2);
        return {};
    }
    // "after the weekend": the Monday after it; "before the weekend": Friday.
    if (is(i, u"after") && is(opt(i + 1, { u"the", u"this" }), u"weekend"))
        return dateHit(saturdayThisWeek(today).addDays(2), opt(i + 1, { u"the", u"this" }) + 1);
    if (is(i, u"before") && is(opt(i + 1, { u"the", u"this" }), u"weekend"))
        return dateHit(fridayThisWeek(today), opt(i + 1, { u"the", u"this" }) + 1);
    if (is(opt(i, { u"the" }), u"weekend"))
        return dateHit(saturdayThisWeek(today), opt(i, { u"the" }) + 1);
    if (qsizetype e = seq(opt(i, { u"the" }), { u"week", u"after", u"next" }); e > 0)
        return dateHit(monday.addDays(7), e);
    if (is(i, u"last")) {
        if (isAny(i + 1, { u"week", u"wk" }))
            return dateHit(today.addDays(-7), i + 2);
        if (is(i + 1, u"weekend"))
            return dateHit(previousWeekday(today, 6), i + 2);
        if (is(i + 1, u"month"))
            return dateHit(QDate(today.year(), today.month(), 1).addDays(-1), i + 2);
        return {};
    }
    return {};
}

// Weekdays: "Friday", "this Friday", "this coming Friday", "next Friday", "Friday week", "Friday after next",
// "Friday next week", "last Friday", "Friday the 4th" (the explicit date), "Friday morning", "fri at 5".
Hit DateParser::weekday(qsizetype i)
{
    enum class Mod { Plain, This, Next, Last, Coming } mod = Mod::Plain;
    qsizetype j = i;
    if (is(i, u"this") && is(i + 1, u"coming")) {
        mod = Mod::Coming;
        j = i + 2;
    } else if (is(i, u"this")) {
        mod = Mod::This;
        j = i + 1;
    } else if (is(i, u"next")) {
        mod = Mod::Next;
        j = i + 1;
    } else if (is(i, u"last")) {
        mod = Mod::Last;
        j = i + 1;
    } else if (is(i, u"coming")) {
        mod = Mod::Coming;
        j = i + 1;
    }
    const int wd = weekdayOf(t, j, mod == Mod::Plain);
    if (!wd)
        return {};
    qsizetype e = j + 1;
    // "Friday the 4th", "Friday 4th December", "Fri 4/12": the explicit date decides.
    {
        qsizetype k = opt(e, { u"," });
        if (isSymbol(k, u","))
            ++k;
        const qsizetype startDay = k;
        if (Hit h = dayOfMonth(startDay); h && !h.vague)
            return absorbTime(h);
        if (Hit h = monthFirst(startDay); h && !h.vague)
            return absorbTime(h);
        if (Hit h = numericDate(startDay); h && !h.vague)
            return absorbTime(h);
    }
    QDate d;
    switch (mod) {
    case Mod::Plain:
    case Mod::Coming:
        d = comingWeekday(today, wd);
        break;
    case Mod::This: {
        const int ahead = (wd - today.dayOfWeek() + 7) % 7;
        d = today.addDays(ahead);
        break;
    }
    case Mod::Next:
        d = mondayOfNextWeek(today).addDays(wd - 1);
        break;
    case Mod::Last:
        d = previousWeekday(today, wd);
        break;
    }
    if (mod == Mod::Plain || mod == Mod::Coming) {
        if (isAny(e, { u"week", u"wk" }) && !is(e + 1, u"after")) {
            d = d.addDays(7); // UK "Tuesday week"
            ++e;
        } else if (is(e, u"after") && is(e + 1, u"next")) {
            d = d.addDays(7); // not the coming one, the one after it
            e += 2;
        } else if (is(e, u"next") && isAny(e + 1, { u"week", u"wk" })) {
            d = mondayOfNextWeek(today).addDays(wd - 1);
            e += 2;
        } else if (is(e, u"this") && is(e + 1, u"week")) {
            d = today.addDays((wd - today.dayOfWeek() + 7) % 7);
            e += 2;
        } else if (isAny(e, { u"gone", u"just" }) && (is(e, u"gone") || is(e + 1, u"gone"))) {
            d = previousWeekday(today, wd);
            e = is(e, u"gone") ? e + 1 : e + 2;
        }
    }
    return absorbTime(dateHit(d, e));
}

// Day of month: "the 5th", "on the 12th", "5th", "the fifth", "5th Dec", "5 December", "the 4th of Jan",
// "11th of December 2026", "5-Dec".
Hit DateParser::dayOfMonth(qsizetype i) const
{
    const bool article = is(i, u"the");
    qsizetype j = article ? i + 1 : i;
    int day = 0;
    qsizetype e = ordinalDay(j, &day);
    const bool ordinal = e > 0;
    if (!ordinal) {
        // A plain number only with a month after it: "5 December", "5 Dec", "5-Dec".
        if (j >= n || t.tokens[j].kind != TokenKind::Number)
            return {};
        day = digitsValue(t.tokens[j].text, 31);
        if (day < 1)
            return {};
        e = j + 1;
        if (isSymbol(e, u"-") && t.glued(j) && t.glued(e))
            ++e;
        const qsizetype m = opt(e, { u"of" });
        if (const int month = monthOf(t, m)) {
            int y = 0;
            const qsizetype ye = year(m + 1, &y);
            return dateHit(dayMonth(today, day, month, y), ye > 0 ? ye : m + 1);
        }
        return {};
    }
    // An ordinal: a month may follow ("5th Dec", "the 4th of January", "5th of next month").
    qsizetype m = opt(e, { u"of" });
    if (isSymbol(e, u"-"))
        m = e + 1;
    if (const int month = monthOf(t, m)) {
        int y = 0;
        const qsizetype ye = year(m + 1, &y);
        return dateHit(dayMonth(today, day, month, y), ye > 0 ? ye : m + 1);
    }
    if (is(e, u"of") && is(e + 1, u"next") && is(e + 2, u"month")) {
        const QDate first = firstOfNextMonth(today);
        return dateHit(QDate(first.year(), first.month(), day), e + 3);
    }
    if (is(e, u"of") && is(e + 1, u"this") && is(e + 2, u"month"))
        return dateHit(QDate(today.year(), today.month(), day), e + 3);
    // Day number only. Word ordinals need "the" ("the first"); a noun after it makes a rank ("the 4th text").
    const auto &l = lex();
    if (l.rankedNouns.contains(w(e)))
        return {};
    if (!t.tokens[j].text.front().isDigit()) {
        if (!article)
            return {};
        if (is(i - 1, u"is") || is(i - 1, u"was") || is(i - 1, u"for"))
            return {};
        if (e < n && t.tokens[e].kind == TokenKind::Word && !l.timeOfDay.contains(w(e)) && !l.months.contains(w(e))
            && !isAny(e,
                { u"when", u"at", u"as", u"and", u"or", u"then", u"if", u"so", u"please", u"latest", u"i", u"we",
                    u"that's", u"because", u"once", u"ok", u"for", u"hopefully", u"fine", u"works", u"work", u"suit",
                    u"suits", u"good", u"alright", u"thanks", u"cheers", u"instead", u"before", u"after", u"by", u"is",
                    u"x", u"xx", u"too", u"sorry", u"when's", u"of", u"if", u"that", u"it", u"you", u"latest",
                    u"onwards", u"next", u"this", u"sometime", u"definitely", u"promise", u"hun", u"mate", u"sir",
                    u"madam", u"ma'am" }))
            return {};
    }
    return absorbTime(dateHit(nextDayOfMonth(today, day), e));
}

// Month first: "Dec 3rd", "January 15", "December the 3rd", "Dec. 3", "Jan 15th 2027", and a month alone after
// a preposition ("in January" = its first day, "by March").
Hit DateParser::monthFirst(qsizetype i) const
{
    const int month = monthOf(t, i);
    if (!month)
        return {};
    qsizetype j = i + 1;
    if (isSymbol(j, u".") && t.glued(i))
        ++j;
    j = opt(j, { u"the" });
    int day = 0;
    qsizetype e = ordinalDay(j, &day);
    if (e < 0 && j < n && t.tokens[j].kind == TokenKind::Number) {
        day = digitsValue(t.tokens[j].text, 31);
        // Not "May 2027" (a year) nor "Dec 12:30".
        e = day >= 1 && !isSymbol(j + 1, u":") ? j + 1 : -1;
    }
    if (e > 0) {
        int y = 0;
        const qsizetype ye = year(e, &y);
        const QDate d = dayMonth(today, day, month, y);
        if (d.isValid())
            return absorbTime(dateHit(d, ye > 0 ? ye : e));
    }
    // A month alone: only after a preposition that asks for one, and never the modal "may".
    const auto &l = lex();
    const bool prep = l.monthPrepositions.contains(w(i - 1)) || (isSymbol(i - 1, u"-") && is(i - 2, u"mid"));
    if (!prep)
        return {};
    if (monthIsAmbiguous(t, i) && !t.tokens[i].capitalized
        && !isAny(i - 1, { u"in", u"mid", u"of", u"early", u"late", u"until", u"till" }))
        return {};
    if (is(i, u"may") && !isAny(i - 1, { u"in", u"of", u"mid", u"early", u"late", u"until", u"till", u"by" }))
        return {};
    return dateHit(monthStart(today, month), i + 1);
}

// An optional year after a date: ", 2026", " 2027", " '27". Returns the end or -1.
qsizetype DateParser::year(qsizetype i, int *y) const
{
    qsizetype j = isSymbol(i, u",") ? i + 1 : i;
    if (j < n && t.tokens[j].kind == TokenKind::Number && t.tokens[j].text.size() == 4) {
        const int v = digitsValue(t.tokens[j].text, 2100);
        if (v >= 2000) {
            *y = v;
            return j + 1;
        }
    }
    if (isSymbol(j, u"'") && j + 1 < n && t.tokens[j + 1].kind == TokenKind::Number
        && t.tokens[j + 1].text.size() == 2) {
        *y = 2000 + digitsValue(t.tokens[j + 1].text, 99);
        return j + 2;
    }
    return -1;
}

// Numeric dates: 30/11, 11/30 (month first when the order says so, or when day first is impossible),
// 30/11/26, 30/11/2026, 30-11-2026, 30.11.2026, 2026-11-30. "24/7" and fractions are not dates.
Hit DateParser::numericDate(qsizetype i) const
{
    if (i >= n || t.tokens[i].kind != TokenKind::Number)
        return {};
    // Not the middle of something longer (a phone number, a ratio).
    if (i > 0 && !t.tokens[i].spaceBefore
        && (isSymbol(i - 1, u"/") || isSymbol(i - 1, u"-") || t.tokens[i - 1].kind == TokenKind::Number))
        return {};
    const QStringView first = t.tokens[i].text;
    // 30.11.2026 (one token)
    if (first.count(u'.') == 2) {
        const auto parts = first.split(u'.');
        const int a = digitsValue(parts[0], 31), b = digitsValue(parts[1], 31), c = digitsValue(parts[2], 2100);
        if (a < 1 || b < 1 || c < 0)
            return {};
        const int y = c < 100 ? 2000 + c : c;
        const QDate d = order == DateOrder::DayFirst ? QDate(y, b, a) : QDate(y, a, b);
        return dateHit(d.isValid() ? d : (order == DateOrder::DayFirst ? QDate(y, a, b) : QDate(y, b, a)), i + 1);
    }
    const bool slash = isSymbol(i + 1, u"/");
    const bool dash = isSymbol(i + 1, u"-");
    if (!(slash || dash) || !t.glued(i) || !t.glued(i + 1) || i + 2 >= n || t.tokens[i + 2].kind != TokenKind::Number)
        return {};
    const QStringView second = t.tokens[i + 2].text;
    const QStringView sep = t.tokens[i + 1].text;
    // ISO 2026-11-30
    if (first.size() == 4) {
        if (!dash || !isSymbol(i + 3, u"-") || !t.glued(i + 2) || !t.glued(i + 3) || i + 4 >= n)
            return {};
        const int y = digitsValue(first, 2100);
        if (y < 1900)
            return {};
        return dateHit(QDate(y, digitsValue(second, 12), digitsValue(t.tokens[i + 4].text, 31)), i + 5);
    }
    const int a = digitsValue(first, 31), b = digitsValue(second, 31);
    if (a < 1 || b < 1)
        return {};
    int y = 0;
    qsizetype e = i + 3;
    const bool withYear = i + 4 < n && t.tokens[i + 3].kind == TokenKind::Symbol && t.tokens[i + 3].text == sep
        && t.glued(i + 2) && t.glued(i + 3) && t.tokens[i + 4].kind == TokenKind::Number;
    if (withYear) {
        const QStringView ys = t.tokens[i + 4].text;
        const int v = digitsValue(ys, 2100);
        if (ys.size() == 2)
            y = 2000 + v;
        else if (ys.size() == 4 && v >= 2000)
            y = v;
        else
            return {};
        e = i + 5;
    } else {
        if (dash)
            return {}; // 12-15 is a range, 55-12 a reference
        if ((a == 24 && b == 7) || (a == 50 && b == 50))
            return {};
        // Fractions ("pay 1/2 now") unless a preposition asks for a date.
        if (a <= 3 && b <= 4 && a < b && !isAny(i - 1, { u"on", u"by", u"till", u"until", u"before", u"from", u"due" }))
            return {};
        // More digits glued after (1/2/3/4) or a percentage: not a date.
        if (i + 3 < n && !t.tokens[i + 3].spaceBefore
            && (isSymbol(i + 3, u"/") || isSymbol(i + 3, u"%") || t.tokens[i + 3].kind != TokenKind::Symbol))
            return {};
    }
    const int dd = order == DateOrder::DayFirst ? a : b;
    const int mm = order == DateOrder::DayFirst ? b : a;
    QDate d;
    if (QDate(2000, mm, dd).isValid())
        d = dayMonth(today, dd, mm, y);
    else if (QDate(2000, dd, mm).isValid())
        d = dayMonth(today, mm, dd, y); // the other order is the only possible one
    return dateHit(d, e);
}

// Durations: "in 5 days", "5 days", "in 48 hours", "within a week", "in two weeks", "a fortnight", "in a month",
// "in 10 working days", "in a couple of days" (2), "in a few days" (vague), "2 days ago" (past), "a week today",
// "a week on Friday", "14 days' time". Not a length of time: "for 3 weeks", "£40 a week", "40 days overdue".
Hit DateParser::duration(qsizetype i) const
{
    const auto &l = lex();
    qsizetype j = i;
    const bool lead = isAny(i, { u"in", u"within", u"inside" });
    if (lead) {
        j = opt(i + 1, { u"the" });
        j = opt(j, { u"next", u"coming" });
        j = opt(j,
            { u"another", u"about", u"around", u"roughly", u"approx", u"approximately", u"under", u"less", u"just",
                u"only" });
        j = opt(j, { u"than" });
        // "in the next hour", "within the hour", "within the week": one of the unit
        if (is(j - 1, u"next") || is(j - 1, u"the")) {
            if (isAny(j, { u"hour", u"minute" }))
                return dateHit(today, j + 1);
            if (is(j, u"day"))
                return dateHit(today.addDays(1), j + 1);
        }
    } else {
        if (l.durationBlockers.contains(w(i - 1)))
            return {};
        if (i > 0 && (t.tokens[i - 1].kind == TokenKind::Number || t.tokens[i - 1].kind == TokenKind::Alnum))
            return {}; // "£40 a week", "3 x 2 weeks"
        // Bare durations need a number or an article: "5 days", "two weeks", "a week", "a fortnight".
        if (j >= n
            || !(t.tokens[j].kind == TokenKind::Number || l.numbers.contains(w(j))
                || isAny(j, { u"a", u"an", u"couple", u"fortnight" })))
            return {};
    }
    Count c;
    qsizetype unitAt;
    if (is(j, u"fortnight") || is(j, u"fortnight's")) {
        c = { 1, j };
        unitAt = j;
    } else {
        c = count(j, true);
        if (!c)
            return {};
        unitAt = c.end;
        if (isSymbol(unitAt, u"-") && t.glued(unitAt - 1))
            ++unitAt; // "30-day", "two-week"
        unitAt = opt(unitAt, { u"more", u"working", u"business", u"clear", u"extra", u"full" });
    }
    const bool working = isAny(unitAt - 1, { u"working", u"business" });
    const int v = c.value;
    int days = -1;
    int months = 0;
    bool sameDay = false;
    if (isAny(unitAt, { u"day", u"days", u"day's", u"days'" }))
        days = v * 1;
    else if (isAny(unitAt, { u"week", u"weeks", u"week's", u"weeks'" }))
        days = v * 7;
    else if (isAny(unitAt, { u"fortnight", u"fortnights", u"fortnight's" }))
        days = v * 14;
    else if (isAny(unitAt, { u"month", u"months", u"month's", u"months'" }))
        months = v;
    else if (isAny(unitAt, { u"hour", u"hours", u"hour's", u"hours'" })) {
        // 48 hours = 2 days; a few hours = today
        if (v < 12)
            sameDay = true;
        else
            days = (v + 12) / 24;
    } else if (isAny(unitAt, { u"minute", u"minutes", u"sec", u"secs", u"seconds" }))
        sameDay = true;
    else
        return {};
    qsizetype e = unitAt + 1;
    // Past: "2 days ago", "a week ago", "10 minutes ago".
    if (is(e, u"ago")) {
        if (lead || v < 0)
            return {};
        if (sameDay)
            return dateHit(today, e + 1);
        return dateHit(months ? today.addMonths(-months) : today.addDays(-days), e + 1);
    }
    if (l.durationAfterBlockers.contains(w(e)))
        return {};
    if (sameDay)
        return dateHit(today, e);
    if (v < 0)
        return vagueHit(e); // "in a few days", "a few weeks"
    // "a week today", "a week tomorrow", "a week on Friday", "a week from now", "14 days' time"
    QDate base = today;
    if (is(e, u"today")) {
        ++e;
    } else if (is(e, u"tomorrow")) {
        base = today.addDays(1);
        ++e;
    } else if (is(e, u"from") && isAny(e + 1, { u"today", u"now" })) {
        e += 2;
    } else if (is(e, u"time") || is(e, u"time's")) {
        ++e;
    } else if (days == 7 && !lead && v == 1) {
        const qsizetype k = opt(e, { u"on" });
        if (const int wd = weekdayOf(t, k, false))
            return absorbTime(dateHit(comingWeekday(today, wd).addDays(7), k + 1));
    }
    if (months)
        return dateHit(base.addMonths(months), e);
    if (working)
        return dateHit(addWorkingDays(base, days), e);
    return dateHit(base.addDays(days), e);
}

// Payment terms: "net 30", "net30", "n30", "30 day terms", "payment terms 30 days", "due on receipt".
Hit DateParser::netTerms(qsizetype i) const
{
    if (is(i, u"net") && i + 1 < n) {
        qsizetype j = isSymbol(i + 1, u"-") ? i + 2 : i + 1;
        const int v = j < n && t.tokens[j].kind == TokenKind::Number ? digitsValue(t.tokens[j].text, 365) : -1;
        if (v > 0)
            return dateHit(today.addDays(v), opt(j + 1, { u"days" }));
    }
    if (i < n && t.tokens[i].kind == TokenKind::Alnum) {
        const QStringView s = t.tokens[i].text;
        const QStringView digits = s.startsWith(u"net") ? s.mid(3) : s.startsWith(u'n') ? s.mid(1) : QStringView();
        const int v = digitsValue(digits, 365);
        if (v > 0)
            return dateHit(today.addDays(v), opt(i + 1, { u"days" }));
    }
    // "payment terms 30 days", "terms of 30 days", "payment terms: 30 days"
    if (is(i, u"terms") || (is(i, u"payment") && is(i + 1, u"terms"))) {
        qsizetype j = is(i, u"terms") ? i + 1 : i + 2;
        if (isSymbol(j, u":"))
            ++j;
        j = opt(j, { u"of", u"are", u"is" });
        const int v = j < n && t.tokens[j].kind == TokenKind::Number ? digitsValue(t.tokens[j].text, 365) : -1;
        if (v > 0 && isAny(j + 1, { u"days", u"day" }))
            return dateHit(today.addDays(v), j + 2);
    }
    // "30 day terms", "on 30-day terms"
    if (i < n && t.tokens[i].kind == TokenKind::Number) {
        const int v = digitsValue(t.tokens[i].text, 365);
        qsizetype j = isSymbol(i + 1, u"-") ? i + 2 : i + 1;
        if (v > 0 && isAny(j, { u"day", u"days" }) && is(j + 1, u"terms"))
            return dateHit(today.addDays(v), j + 2);
    }
    if (qsizetype e = seq(opt(opt(i, { u"due", u"payable" }), { u"on", u"upon" }), { u"receipt" });
        e > 0 && isAny(i, { u"due", u"payable", u"on", u"upon" }))
        return dateHit(today, e);
    return {};
}

// Clock times: "5pm", "5 pm", "5:30", "17:00", "10.30am", "noon", "midday", "lunchtime", "midnight": today,
// unless a day follows ("5pm tomorrow", "noon on Friday").
Hit DateParser::clockTime(qsizetype i)
{
    if (i >= n)
        return {};
    const Token &tok = t.tokens[i];
    qsizetype e = -1;
    if (tok.kind == TokenKind::Alnum) {
        const QStringView s = tok.text;
        if (s.size() >= 3 && (s.endsWith(u"am") || s.endsWith(u"pm"))) {
            const QStringView num = s.chopped(2);
            const qsizetype dot = num.indexOf(u'.');
            const int h = digitsValue(dot < 0 ? num : num.left(dot), 12);
            const int m = dot < 0 ? 0 : digitsValue(num.mid(dot + 1), 59);
            if (h >= 0 && m >= 0)
                e = i + 1;
        }
    } else if (tok.kind == TokenKind::Number) {
        const QStringView s = tok.text;
        const qsizetype dot = s.indexOf(u'.');
        const int h = digitsValue(dot < 0 ? s : s.left(dot), 24);
        if (h >= 0 && isAny(i + 1, { u"am", u"pm", u"o'clock", u"oclock" }) && (dot < 0 || s.size() - dot == 3)) {
            e = i + 2;
        } else if (h >= 0 && isSymbol(i + 1, u":") && t.glued(i) && t.glued(i + 1) && i + 2 < n
            && t.tokens[i + 2].text.size() == 2 && digitsValue(t.tokens[i + 2].text, 59) >= 0) {
            e = opt(i + 3, { u"am", u"pm" });
        } else if (h >= 0 && h <= 12 && isAny(i + 1, { u"p", u"a" }) && isSymbol(i + 2, u".") && is(i + 3, u"m")) {
            e = isSymbol(i + 4, u".") ? i + 5 : i + 4; // "5 p.m."
        }
    } else if (isAny(i, { u"noon", u"midday", u"lunchtime", u"midnight" })) {
        e = i + 1;
    } else if (is(i, u"lunch") && isAny(i - 1, { u"by", u"at", u"before", u"after" })) {
        e = i + 1;
    }
    if (e < 0)
        return {};
    // "5pm tomorrow", "noon on Friday", "5pm on the 4th"
    const qsizetype k = opt(e, { u"on", u"this", u"," });
    const qsizetype from = is(e, u"this") ? e : k;
    if (from < n) {
        Hit next = at(from);
        if (next && !next.vague && next.date.isValid())
            return next;
    }
    return dateHit(today, e);
}

constexpr const char16_t *VaguePhrases[][7] = {
    { u"as", u"soon", u"as", u"possible" },
    { u"as", u"soon", u"as", u"i", u"can" },
    { u"as", u"soon", u"as", u"we", u"can" },
    { u"as", u"soon", u"as", u"poss" },
    { u"at", u"some", u"point" },
    { u"in", u"due", u"course" },
    { u"one", u"of", u"these", u"days" },
    { u"any", u"day", u"now" },
    { u"before", u"long" },
    { u"sooner", u"or", u"later" },
    { u"in", u"a", u"bit" },
    { u"in", u"a", u"while" },
    { u"in", u"a", u"little", u"while" },
    { u"after", u"a", u"while" },
    { u"in", u"the", u"coming", u"days" },
    { u"in", u"the", u"coming", u"weeks" },
    { u"when", u"i", u"get", u"paid" },
    { u"when", u"i'm", u"paid" },
    { u"once", u"i", u"get", u"paid" },
    { u"once", u"i'm", u"paid" },
    { u"once", u"i've", u"been", u"paid" },
    { u"when", u"i've", u"been", u"paid" },
    { u"when", u"we", u"get", u"paid" },
    { u"once", u"we", u"get", u"paid" },
    { u"next", u"payday" },
    { u"next", u"pay", u"day" },
    { u"pay", u"day" },
    { u"when", u"i", u"can" },
    { u"when", u"we", u"can" },
    { u"when", u"i", u"get", u"a", u"chance" },
    { u"when", u"i", u"get", u"the", u"chance" },
    { u"once", u"things", u"settle" },
    { u"when", u"things", u"settle" },
    { u"once", u"things", u"calm" },
    { u"when", u"things", u"calm" },
    { u"when", u"things", u"pick", u"up" },
    { u"lunar", u"new", u"year" },
    { u"chinese", u"new", u"year" },
    { u"the", u"holidays" },
    { u"school", u"holidays" },
    { u"half", u"term" },
    { u"end", u"of", u"the", u"financial", u"year" },
    { u"end", u"of", u"financial", u"year" },
    { u"end", u"of", u"the", u"tax", u"year" },
    { u"later", u"on" },
    { u"some", u"time" },
};

// Vague times: soon, asap, shortly, later, in a bit, sometime, eventually, when I get paid, payday, festivals with
// no fixed date, "once things settle down".
Hit DateParser::vague(qsizetype i) const
{
    for (const auto &phrase : VaguePhrases) {
        qsizetype j = i;
        for (const char16_t *word : phrase) {
            if (!word)
                break;
            if (!is(j, QStringView(word))) {
                j = -1;
                break;
            }
            ++j;
        }
        if (j > i)
            return vagueHit(j);
    }
    if (isAny(i,
            { u"soon", u"asap", u"shortly", u"soonish", u"sometime", u"eventually", u"payday", u"diwali", u"deepavali",
                u"eid", u"holi", u"pongal", u"onam", u"ramadan", u"imminently", u"later", u"whenever", u"someday" }))
        return vagueHit(i + 1);
    // a.s.a.p
    if (is(i, u"a") && isSymbol(i + 1, u".") && is(i + 2, u"s") && isSymbol(i + 3, u".") && is(i + 4, u"a"))
        return vagueHit(opt(opt(i + 5, { u"." }), { u"p" }));
    return {};
}

Hit DateParser::at(qsizetype i)
{
    if (i >= n || t.tokens[i].kind == TokenKind::Symbol)
        return {};
    if (Hit h = holiday(i))
        return h;
    if (Hit h = boundary(i))
        return h;
    if (Hit h = relativeDay(i))
        return h;
    if (Hit h = weekday(i))
        return h;
    if (Hit h = thisNextLast(i))
        return h;
    if (Hit h = dayOfMonth(i))
        return h;
    if (Hit h = monthFirst(i))
        return h;
    if (Hit h = numericDate(i))
        return absorbTime(h);
    if (Hit h = duration(i))
        return h;
    if (Hit h = netTerms(i))
        return h;
    if (Hit h = clockTime(i))
        return h;
    if (Hit h = vague(i))
        return h;
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// The amount grammar

struct CurrencyWord {
    const char16_t *word;
    const char16_t *code; // empty: names no country ("$", "dollars", "bucks")
};

constexpr CurrencyWord CurrencySuffixes[] = {
    { u"quid", u"GBP" },
    { u"pounds", u"GBP" },
    { u"pound", u"GBP" },
    { u"gbp", u"GBP" },
    { u"sterling", u"GBP" },
    { u"euro", u"EUR" },
    { u"euros", u"EUR" },
    { u"eur", u"EUR" },
    { u"rupees", u"INR" },
    { u"rupee", u"INR" },
    { u"rs", u"INR" },
    { u"inr", u"INR" },
    { u"dollars", u"" },
    { u"dollar", u"" },
    { u"bucks", u"" },
    { u"usd", u"USD" },
    { u"aud", u"AUD" },
    { u"nzd", u"NZD" },
    { u"cad", u"CAD" },
};

constexpr CurrencyWord CurrencyPrefixes[] = {
    { u"rs", u"INR" },
    { u"inr", u"INR" },
    { u"usd", u"USD" },
    { u"aud", u"AUD" },
    { u"gbp", u"GBP" },
    { u"eur", u"EUR" },
    { u"nzd", u"NZD" },
    { u"cad", u"CAD" },
    { u"rp", u"INR" },
};

// Words after a number that make it a count, a duration or a measure, not money.
const QSet<QStringView> &countNouns()
{
    static const QSet<QStringView> s = setOf({ u"day", u"days", u"week", u"weeks", u"month", u"months", u"year",
        u"years", u"yrs", u"hour", u"hours", u"minute", u"minutes", u"sec", u"secs", u"second", u"seconds",
        u"fortnight", u"fortnights", u"x", u"time", u"times", u"kid", u"kids", u"child", u"children", u"people",
        u"person", u"of", u"am", u"pm", u"o'clock", u"oclock", u"percent", u"pc", u"per", u"miles", u"mile", u"km",
        u"kms", u"metres", u"meters", u"m2", u"sqm", u"sq", u"ft", u"feet", u"foot", u"inch", u"inches", u"mm", u"cm",
        u"kg", u"litres", u"pieces", u"piece", u"items", u"item", u"hrs", u"mins", u"lessons", u"lesson", u"sessions",
        u"session", u"visits", u"visit", u"instalments", u"instalment", u"payments", u"payment", u"texts", u"text",
        u"messages", u"message", u"reminders", u"invoices", u"bills", u"jobs", u"rooms", u"room", u"windows", u"doors",
        u"bedroom", u"bed", u"storey", u"floors", u"floor", u"tiles", u"sockets", u"lights", u"taps", u"working",
        u"business", u"st", u"nd", u"rd", u"th" });
    return s;
}

// Words before a number that make it a reference, an address or an age.
const QSet<QStringView> &referenceWords()
{
    static const QSet<QStringView> s = setOf({ u"number", u"no", u"invoice", u"ref", u"reference", u"order", u"po",
        u"account", u"flat", u"unit", u"room", u"apt", u"apartment", u"suite", u"ext", u"extension", u"pin", u"code",
        u"id", u"page", u"line", u"item", u"version", u"level", u"aged", u"age", u"route", u"bus", u"platform", u"gate",
        u"seat", u"table", u"row", u"ticket", u"case", u"claim", u"policy", u"job", u"house", u"sort", u"bsb", u"ifsc",
        u"upi", u"tel", u"phone", u"mobile", u"call", u"ring", u"whatsapp", u"year", u"since", u"in", u"from", u"till",
        u"until", u"by", u"before", u"after", u"step", u"chapter", u"room", u"lot", u"plot", u"postcode", u"zip",
        u"pincode", u"otp", u"x", u"times", u"i'm", u"am", u"turned", u"turning", u"at", u"vat", u"gst", u"abn", u"acn",
        u"tin", u"pan", u"sortcode", u"aged", u"net", u"terms", u"n", u"utr", u"txn", u"transaction", u"tx", u"txid",
        u"rrn", u"confirmation", u"conf", u"auth", u"approval", u"trace", u"cheque", u"check", u"receipt" });
    return s;
}

bool isNumberToken(const TokenizedText &t, qsizetype i)
{
    return i >= 0 && i < t.size() && t.tokens[i].kind == TokenKind::Number;
}

// "1,340.50", "1,00,000" -> value; false when not a money-shaped number.
bool parseNumber(QStringView s, double *value)
{
    double v = 0;
    double scale = 0;
    bool sawDigit = false;
    for (QChar c : s) {
        if (c >= u'0' && c <= u'9') {
            sawDigit = true;
            if (scale > 0) {
                v += (c.unicode() - u'0') * scale;
                scale /= 10;
            } else {
                v = v * 10 + (c.unicode() - u'0');
            }
        } else if (c == u',') {
            if (scale > 0)
                return false;
        } else if (c == u'.') {
            if (scale > 0)
                return false; // 30.11.2026
            scale = 0.1;
        } else {
            return false;
        }
    }
    *value = v;
    return sawDigit;
}

double multiplierOf(QStringView w)
{
    if (w == u"k" || w == u"grand" || w == u"thousand" || w == u"g")
        return 1000;
    if (w == u"m" || w == u"mil" || w == u"million" || w == u"mn")
        return 1000000;
    if (w == u"lakh" || w == u"lakhs" || w == u"lac" || w == u"lacs")
        return 100000;
    if (w == u"crore" || w == u"crores" || w == u"cr")
        return 10000000;
    if (w == u"hundred")
        return 100;
    return 0;
}

class AmountParser
{
public:
    explicit AmountParser(const TokenizedText &text)
        : t(text)
        , n(text.size())
    {
    }
    QList<AmountSpan> run();

private:
    const TokenizedText &t;
    const qsizetype n;

    QStringView w(qsizetype i) const { return t.at(i); }
    bool isSymbol(qsizetype i, QStringView s) const
    {
        return i >= 0 && i < n && t.tokens[i].kind == TokenKind::Symbol && t.tokens[i].text == s;
    }
    bool prefixCurrency(qsizetype i, QString *code, qsizetype *at) const;
    bool numberAt(qsizetype i, double *value, qsizetype *end, bool *isWords) const;
    bool wordNumber(qsizetype i, double *value, qsizetype *end) const;
    bool suffixCurrency(qsizetype *end, QString *code) const;
    bool isPhoneLike(qsizetype i) const;
    bool bareNumberIsAmount(qsizetype i, qsizetype end) const;
};

// A currency sign or code before a number: "£", "$", "A$", "AU$", "US$", "€", "₹", "Rs", "Rs.", "INR".
// Sets the ISO code (empty for a bare "$", which names no country) and where the number starts.
bool AmountParser::prefixCurrency(qsizetype i, QString *code, qsizetype *at) const
{
    const Token &tok = t.tokens[i];
    if (tok.kind == TokenKind::Symbol) {
        const QStringView s = tok.text;
        *at = i + 1;
        if (s == u"£")
            *code = QStringLiteral("GBP");
        else if (s == u"€")
            *code = QStringLiteral("EUR");
        else if (s == u"₹")
            *code = QStringLiteral("INR");
        else if (s == u"$")
            code->clear();
        else
            return false;
        return true;
    }
    if (tok.kind != TokenKind::Word)
        return false;
    // "A$155", "AU$", "US$", "NZ$", "C$": letters glued to a '$'
    if (isSymbol(i + 1, u"$") && t.glued(i)) {
        const QStringView s = tok.text;
        *at = i + 2;
        if (s == u"a" || s == u"au" || s == u"aud")
            *code = QStringLiteral("AUD");
        else if (s == u"us" || s == u"usd")
            *code = QStringLiteral("USD");
        else if (s == u"nz")
            *code = QStringLiteral("NZD");
        else if (s == u"c" || s == u"ca")
            *code = QStringLiteral("CAD");
        else
            return false;
        return true;
    }
    for (const CurrencyWord &c : CurrencyPrefixes) {
        if (tok.text == QStringView(c.word)) {
            qsizetype j = i + 1;
            if (isSymbol(j, u".") && t.glued(i))
                ++j;
            if (j < n && (t.tokens[j].kind == TokenKind::Number || t.tokens[j].kind == TokenKind::Alnum)) {
                *at = j;
                *code = QString::fromUtf16(c.code);
                return true;
            }
        }
    }
    return false;
}

// Number words: "forty", "fifty-five", "two hundred", "three hundred and fifty", "a hundred", "a grand",
// "two thousand five hundred", "a tenner", "a fiver".
bool AmountParser::wordNumber(qsizetype i, double *value, qsizetype *end) const
{
    const auto &numbers = lex().numbers;
    qsizetype j = i;
    double total = 0;
    double group = 0;
    bool any = false;
    if (w(j) == u"a" || w(j) == u"an") {
        if (w(j + 1) == u"tenner" || w(j + 1) == u"fiver") {
            *value = w(j + 1) == u"tenner" ? 10 : 5;
            *end = j + 2;
            return true;
        }
        const double m = multiplierOf(w(j + 1));
        if (m >= 100 && w(j + 1) != u"k" && w(j + 1) != u"m" && w(j + 1) != u"g") {
            group = 1;
            ++j;
            any = true;
        } else {
            return false;
        }
    }
    while (j < n) {
        const auto it = numbers.constFind(w(j));
        if (it != numbers.cend()) {
            int v = *it;
            qsizetype k = j + 1;
            if (v >= 20 && v % 10 == 0) {
                const qsizetype u = isSymbol(k, u"-") ? k + 1 : k;
                const auto unit = numbers.constFind(w(u));
                if (unit != numbers.cend() && *unit < 10) {
                    v += *unit;
                    k = u + 1;
                }
            }
            group += v;
            any = true;
            j = k;
            continue;
        }
        const QStringView word = w(j);
        if (any && (word == u"hundred")) {
            group = (group == 0 ? 1 : group) * 100;
            ++j;
            if (w(j) == u"and" && numbers.contains(w(j + 1)))
                ++j;
            continue;
        }
        if (any && (word == u"thousand" || word == u"grand" || word == u"lakh" || word == u"lakhs")) {
            total += (group == 0 ? 1 : group) * multiplierOf(word);
            group = 0;
            ++j;
            if (w(j) == u"and" && numbers.contains(w(j + 1)))
                ++j;
            continue;
        }
        break;
    }
    if (!any)
        return false;
    *value = total + group;
    *end = j;
    return *value > 0;
}

// A number at i: digits ("1,340.50"), "3k", "1.2k", "50p", "2 grand", "1.5 lakh", or number words.
bool AmountParser::numberAt(qsizetype i, double *value, qsizetype *end, bool *isWords) const
{
    *isWords = false;
    if (i >= n)
        return false;
    const Token &tok = t.tokens[i];
    if (tok.kind == TokenKind::Number) {
        if (!parseNumber(tok.text, value))
            return false;
        *end = i + 1;
        // "2 grand", "1.5 lakh", "3 k", "two hundred" as "2 hundred"
        if (i + 1 < n && t.tokens[i + 1].kind == TokenKind::Word) {
            const QStringView next = t.tokens[i + 1].text;
            const double m = multiplierOf(next);
            if (m > 0 && next != u"m" && next != u"mn" && next != u"cr" && next != u"g") {
                *value *= m;
                *end = i + 2;
            }
        }
        return true;
    }
    if (tok.kind == TokenKind::Alnum) {
        // digits + suffix: 3k, 1.2k, 50p, 10m, 2lakh
        const QStringView s = tok.text;
        qsizetype k = 0;
        while (k < s.size() && (s[k].isDigit() || s[k] == u'.' || s[k] == u','))
            ++k;
        if (k == 0 || k == s.size())
            return false;
        double v = 0;
        if (!parseNumber(s.left(k), &v))
            return false;
        const QStringView suffix = s.mid(k);
        if (suffix == u"p") {
            *value = v / 100;
        } else if (const double m = multiplierOf(suffix); m > 0 && suffix != u"hundred") {
            *value = v * m;
        } else {
            return false;
        }
        *end = i + 1;
        return true;
    }
    if (tok.kind == TokenKind::Word && wordNumber(i, value, end)) {
        *isWords = true;
        return true;
    }
    return false;
}

// A currency word or mark after a number: "quid", "bucks", "euro", "rupees", "Rs", "INR", "/-" (India).
bool AmountParser::suffixCurrency(qsizetype *end, QString *code) const
{
    const qsizetype j = *end;
    if (j >= n)
        return false;
    if (isSymbol(j, u"/") && isSymbol(j + 1, u"-")) {
        *end = j + 2;
        *code = QStringLiteral("INR");
        return true;
    }
    if (t.tokens[j].kind != TokenKind::Word)
        return false;
    for (const CurrencyWord &c : CurrencySuffixes) {
        if (t.tokens[j].text == QStringView(c.word)) {
            *end = j + 1;
            *code = QString::fromUtf16(c.code);
            return true;
        }
    }
    if (t.tokens[j].text == u"pence" || t.tokens[j].text == u"p") {
        *end = j + 1;
        *code = QStringLiteral("GBP");
        return true;
    }
    return false;
}

// Part of a phone number, a sort code or a long reference: a group starting with 0 or +, long digit runs, or
// digit groups chained by spaces or dashes.
bool AmountParser::isPhoneLike(qsizetype i) const
{
    const QStringView s = t.tokens[i].text;
    if (s.contains(u'.') || s.contains(u','))
        return false;
    if (s.size() >= 3 && s.front() == u'0')
        return true;
    if (s.size() >= 7)
        return true;
    if (isSymbol(i - 1, u"+") && t.glued(i - 1))
        return true;
    if (isSymbol(i - 1, u")") && isNumberToken(t, i - 2) && isSymbol(i - 3, u"("))
        return true;
    if (isSymbol(i + 1, u")") && isSymbol(i - 1, u"("))
        return true;
    // chained groups: "555 0147", "010-3391", "99887 66554"
    auto chained = [&](qsizetype a, qsizetype b) {
        return isNumberToken(t, a) && isNumberToken(t, b) && t.tokens[a].text.size() >= 3
            && t.tokens[b].text.size() >= 3 && !t.tokens[a].text.contains(u'.') && !t.tokens[b].text.contains(u'.');
    };
    if (chained(i, i + 1) || chained(i - 1, i))
        return true;
    if ((isSymbol(i + 1, u"-") && t.glued(i) && t.glued(i + 1) && chained(i, i + 2))
        || (isSymbol(i - 1, u"-") && t.glued(i - 2) && t.glued(i - 1) && chained(i - 2, i)))
        return true;
    return false;
}

// A number with no currency: money unless it is a date, a time, a count, a reference, a phone number, a percentage.
bool AmountParser::bareNumberIsAmount(qsizetype i, qsizetype end) const
{
    const Token &tok = t.tokens[i];
    if (tok.kind == TokenKind::Alnum)
        return true; // 3k, 1.2k
    if (tok.kind == TokenKind::Number) {
        if (tok.text.count(u'.') > 1)
            return false;
        if (isPhoneLike(i))
            return false;
        // glued to codes and symbols: INV-1042, 55-K, #12, 24/7, 5:30, 10%, +44
        if (i > 0 && !tok.spaceBefore) {
            const Token &p = t.tokens[i - 1];
            if (p.kind != TokenKind::Symbol || p.text == u"-" || p.text == u"/" || p.text == u"#" || p.text == u":"
                || p.text == u"+" || p.text == u"." || p.text == u"'")
                return false;
        }
        if (end == i + 1 && end < n && !t.tokens[end].spaceBefore) {
            const Token &x = t.tokens[end];
            if (x.kind != TokenKind::Symbol || x.text == u"-" || x.text == u"/" || x.text == u":" || x.text == u"%"
                || x.text == u"'" || x.text == u"x")
                return false;
        }
        // years next to a month or after "in"/"since"
        const int v = digitsValue(tok.text, 9999);
        if (tok.text.size() == 4 && v >= 1990 && v <= 2100 && !tok.text.contains(u','))
            return false;
        if (monthOf(t, i - 1) || monthOf(t, end) || (w(end) == u"of" && monthOf(t, end + 1)))
            return false;
        if (isSymbol(i - 1, u":") && referenceWords().contains(w(i - 2)))
            return false;
    }
    if (referenceWords().contains(w(i - 1)))
        return false;
    const QStringView next = w(end);
    // A range: "2 or 3 days", "3-4 weeks" is whatever its last number is.
    if ((next == u"or" || next == u"to" || next == u"-") && isNumberToken(t, end + 1))
        return bareNumberIsAmount(end + 1, end + 2);
    if (countNouns().contains(next))
        return false;
    // A plural noun after the number counts things ("2 lessons", "3 tiles"), whatever the noun.
    if (end < n && t.tokens[end].kind == TokenKind::Word && next.size() >= 4 && next.endsWith(u's')
        && !next.endsWith(u"ss")) {
        static const QSet<QStringView> notNouns = setOf({ u"thanks", u"towards", u"always", u"perhaps", u"plus",
            u"afterwards", u"cheers", u"minus", u"unless", u"was", u"has", u"is", u"this", u"thus", u"yes", u"bucks",
            u"pounds", u"dollars", u"euros", u"rupees", u"lakhs", u"crores", u"quids", u"besides", u"less", u"via" });
        if (!notNouns.contains(next))
            return false;
    }
    return true;
}

QList<AmountSpan> AmountParser::run()
{
    QList<AmountSpan> out;
    for (qsizetype i = 0; i < n; ++i) {
        const Token &tok = t.tokens[i];
        QString currency;
        qsizetype from = i;
        const bool prefixed = prefixCurrency(i, &currency, &from);
        if (!prefixed && tok.kind == TokenKind::Symbol)
            continue;
        double value = 0;
        qsizetype end = -1;
        bool words = false;
        if (!numberAt(from, &value, &end, &words))
            continue;
        QString suffix;
        const qsizetype numberEnd = end;
        const bool suffixed = suffixCurrency(&end, &suffix);
        if (suffixed && currency.isEmpty())
            currency = suffix;
        if (suffixed && (t.tokens[end - 1].text == u"p" || t.tokens[end - 1].text == u"pence"))
            value /= 100; // 50 pence
        if (!prefixed && t.tokens[from].kind == TokenKind::Alnum && t.tokens[from].text.endsWith(u'p'))
            currency = QStringLiteral("GBP"); // 50p
        if (!prefixed && !suffixed) {
            if (words) {
                // Number words are money only in the hundreds or more ("two hundred"); "forty" needs "quid".
                if (end < n && t.tokens[end].kind == TokenKind::Word && w(end).endsWith(u's') && w(end) != u"thanks")
                    continue;
                const QStringView unit = t.tokens[end - 1].text;
                if (unit != u"tenner" && unit != u"fiver" && (value < 100 || countNouns().contains(w(end))))
                    continue;
            } else if (!bareNumberIsAmount(from, numberEnd)) {
                continue;
            }
        } else if (!prefixed && suffixed && !words && isPhoneLike(from)) {
            continue;
        }
        AmountSpan span;
        span.match.value = value;
        span.match.currency = currency;
        span.match.start = tok.start;
        span.match.length = t.tokens[end - 1].end - tok.start;
        span.first = i;
        span.last = end;
        out.append(span);
        i = end - 1;
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

namespace nlu {

QList<DateSpan> findDates(const TokenizedText &text, const QDate &today, DateOrder order)
{
    QList<DateSpan> out;
    if (!today.isValid())
        return out;
    DateParser parser(text, today, order);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Hit h = parser.at(i);
        if (!h || h.end <= i)
            continue;
        DateSpan span;
        span.match.date = h.date;
        span.match.vague = h.vague;
        span.match.start = text.tokens[i].start;
        span.match.length = text.tokens[h.end - 1].end - span.match.start;
        span.first = i;
        span.last = h.end;
        out.append(span);
        i = h.end - 1;
    }
    return out;
}

qsizetype bestDate(const TokenizedText &text, const QList<DateSpan> &dates, const QDate &today)
{
    // A date the sender rules out ("instead of the 1st", "not Friday") is not the one they mean.
    const auto &negators = lex().negators;
    auto ruledOut = [&](const DateSpan &s) {
        for (qsizetype k = s.first - 1; k >= 0 && k >= s.first - 2; --k) {
            if (negators.contains(text.at(k)))
                return true;
        }
        return false;
    };
    qsizetype future = -1, firstVague = -1, past = -1;
    for (qsizetype k = 0; k < dates.size(); ++k) {
        const DateSpan &s = dates[k];
        if (s.match.vague) {
            if (firstVague < 0)
                firstVague = k;
        } else if (s.match.date >= today) {
            if (!ruledOut(s) || future < 0)
                future = k;
        } else {
            past = k;
        }
    }
    if (future >= 0)
        return future;
    if (firstVague >= 0)
        return firstVague;
    return past;
}

QList<AmountSpan> findAmounts(const TokenizedText &text)
{
    return AmountParser(text).run();
}

} // namespace nlu

DateOrder dateOrderForRegion(const QString &region)
{
    // Month first: the US and its territories, the Philippines, Belize, the Federated States of Micronesia,
    // the Marshall Islands, Palau. Everyone else DueDesk serves (UK, IE, IN, AU, NZ) writes day first.
    static const QSet<QString> monthFirst = { QStringLiteral("US"), QStringLiteral("PH"), QStringLiteral("BZ"),
        QStringLiteral("FM"), QStringLiteral("MH"), QStringLiteral("PW"), QStringLiteral("PR"), QStringLiteral("GU"),
        QStringLiteral("AS"), QStringLiteral("VI"), QStringLiteral("MP"), QStringLiteral("UM") };
    return monthFirst.contains(region.trimmed().toUpper()) ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

QList<DateMatch> DateExpressions::findAll(const QString &text, const QDate &today, DateOrder order)
{
    const TokenizedText tokens(text);
    const QList<DateSpan> spans = nlu::findDates(tokens, today, order);
    QList<DateMatch> out;
    out.reserve(spans.size());
    for (const DateSpan &s : spans)
        out.append(s.match);
    return out;
}

DateMatch DateExpressions::best(const QString &text, const QDate &today, DateOrder order)
{
    const TokenizedText tokens(text);
    const QList<DateSpan> spans = nlu::findDates(tokens, today, order);
    const qsizetype k = nlu::bestDate(tokens, spans, today);
    return k >= 0 ? spans[k].match : DateMatch();
}

QList<AmountMatch> AmountExpressions::findAll(const QString &text)
{
    const TokenizedText tokens(text);
    const QList<AmountSpan> spans = nlu::findAmounts(tokens);
    QList<AmountMatch> out;
    out.reserve(spans.size());
    for (const AmountSpan &s : spans)
        out.append(s.match);
    return out;
}

} // namespace duedesk
