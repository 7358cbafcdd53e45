// The amount grammar ("£1,340", "3k", "two hundred", "forty quid", "₹3,200"): AmountExpressions and nlu::findAmounts.

#include "DateExpressions.h"
#include "DateWords.h"
#include "NluText.h"

#include <QHash>
#include <QSet>

namespace duedesk {

using nlu::AmountSpan;
using nlu::Token;
using nlu::TokenizedText;
using nlu::TokenKind;
using nlu::dates::dateWords;
using nlu::dates::digitsValue;
using nlu::dates::isDottedDayMonth;
using nlu::dates::monthOf;
using nlu::dates::setOf;

namespace {

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
    const auto &numbers = dateWords().numbers;
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
        if (int a = 0, b = 0; tok.text.count(u'.') > 1 || isDottedDayMonth(t, i, &a, &b))
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
        // "Dec 10", "Dec. 10", "10 Dec", "10 of December"
        if (monthOf(t, i - 1) || (isSymbol(i - 1, u".") && monthOf(t, i - 2)) || monthOf(t, end)
            || (w(end) == u"of" && monthOf(t, end + 1)))
            return false;
        if (isSymbol(i - 1, u":") && referenceWords().contains(w(i - 2)))
            return false;
    }
    if (referenceWords().contains(w(i - 1)))
        return false;
    // A range: "2 or 3 days", "3-4 weeks" is whatever its last number is.
    if ((w(end) == u"or" || w(end) == u"to" || w(end) == u"-") && isNumberToken(t, end + 1))
        return bareNumberIsAmount(end + 1, end + 2);
    // The noun counted, past the words that qualify it: "3 more days", "5 working days", "2 extra lessons".
    qsizetype noun = end;
    static const QSet<QStringView> qualifiers
        = setOf({ u"more", u"extra", u"working", u"business", u"clear", u"full" });
    while (qualifiers.contains(w(noun)))
        ++noun;
    const QStringView next = w(noun);
    if (countNouns().contains(next))
        return false;
    // A plural noun after the number counts things ("2 lessons", "3 tiles"), whatever the noun.
    if (noun < n && t.tokens[noun].kind == TokenKind::Word && next.size() >= 4 && next.endsWith(u's')
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

namespace nlu {

QList<AmountSpan> findAmounts(const TokenizedText &text)
{
    return AmountParser(text).run();
}

} // namespace nlu

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
