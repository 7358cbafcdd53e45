#include "NluText.h"

#include <QHash>

namespace duedesk::nlu {

namespace {

// Variants people type for the same word. Only unambiguous ones: "ill" (sick) and "wed" (married) stay as they are.
struct Variant {
    const char16_t *variant;
    const char16_t *canonical;
};
constexpr Variant Variants[] = {
    // days
    { u"tmrw", u"tomorrow" },
    { u"tmr", u"tomorrow" },
    { u"tmrow", u"tomorrow" },
    { u"tmw", u"tomorrow" },
    { u"tmro", u"tomorrow" },
    { u"tmoro", u"tomorrow" },
    { u"tmorrow", u"tomorrow" },
    { u"tomorow", u"tomorrow" },
    { u"tommorow", u"tomorrow" },
    { u"tommorrow", u"tomorrow" },
    { u"tomorro", u"tomorrow" },
    { u"tomoro", u"tomorrow" },
    { u"tomorrw", u"tomorrow" },
    { u"tomrw", u"tomorrow" },
    { u"tomoz", u"tomorrow" },
    { u"tmoz", u"tomorrow" },
    { u"2moro", u"tomorrow" },
    { u"2morro", u"tomorrow" },
    { u"2morrow", u"tomorrow" },
    { u"2morow", u"tomorrow" },
    { u"2mrw", u"tomorrow" },
    { u"2mro", u"tomorrow" },
    { u"2mrow", u"tomorrow" },
    { u"tomorrows", u"tomorrow's" },
    { u"tmrws", u"tomorrow's" },
    { u"2day", u"today" },
    { u"tday", u"today" },
    { u"tdy", u"today" },
    { u"todays", u"today's" },
    { u"2nite", u"tonight" },
    { u"tonite", u"tonight" },
    { u"2night", u"tonight" },
    { u"tonigt", u"tonight" },
    { u"yday", u"yesterday" },
    { u"yest", u"yesterday" },
    { u"yesterdy", u"yesterday" },
    { u"yesturday", u"yesterday" },
    { u"yestarday", u"yesterday" },
    { u"avo", u"arvo" },
    { u"wk", u"week" },
    { u"wks", u"weeks" },
    { u"wkend", u"weekend" },
    { u"wknd", u"weekend" },
    { u"nxt", u"next" },
    { u"mnth", u"month" },
    { u"mth", u"month" },
    { u"mths", u"months" },
    { u"hrs", u"hours" },
    { u"hr", u"hour" },
    { u"mins", u"minutes" },
    { u"min", u"minute" },
    { u"b4", u"before" },
    { u"til", u"till" },
    { u"untill", u"until" },
    { u"untl", u"until" },
    { u"xmas", u"christmas" },
    { u"chrimbo", u"christmas" },
    { u"crimbo", u"christmas" },
    { u"chrismas", u"christmas" },
    { u"christmass", u"christmas" },
    { u"fortnite", u"fortnight" },
    { u"wensday", u"wednesday" },
    { u"wendsday", u"wednesday" },
    { u"wedensday", u"wednesday" },
    { u"wednesdy", u"wednesday" },
    { u"wednsday", u"wednesday" },
    { u"thrusday", u"thursday" },
    { u"thursay", u"thursday" },
    { u"thurday", u"thursday" },
    { u"thursdy", u"thursday" },
    { u"firday", u"friday" },
    { u"fryday", u"friday" },
    { u"frday", u"friday" },
    { u"fridy", u"friday" },
    { u"saterday", u"saturday" },
    { u"satuday", u"saturday" },
    { u"saturdy", u"saturday" },
    { u"sundy", u"sunday" },
    { u"tuseday", u"tuesday" },
    { u"teusday", u"tuesday" },
    { u"tusday", u"tuesday" },
    { u"tuesdy", u"tuesday" },
    { u"munday", u"monday" },
    { u"mondy", u"monday" },
    // chat shorthand
    { u"pls", u"please" },
    { u"plz", u"please" },
    { u"plse", u"please" },
    { u"pleas", u"please" },
    { u"pl", u"please" },
    { u"thx", u"thanks" },
    { u"thanx", u"thanks" },
    { u"thnx", u"thanks" },
    { u"thnks", u"thanks" },
    { u"tks", u"thanks" },
    { u"ty", u"thanks" },
    { u"tx", u"thanks" },
    { u"ta", u"thanks" },
    { u"u", u"you" },
    { u"yu", u"you" },
    { u"ur", u"your" },
    { u"yr", u"your" },
    { u"youre", u"you're" },
    { u"r", u"are" },
    { u"im", u"i'm" },
    { u"ive", u"i've" },
    { u"dont", u"don't" },
    { u"didnt", u"didn't" },
    { u"doesnt", u"doesn't" },
    { u"cant", u"can't" },
    { u"wont", u"won't" },
    { u"isnt", u"isn't" },
    { u"wasnt", u"wasn't" },
    { u"arent", u"aren't" },
    { u"havent", u"haven't" },
    { u"hasnt", u"hasn't" },
    { u"hadnt", u"hadn't" },
    { u"shouldnt", u"shouldn't" },
    { u"couldnt", u"couldn't" },
    { u"wouldnt", u"wouldn't" },
    { u"werent", u"weren't" },
    { u"aint", u"ain't" },
    { u"its", u"it's" },
    { u"thats", u"that's" },
    { u"whats", u"what's" },
    { u"wheres", u"where's" },
    { u"theres", u"there's" },
    { u"hows", u"how's" },
    { u"whos", u"who's" },
    { u"lets", u"let's" },
    { u"youll", u"you'll" },
    { u"itll", u"it'll" },
    { u"theyll", u"they'll" },
    { u"gonna", u"going" },
    { u"gunna", u"going" },
    { u"wanna", u"want" },
    { u"gotta", u"got" },
    { u"cos", u"because" },
    { u"coz", u"because" },
    { u"cuz", u"because" },
    { u"bc", u"because" },
    { u"bcoz", u"because" },
    { u"bcos", u"because" },
    { u"becuase", u"because" },
    { u"sry", u"sorry" },
    { u"soz", u"sorry" },
    { u"sorrry", u"sorry" },
    { u"srry", u"sorry" },
    { u"msg", u"message" },
    { u"msgs", u"messages" },
    { u"mssg", u"message" },
    { u"txt", u"text" },
    { u"txts", u"texts" },
    { u"txting", u"texting" },
    { u"texing", u"texting" },
    { u"msging", u"messaging" },
    { u"pymt", u"payment" },
    { u"pmt", u"payment" },
    { u"paymt", u"payment" },
    { u"pymnt", u"payment" },
    { u"acc", u"account" },
    { u"acct", u"account" },
    { u"a/c", u"account" },
    { u"amt", u"amount" },
    { u"abt", u"about" },
    { u"bout", u"about" },
    { u"prob", u"probably" },
    { u"prolly", u"probably" },
    { u"def", u"definitely" },
    { u"defo", u"definitely" },
    { u"deffo", u"definitely" },
    { u"tho", u"though" },
    { u"thru", u"through" },
    { u"wud", u"would" },
    { u"cud", u"could" },
    { u"shud", u"should" },
    { u"n", u"and" },
    { u"nd", u"and" },
    { u"k", u"ok" },
    { u"kk", u"ok" },
    { u"okay", u"ok" },
    { u"okey", u"ok" },
    { u"okie", u"ok" },
    { u"oki", u"ok" },
    { u"okk", u"ok" },
    { u"oky", u"ok" },
    { u"yep", u"yes" },
    { u"yup", u"yes" },
    { u"yeah", u"yes" },
    { u"ya", u"yes" },
    { u"yea", u"yes" },
    { u"yeh", u"yes" },
    { u"ye", u"yes" },
    { u"yas", u"yes" },
    { u"nope", u"no" },
    { u"nah", u"no" },
    { u"na", u"no" },
    { u"ppl", u"people" },
    { u"bro", u"mate" },
    { u"pal", u"mate" },
    { u"m8", u"mate" },
    { u"l8r", u"later" },
    { u"ltr", u"later" },
    { u"gr8", u"great" },
    { u"rn", u"now" },
    { u"nw", u"now" },
    { u"fone", u"phone" },
    { u"ph", u"phone" },
    { u"mob", u"mobile" },
    // money and billing typos
    { u"recieved", u"received" },
    { u"recived", u"received" },
    { u"receieved", u"received" },
    { u"recieve", u"receive" },
    { u"recive", u"receive" },
    { u"reciept", u"receipt" },
    { u"receit", u"receipt" },
    { u"reciet", u"receipt" },
    { u"payed", u"paid" },
    { u"pd", u"paid" },
    { u"why's", u"why" },
    { u"piad", u"paid" },
    { u"padi", u"paid" },
    { u"transfered", u"transferred" },
    { u"trasferred", u"transferred" },
    { u"tranferred", u"transferred" },
    { u"transferd", u"transferred" },
    { u"transfred", u"transferred" },
    { u"trasnferred", u"transferred" },
    { u"tranfer", u"transfer" },
    { u"trasfer", u"transfer" },
    { u"transfr", u"transfer" },
    { u"invoive", u"invoice" },
    { u"invioce", u"invoice" },
    { u"invoce", u"invoice" },
    { u"invocie", u"invoice" },
    { u"inovice", u"invoice" },
    { u"invoise", u"invoice" },
    { u"inv", u"invoice" },
    { u"invoices", u"invoices" },
    { u"bil", u"bill" },
    { u"setled", u"settled" },
    { u"settleed", u"settled" },
    { u"instalment", u"instalment" },
    { u"installment", u"instalment" },
    { u"instalments", u"instalments" },
    { u"installments", u"instalments" },
    { u"instalmets", u"instalments" },
    { u"installmets", u"instalments" },
    { u"emi", u"emi" },
    { u"emis", u"emis" },
    { u"jsut", u"just" },
    { u"jst", u"just" },
    { u"juts", u"just" },
    { u"alredy", u"already" },
    { u"allready", u"already" },
    { u"alreday", u"already" },
    { u"aready", u"already" },
    { u"unsubscribe", u"unsubscribe" },
    { u"unsub", u"unsubscribe" },
    { u"unsubscibe", u"unsubscribe" },
    { u"unsuscribe", u"unsubscribe" },
    { u"unsubcribe", u"unsubscribe" },
    { u"stopp", u"stop" },
    { u"stahp", u"stop" },
    { u"stopall", u"stop" },
    { u"optout", u"opt-out" },
    { u"wrng", u"wrong" },
    { u"numbr", u"number" },
    { u"quid", u"quid" },
    { u"quote", u"quote" },
    { u"qoute", u"quote" },
    { u"qouted", u"quoted" },
    { u"quated", u"quoted" },
    { u"definately", u"definitely" },
    { u"defintely", u"definitely" },
    { u"tommorows", u"tomorrow's" },
    { u"monies", u"money" },
    { u"mony", u"money" },
    { u"moeny", u"money" },
    { u"monney", u"money" },
    { u"asap", u"asap" },
    { u"thankyou", u"thanks" },
    { u"thanku", u"thanks" },
    { u"thank", u"thank" },
    { u"cheers", u"cheers" },
    { u"dw", u"don't worry" },
};

const QHash<QStringView, QStringView> &variantTable()
{
    static const QHash<QStringView, QStringView> table = [] {
        QHash<QStringView, QStringView> t;
        t.reserve(std::size(Variants));
        for (const Variant &v : Variants)
            t.insert(QStringView(v.variant), QStringView(v.canonical));
        return t;
    }();
    return table;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Emoji modifiers that belong to the emoji before them: variation selectors, zero-width joiner, keycap.
bool isEmojiModifier(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xFE0F || u == 0xFE0E || u == 0x200D || u == 0x20E3;
}

bool isSkinTone(QChar high, QChar low)
{
    // U+1F3FB..U+1F3FF: D83C DFFB..DFFF
    return high.unicode() == 0xD83C && low.unicode() >= 0xDFFB && low.unicode() <= 0xDFFF;
}

bool isApostrophe(char16_t u)
{
    return u == u'\'' || u == 0x2019 || u == 0x2018 || u == 0x02BC;
}

} // namespace

QStringView canonicalWord(QStringView lowerWord)
{
    const auto &table = variantTable();
    const auto it = table.constFind(lowerWord);
    return it == table.cend() ? lowerWord : *it;
}

TokenizedText::TokenizedText(const QString &text)
    : lower(text)
{
    // One QChar for one QChar, so that positions in `lower` are positions in `text`.
    QChar *out = lower.data();
    const qsizetype n = lower.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = out[i];
        if (c.unicode() < 0x80) {
            if (c >= u'A' && c <= u'Z')
                out[i] = QChar(c.unicode() + 32);
        } else if (isApostrophe(c.unicode())) {
            out[i] = u'\'';
        } else if (!c.isSurrogate()) {
            out[i] = c.toLower();
        }
    }
    tokens.reserve(n / 3 + 4);
    const QChar *s = lower.constData();
    bool space = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            if (c == u'\n' && !tokens.isEmpty() && tokens.constLast().text != u".") {
                // A line break ends a sentence: a synthetic "." of length 0 marks it.
                Token t;
                t.text = QStringView(u".");
                t.norm = t.text;
                t.start = t.end = i;
                t.kind = TokenKind::Symbol;
                t.spaceBefore = true;
                tokens.append(t);
            }
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        t.capitalized = text.at(i).isUpper();
        space = false;
        if (c.isLetterOrNumber() && !c.isSurrogate()) {
            bool letters = false;
            bool digits = false;
            while (i < n) {
                const QChar d = s[i];
                if (isAsciiDigit(d)) {
                    digits = true;
                    ++i;
                } else if (d.isLetter() && !d.isSurrogate()) {
                    letters = true;
                    ++i;
                } else if (d == u'\'' && i + 1 < n && s[i + 1].isLetter() && letters && !digits) {
                    ++i; // don't, i'll, o'clock
                } else if ((d == u'.' || d == u',') && i > t.start && isAsciiDigit(s[i - 1]) && i + 1 < n
                    && isAsciiDigit(s[i + 1]) && !letters) {
                    ++i; // 1,340.50 and 30.11.2026
                } else {
                    break;
                }
            }
            t.kind = letters && digits ? TokenKind::Alnum : letters ? TokenKind::Word : TokenKind::Number;
            if (!letters && !digits)
                t.kind = TokenKind::Symbol; // other numeric characters (½)
        } else {
            ++i;
            if (c.isHighSurrogate() && i < n && s[i].isLowSurrogate())
                ++i;
            t.kind = TokenKind::Symbol;
            // Modifiers, skin tones and zero-width-joined parts stay with the emoji.
            while (i < n) {
                if (isEmojiModifier(s[i])) {
                    const bool joiner = s[i].unicode() == 0x200D;
                    ++i;
                    if (joiner && i < n) {
                        ++i;
                        if (s[i - 1].isHighSurrogate() && i < n && s[i].isLowSurrogate())
                            ++i;
                    }
                } else if (i + 1 < n && isSkinTone(s[i], s[i + 1])) {
                    i += 2;
                } else {
                    break;
                }
            }
        }
        t.end = i;
        t.text = QStringView(s + t.start, t.end - t.start);
        t.norm = t.kind == TokenKind::Symbol || t.kind == TokenKind::Number ? t.text : canonicalWord(t.text);
        tokens.append(t);
    }
}

bool TokenizedText::isSentenceEnd(qsizetype i) const
{
    if (i < 0 || i >= tokens.size() || tokens[i].kind != TokenKind::Symbol)
        return false;
    const QStringView t = tokens[i].text;
    return t == u"." || t == u"!" || t == u"?" || t == u";";
}

// Optimal string alignment distance, capped: returns cap + 1 as soon as it is certain to exceed cap.
int editDistance(QStringView a, QStringView b, int cap)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > cap)
        return cap + 1;
    QVarLengthArray<int, 32> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > cap)
            return cap + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace duedesk::nlu
