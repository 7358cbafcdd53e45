#include "DateParser.h"

namespace duedesk::nlu::dates {

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
    // "a couple more weeks" asks for an open-ended extension, like "a few more weeks": vague.
    if (is(j, u"couple"))
        return { isAny(j + 1, { u"more", u"extra" }) ? -1 : 2, opt(j + 1, { u"of" }) };
    if (isAny(j, { u"few", u"several" }))
        return { -1, j + 1 };
    if (article)
        return allowArticle ? Count{ 1, j } : Count{};
    const auto &numbers = dateWords().numbers;
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
    const auto &ordinals = dateWords().ordinals;
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
    const auto &tod = dateWords().timeOfDay;
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

// A time of day that ends at e, on the day stated next ("5pm tomorrow", "noon on Friday", "COB this Friday"), else
// today.
Hit DateParser::onDayAfter(qsizetype e)
{
    const qsizetype from = is(e, u"this") ? e : opt(e, { u"on", u"," });
    if (from < n) {
        Hit next = at(from);
        if (next && !next.vague && next.date.isValid())
            return next;
    }
    return dateHit(today, e);
}

namespace {

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

} // namespace

// Vague times: soon, asap, shortly, later, in a bit, sometime, eventually, when I get paid, payday, festivals with
// no fixed date, "once things settle down".
Hit DateParser::vague(qsizetype i) const
{
    // VaguePhrases as views, measured once.
    static const QList<QList<QStringView>> phrases = [] {
        QList<QList<QStringView>> out;
        for (const auto &phrase : VaguePhrases) {
            QList<QStringView> words;
            for (const char16_t *word : phrase) {
                if (!word)
                    break;
                words.append(QStringView(word));
            }
            out.append(words);
        }
        return out;
    }();
    const QStringView first = w(i);
    for (const QList<QStringView> &phrase : phrases) {
        if (phrase.front() != first)
            continue;
        qsizetype j = i + 1;
        for (qsizetype k = 1; k < phrase.size() && j > i; ++k)
            j = is(j, phrase[k]) ? j + 1 : -1;
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
    if (Hit h = endOfDay(i))
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

} // namespace duedesk::nlu::dates
