#include "DateParser.h"

namespace duedesk::nlu::dates {

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
    const auto &l = dateWords();
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
    const auto &l = dateWords();
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
    // on 15.12 (one token, no year)
    if (int a = 0, b = 0; isDottedDayMonth(t, i, &a, &b)) {
        const int dd = order == DateOrder::DayFirst ? a : b;
        const int mm = order == DateOrder::DayFirst ? b : a;
        if (QDate(2000, mm, dd).isValid())
            return dateHit(dayMonth(today, dd, mm), i + 1);
        return dateHit(dayMonth(today, mm, dd), i + 1); // the other order is the only possible one
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

} // namespace duedesk::nlu::dates
