// The owner's commands, understood with rules: the message is cut into tokens (emails, phone numbers, invoice
// numbers, dates and amounts become one token each), the tokens into clauses ("and", "then", commas, full stops,
// dashes, self-corrections), and each clause is classified by trigger patterns over a lexicon. Client names are
// the runs of words the lexicon does not know (or capitalised ones inside a sentence). Clauses without an
// instruction lend their name and fields to their neighbours; corrections replace the last instruction or one of
// its fields; pronouns take the last name said. No model, no network; one pass over a short message.

#include "OwnerCommands.h"

#include "NluText.h"

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>

namespace duedesk {

namespace {

using Kind = OwnerActionKind;

// ------------------------------------------------------------------------------------------------------ lexicon

enum Flag : quint32 {
    Func = 1u << 0, // a closed-class word (pronoun, preposition, question word, filler): never in a name
    Filler = 1u << 1, // dropped at the start of a clause ("ok", "so", "um", "please")
    Pronoun = 1u << 2, // stands for a client named before ("him", "them")
    Title = 1u << 3, // opens a name ("Mr", "Dr")
    CompanyTail = 1u << 4, // ends a company name ("Ltd", "Sons"); a name word even in lower case
    Connector = 1u << 5, // inside a name, between two name words ("of", "de", "van")
    Yes = 1u << 6, // says yes to a draft
    YesBag = 1u << 7, // may stand in a yes without saying it ("it", "ahead", "thanks")
    No = 1u << 8, // says no to a draft
    NoBag = 1u << 9, // may stand in a no without saying it
    Question = 1u << 10, // opens a question ("who", "did", "how's")
    Money = 1u << 11, // the words of a question about money owed ("owe", "overdue", "balance")
    Common = 1u << 12, // an everyday word: a name only when capitalised inside a sentence ("Golf Club", "Bill")
    Negation = 1u << 13, // "not", "hasn't"
    Conj = 1u << 14, // joins two instructions ("and", "then")
    SplitVerb = 1u << 15, // an instruction verb that starts a new clause in a run-on voice note
    Marker = 1u << 16, // says that a self-correction follows ("sorry", "actually")
    Numeric = 1u << 17, // digits (set by the tokenizer)
};

struct LexGroup {
    const char *words;
    quint32 flags;
};

// Space-separated words, lower case, straight apostrophes. A word may appear in several groups: flags add up.
const LexGroup lexGroups[] = {
    // Closed-class words and everyday function words.
    { "a an the this that these those it its it's i i'm im i'll ill i've ive i'd me my mine myself we we're we'll "
      "us our ours you you're youre you'll your yours u ur ya'll someone somebody anyone anybody everyone everybody "
      "nobody anything something nothing everything all any some each every both either neither none other others "
      "else another one ones and or but nor so then than also too as if because cos coz cuz since while though "
      "although yet still just only even really very quite pretty bit lot lots much many more most less least few "
      "little enough of to for from with without about at on in into onto off out up down over under by via per re "
      "regarding around after before till til until through across against between within upon towards toward "
      "like is are was were be been being am do does did done doing have has had having will would shall should "
      "can could may might must not no never ever always sometimes often usually again already now here there "
      "where when why how what which who whom whose what's whats where's wheres who's whos how's hows when's whens "
      "that's thats there's theres here's please pls plz thanks thank thx ty ta cheers ok okay k kk yes yeah yep "
      "yup ya yea nope nah na hi hey hello oh ah uh uhh um umm er erm hmm ugh well right anyway basically actually "
      "literally btw fyi asap lol mate pal buddy sorry wait cool great good fine nice sure today tomorrow tonight "
      "yesterday tmrw tmr tomoz tomorow morning afternoon evening arvo night later soon earlier recently last next "
      "first second third fourth fifth monday tuesday wednesday thursday friday saturday sunday mon tue tues wed "
      "thu thur thurs fri sat sun january february march april june july august september october november "
      "december jan feb mar apr jun jul aug sep sept oct nov dec christmas xmas easter weekend fortnight "
      "week weeks month months day days hour hours minute minutes year years time times moment gonna wanna gotta "
      "don't dont doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt won't wont can't cant couldn't "
      "couldnt shouldn't shouldnt haven't havent hasn't hasnt hadn't hadnt wouldn't wouldnt 's n't let's lets "
      "yourself per cent percent quid bucks dollars pounds euros euro rupees rs",
        Func },
    // Everyday verbs, nouns and adjectives of the trade; names only when capitalised inside a sentence.
    { "get gets got getting go goes going gone went make makes made let put puts take takes took taken keep keeps "
      "kept say said says tell tells told ask asks asked know knows knew think thought see saw seen look looks "
      "looked come comes came coming give gives gave given use used try tried find found feel seem seems need needs "
      "needed want wants wanted call called named ring rang text texted phone email emailed mail message messaged "
      "whatsapp sms msg chase chased chaser chasers chasing nudge nudged nudging poke prod ping hassle badger hound "
      "pester bug remind reminded reminding reminder reminders follow followup follow-up stop stopped stopping pause "
      "paused pausing hold held holding leave left drop dropped park snooze snoozed mute lay back ease quiet easy "
      "gentle cut slack break breather grace space settle settled cleared clear transferred transfer squared "
      "deposited coughed repaid received receive recieved tick ticked cross crossed mark marked add added save saved "
      "create created register onboard raise raised issue issued log logged charge charged send sent sending ship "
      "approve approved cancel cancelled canceled bin scrap delete skip forget kill confirm full whole total part "
      "half rest amount money cash payment payments pay paid paying payer payers bill bills billed invoice invoices "
      "invoiced balance account accounts owe owes owed owing outstanding overdue late behind due debt unpaid deposit "
      "fee fees price cost quote job jobs work client clients customer customers contact contacts number phone "
      "mobile cell address details detail info draft drafts list report summary snapshot status update figures "
      "position overview rundown worst best biggest largest top people person new old still happy perfect grand "
      "sweet lovely brilliant fab fire away ahead done complete completed sorted cheque check bank transferred "
      "through arrived landed promised promise promises promising until upto record recorded note door family "
      "thing stuff things anything time home weather music pizza tax return vat mot order supplier stock remaining "
      "remainder owner business lesson lessons deck fence gate kitchen bathroom boiler service tuition extension "
      "materials parts labour labor week's today's yesterday's show check tell fill reads read sounds sound wrong "
      "correct right left cash-in paying-in funds landed cleared money's weekly monthly daily due-date ok'd okd "
      "anything else always usually",
        Common },
    // More everyday words (adverbs, adjectives, nouns of daily life) that would otherwise read as names in a
    // message typed in lower case.
    { "altogether overall currently exactly roughly approximately lately nearly almost totally fully entirely "
      "completely honestly seriously probably maybe perhaps possibly definitely certainly obviously apparently "
      "hopefully unfortunately luckily finally eventually immediately quickly slowly properly sooner anyhow somehow "
      "everywhere anywhere somewhere nowhere together apart alone instead otherwise meanwhile besides however "
      "therefore looking doing getting seeing saying telling asking trying working waiting thinking wondering hoping "
      "planning checking sorting holding keeping leaving taking making giving putting adding flow situation picture "
      "state standing progress shape outlook numbers stats books ledger big small large huge tiny high low early "
      "quick slow hard busy free ready fair bad worse better major minor main real true false proper usual normal "
      "regular recent current latest previous final entire extra additional same different various several certain "
      "bits kind sort type way ways place places area side end start bottom front middle piece pieces cases point "
      "points reason reasons problem problems issue issues question questions answer answers idea ideas plan plans "
      "lists records notes letter letters paper papers form forms file files document documents copy copies receipt "
      "receipts statement statements guy guys ladies men woman women folks families kid kids friend friends "
      "neighbour neighbours neighbor neighbors boss team staff car van truck house office shop site project projects "
      "contract contracts order orders quotes estimate estimates services repair repairs install installation visit "
      "visits calls mind matter worry hurry rush chance luck sense damage mess chat catch yet instalment instalments "
      "installment installments appointment schedule dentist doctor meeting morning's evening's gutters roof "
      "garden windows window tiles floor wall walls paint painting cleaning clean lawn boiler's heating plumbing "
      "wiring electrics lessons' tutoring class classes session sessions course",
        Common },
    // Ways to pay: "paid on UPI", "sent it by PayPal".
    { "upi neft imps rtgs bacs eft ach paypal venmo zelle revolut gpay googlepay applepay paytm phonepe bpay payid "
      "interac chq stripe sumup card transfer wire direct debit online cheque",
        Common },
    { "ok okay so er erm um umm uh uhh ah oh right well hey hi hello please pls plz just btw anyway basically like "
      "also then and hmm ugh alright alrighty cheers thanks thx",
        Filler | Func },
    { "he him his she her hers they them their theirs em 'em he's hes she's shes they're theyre they've theyve "
      "they'll he'll she'll himself herself themselves",
        Pronoun | Func },
    { "mr mrs ms miss mx dr prof sir dame lady lord rev fr aunty auntie uncle madam", Title },
    { "ltd limited llc inc co corp plc pty gmbh llp sons son daughters brothers bros partners associates group "
      "company & b&b",
        CompanyTail },
    { "of de da di del della van von der den du le la st y", Connector },
    { "yes yeah yep yup ya yea yas yass aye sure ok okay okey k kk send approve approved lgtm go ahead good great "
      "perfect fine grand sweet happy reads sounds looks ship fire haan haa ha ji bhej bhejo bhejdo theek thik "
      "chalega cool brilliant lovely nice correct confirm confirmed agreed absolutely definitely righto proceed fab "
      "excellent awesome spot bang yess yesss",
        Yes },
    { "it it's its that that's thats this one them those these the draft message reminder on off out away for to "
      "please pls plz thanks thank thx ty ta cheers mate so now then and all well just do as let rip me by with you "
      "too also really very a an is look hai de kar karo chalo do thing her him worries problem probs prob "
      "reminders drafts both lot lgtm mine",
        YesBag },
    { "no nope nah na nahi nahin mat don't dont not never wait hold hang stop cancel bin scrap delete kill skip "
      "forget leave ruko rehne abort nix ditch discard",
        No },
    { "it that this one draft drafts the on yet now send sending sent please pls mind thanks mate just off do them "
      "for to me out it's that's sorry actually idea bad after all go message reminder bhejo bhej do de a an any "
      "more let him her it's",
        NoBag },
    { "who who's whos whom whose what what's whats which how how's hows where where's wheres when when's whens did "
      "didn't has "
      "hasn't have haven't is isn't are aren't am was wasn't were does doesn't do any anyone anybody",
        Question },
    { "owe owes owed owing outstanding overdue late behind balance balances due unpaid debt debts debtor debtors payer "
      "payers paid pay paying payment payments settle settled money cash bill bills invoice invoices account accounts "
      "total totals received receive came income takings earned collected arrears receivables chase chasing chased "
      "reminders reminder summary snapshot status figures report owing promised promises position cashflow",
        Money },
    { "not n't never don't dont doesn't doesnt didn't didnt isn't isnt hasn't hasnt haven't havent hadn't hadnt "
      "won't wont can't cant no aren't arent wasn't wasnt",
        Negation },
    { "and then also plus but so n", Conj },
    { "chase remind nudge bill invoice charge add pause stop leave mark tick give hold follow ping poke save send",
        SplitVerb },
    { "no nope nah sorry wait actually correction oops scratch rather meant", Marker },
};

const QHash<QString, quint32> &lexicon()
{
    static const QHash<QString, quint32> table = [] {
        QHash<QString, quint32> t;
        for (const LexGroup &g : lexGroups)
            for (const QString &w : QString::fromUtf8(g.words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                t[w] |= g.flags;
        return t;
    }();
    return table;
}

// Trigger words a typo may hide ("chsae", "piad"): one edit away (a swap for four letters).
const QStringList &fuzzyTargets()
{
    // Not "client", "leave" or "follow": one edit from "Clint", "Leavy", "Fellow".
    static const QStringList words = QString::fromLatin1("chase chasing remind reminder reminders nudge paid settled "
                                                         "cleared transferred pause stop invoice received snooze")
                                         .split(QLatin1Char(' '));
    return words;
}


// ------------------------------------------------------------------------------------------------------ tokens

enum class TokKind : quint8 { Word, Punct, Symbol, Email, Phone, Invoice, Amount, Date };

struct Span {
    TokKind kind = TokKind::Amount;
    qsizetype start = 0;
    qsizetype end = 0;
    double value = 0; // Amount
    QString currency; // Amount
    QDate date; // Date (invalid when vague)
};

struct Token {
    TokKind kind = TokKind::Word;
    qsizetype start = 0;
    qsizetype end = 0; // original text range, possessive ending included
    QString low; // Word: lower case, straight apostrophes, possessive ending removed
    quint32 flags = 0;
    bool cap = false; // the original starts with an upper-case letter
    bool typedLower = false; // the original has no upper-case letter
    bool possessive = false; // "Whitaker's", "the Wards'"
    int span = -1; // index into spans for Email .. Date
    QChar punct; // Punct
};

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isPunct(QChar c)
{
    switch (c.unicode()) {
    case ',':
    case '.':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '"':
    case '/':
    case '\\':
    case '*':
    case '~':
    case '+':
    case '=':
    case '|':
    case '-':
    case '_':
    case 0x2014:
    case 0x2013:
    case 0x2026:
    case 0x201C:
    case 0x201D:
    case 0x00BF:
    case 0x00A1:
        return true;
    default:
        return false;
    }
}

// Approving and refusing emoji (with or without skin-tone and variation modifiers).
quint32 emojiFlags(QStringView text)
{
    quint32 flags = YesBag | NoBag;
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case 0x1F44D:
        case 0x1F44C:
        case 0x2705:
        case 0x2714:
        case 0x1F680:
        case 0x1F64C:
        case 0x1F4AF:
        case 0x1F44F:
        case 0x1F197:
        case 0x2611:
        case 0x1F91D:
        case 0x1F4E8:
        case 0x1F4E4:
            flags |= Yes;
            break;
        case 0x1F44E:
        case 0x274C:
        case 0x1F6AB:
        case 0x270B:
        case 0x1F6D1:
        case 0x2716:
        case 0x26D4:
        case 0x274E:
            flags |= No;
            break;
        default:
            break;
        }
    }
    return flags;
}

class Tokenizer
{
public:
    Tokenizer(const QString &text, const QList<Span> &spans)
        : m_text(text)
        , m_spans(spans)
    {
    }

    QList<Token> run()
    {
        QList<Token> out;
        out.reserve(m_text.size() / 4 + 4);
        int nextSpan = 0;
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            if (nextSpan < m_spans.size() && m_spans[nextSpan].start <= i) {
                const Span &s = m_spans[nextSpan];
                if (s.start == i) {
                    Token t;
                    t.kind = s.kind;
                    t.start = s.start;
                    t.end = s.end;
                    t.span = nextSpan;
                    out.append(t);
                    i = s.end;
                }
                ++nextSpan;
                continue;
            }
            const qsizetype limit = nextSpan < m_spans.size() ? m_spans[nextSpan].start : n;
            const QChar c = m_text[i];
            if (c == QLatin1Char('\n')) {
                Token t;
                t.kind = TokKind::Punct;
                t.start = i;
                t.end = i + 1;
                t.punct = QLatin1Char('.');
                out.append(t);
                ++i;
            } else if (c.isSpace()) {
                ++i;
            } else if (isWordChar(c) || (c == QLatin1Char('&') && (i + 1 >= limit || m_text[i + 1].isSpace()))) {
                i = word(i, limit, &out);
            } else if (isPunct(c)) {
                Token t;
                t.kind = TokKind::Punct;
                t.start = i;
                t.end = i + 1;
                t.punct = c;
                out.append(t);
                ++i;
            } else {
                // Emoji, symbols, stray currency signs: one token for a run of them.
                qsizetype j = i + 1;
                while (j < limit && !m_text[j].isSpace() && !isWordChar(m_text[j]) && !isPunct(m_text[j]))
                    ++j;
                Token t;
                t.kind = TokKind::Symbol;
                t.start = i;
                t.end = j;
                t.flags = emojiFlags(QStringView(m_text).mid(i, j - i));
                out.append(t);
                i = j;
            }
        }
        return out;
    }

private:
    qsizetype word(qsizetype i, qsizetype limit, QList<Token> *out)
    {
        const qsizetype begin = i;
        if (m_text[i] == QLatin1Char('&')) {
            ++i;
        } else {
            while (i < limit) {
                const QChar c = m_text[i];
                if (isWordChar(c)) {
                    ++i;
                    continue;
                }
                // Inner apostrophes, hyphens and ampersands ("o'neill", "follow-up", "b&b"); digit groups ("1,340").
                const bool inner = i + 1 < limit && isWordChar(m_text[i + 1]);
                if (inner && (isApostrophe(c) || c == QLatin1Char('-') || c == QLatin1Char('&'))) {
                    ++i;
                    continue;
                }
                if (inner && (c == QLatin1Char(',') || c == QLatin1Char('.')) && m_text[i - 1].isDigit()
                    && m_text[i + 1].isDigit()) {
                    ++i;
                    continue;
                }
                break;
            }
        }
        Token t;
        t.kind = TokKind::Word;
        t.start = begin;
        t.end = i;
        // "w/" is "with".
        if (i - begin == 1 && i < limit && m_text[i] == QLatin1Char('/')
            && (m_text[begin] == QLatin1Char('w') || m_text[begin] == QLatin1Char('W'))
            && (i + 1 >= limit || m_text[i + 1].isSpace())) {
            t.end = ++i;
            t.low = QStringLiteral("with");
            t.flags = lexicon().value(t.low);
            t.typedLower = true;
            out->append(std::move(t));
            return i;
        }
        // "the Wards'" : a trailing apostrophe after an s is a possessive.
        if (i < limit && isApostrophe(m_text[i]) && i > begin && m_text[i - 1].toLower() == QLatin1Char('s')
            && (i + 1 >= limit || !isWordChar(m_text[i + 1]))) {
            t.possessive = true;
            t.end = ++i;
        }
        QString low = QStringView(m_text).mid(begin, (t.possessive ? t.end - 1 : t.end) - begin).toString().toLower();
        for (QChar &c : low)
            if (isApostrophe(c))
                c = QLatin1Char('\'');
        bool hasUpper = false;
        bool allDigits = true;
        for (qsizetype k = begin; k < t.end; ++k) {
            hasUpper = hasUpper || m_text[k].isUpper();
            allDigits
                = allDigits && (m_text[k].isDigit() || m_text[k] == QLatin1Char(',') || m_text[k] == QLatin1Char('.'));
        }
        t.cap = m_text[begin].isUpper();
        t.typedLower = !hasUpper;
        const QHash<QString, quint32> &lex = lexicon();
        auto found = lex.constFind(low);
        if (found == lex.constEnd() && low.endsWith(QLatin1String("'s")) && low.size() > 2) {
            low.chop(2);
            t.possessive = true;
            found = lex.constFind(low);
        }
        if (found != lex.constEnd())
            t.flags = *found;
        else if (allDigits)
            t.flags = Numeric | Func;
        t.low = std::move(low);
        out->append(std::move(t));
        return i;
    }

    const QString &m_text;
    const QList<Span> &m_spans;
};

// ------------------------------------------------------------------------------------------------------ spans

bool overlapsAny(const QList<Span> &spans, qsizetype start, qsizetype end)
{
    for (const Span &s : spans)
        if (start < s.end && s.start < end)
            return true;
    return false;
}

// Emails, invoice numbers and phone numbers, copied as written; then dates and amounts from the grammars.
QList<Span> findSpans(const QString &text, const QDate &today, DateOrder order)
{
    QList<Span> spans;
    int digits = 0;
    bool at = false;
    for (const QChar c : text) {
        digits += c.isDigit() ? 1 : 0;
        at = at || c == QLatin1Char('@');
    }
    auto addMatches = [&](const QRegularExpression &re, TokKind kind, auto &&accept) {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart();
            const qsizetype end = m.capturedEnd();
            if (!overlapsAny(spans, start, end) && accept(m.capturedView())) {
                Span s;
                s.kind = kind;
                s.start = start;
                s.end = end;
                spans.append(s);
            }
        }
    };
    auto any = [](QStringView) { return true; };
    if (at) {
        static const QRegularExpression email(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"));
        addMatches(email, TokKind::Email, any);
    }
    if (digits >= 2) {
        static const QRegularExpression invoice(
            QStringLiteral(R"((?<![\w-])(?:[A-Za-z]{2,5}-\d{2,}|[Ii][Nn][Vv][ .#]?\d{3,}|#\d{2,})(?![\w-]))"));
        addMatches(invoice, TokKind::Invoice, any);
    }
    if (digits >= 8) {
        // Digit groups with single spaces, dots or hyphens, an optional +country and (area); not after a
        // currency sign or inside a number or date.
        static const QRegularExpression phone(QString::fromUtf8(R"((?<![\w£$€₹¥.,/#-])(?:\+\d{1,3}[ .-]?)?)"
                                                                R"((?:\(\d{1,5}\)[ .-]?)?\d{2,}(?:[ .-]\d{2,})*)"
                                                                R"((?![\w%£$€₹/]))"));
        static const QRegularExpression isoDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        addMatches(phone, TokKind::Phone, [](QStringView m) {
            int n = 0;
            for (const QChar c : m)
                n += c.isDigit() ? 1 : 0;
            return n >= 8 && n <= 15 && !isoDate.match(m).hasMatch();
        });
    }
    const QList<AmountMatch> amounts = AmountExpressions::findAll(text);
    // An amount with a currency wins over a date ("£30"); a bare number loses to one ("net 30").
    auto addAmount = [&](const AmountMatch &a) {
        if (overlapsAny(spans, a.start, a.start + a.length))
            return;
        Span s;
        s.kind = TokKind::Amount;
        s.start = a.start;
        s.end = a.start + a.length;
        s.value = a.value;
        s.currency = a.currency;
        spans.append(s);
    };
    for (const AmountMatch &a : amounts)
        if (!a.currency.isEmpty())
            addAmount(a);
    for (const DateMatch &d : DateExpressions::findAll(text, today, order)) {
        if (d.length <= 0 || overlapsAny(spans, d.start, d.start + d.length))
            continue;
        Span s;
        s.kind = TokKind::Date;
        s.start = d.start;
        s.end = d.start + d.length;
        s.date = d.vague ? QDate() : d.date;
        spans.append(s);
    }
    for (const AmountMatch &a : amounts)
        if (a.currency.isEmpty())
            addAmount(a);
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

// ------------------------------------------------------------------------------------------------------ patterns

// A trigger: a short token pattern that says which instruction a clause gives. Pattern text: elements separated by
// spaces; "a|b" alternatives; "?x" optional; "~" up to five tokens of anything; "$amount", "$date", "$email",
// "$phone", "$inv" match those tokens; a leading "^" only matches at the clause's first word; a trailing "!date"
// or "!amount" requires such a token somewhere in the clause; "!weak" requires no email or phone in it.
struct Element {
    QStringList alts;
    bool optional = false;
    bool gap = false;
};

struct Pattern {
    Kind kind = Kind::Unknown;
    int priority = 0;
    bool anchored = false;
    bool needsDate = false;
    bool needsAmount = false;
    bool weak = false;
    QList<Element> elements;
};

struct PatternDef {
    Kind kind;
    int priority;
    const char *text;
};

const PatternDef patternDefs[] = {
    // Adding a bill: the verbs "bill", "invoice", "charge" first, or a bill that is raised, put, sent...
    { Kind::AddBill, 85, "^bill|invoice|charge|billed|invoiced|charged" },
    { Kind::AddBill, 85, "new|another|extra bill|invoice|charge" },
    { Kind::AddBill, 85,
        "add|raise|create|issue|log|make|send|do|put|set|prepare|draw|stick|whack ~ bill|invoice|charge" },
    { Kind::AddBill, 85, "owes|owe|owing ?me|us $amount" },
    { Kind::AddBill, 85, "^put|stick|add $amount on|against|to" },
    // Adding a client.
    { Kind::AddClient, 80, "new client|customer|contact|clients|customers" },
    { Kind::AddClient, 80, "as ?a|an ?new client|customer|contact" },
    { Kind::AddClient, 80, "^add|save|create|register|onboard|setup ?a|an|new ?new client|customer|contact" },
    { Kind::AddClient, 80, "client|customer|contact called|named" },
    { Kind::AddClient, 30, "^add|save|register|onboard|create" },
    // Stopping or pausing reminders.
    { Kind::StopReminders, 75, "no more" },
    { Kind::StopReminders, 75,
        "no|don't|dont|never|not|stop ~ chase|chasing|remind|reminders|reminder|message|messages|text|texting|bother|"
        "hassle|hassling|nudge|nudges|email|emails|chaser|chasers|bugging|pestering|messaging|reminding" },
    { Kind::StopReminders, 70, "stop|stopping|pause|paused|pausing|snooze|snoozed|mute|unsubscribe|freeze" },
    { Kind::StopReminders, 70, "hold|holding ~ off" },
    { Kind::StopReminders, 70, "put ~ hold" },
    { Kind::StopReminders, 70, "on hold" },
    { Kind::StopReminders, 65, "hold" },
    { Kind::StopReminders, 70, "leave|let ~ alone|be" },
    { Kind::StopReminders, 62, "^leave" },
    { Kind::StopReminders, 70, "lay|back|ease|layoff ~ off" },
    { Kind::StopReminders, 70, "go ~ quiet|easy|gentle|soft" },
    { Kind::StopReminders, 70, "cut ~ slack" },
    { Kind::StopReminders, 70,
        "give ~ break|breather|grace|until|till|til|time|space|week|weeks|fortnight|days|month|$date" },
    { Kind::StopReminders, 60, "^drop|park" },
    { Kind::StopReminders, 72, "call ~ off" },
    { Kind::StopReminders, 72, "cancel|turn|switch|kill|drop ~ reminders|chase|chasing|chasers" },
    { Kind::StopReminders, 40, "promised|promise|promises|promising !date" },
    // Marking paid.
    { Kind::MarkPaid, 62, "^mark ~ paid|done|settled|cleared|off|complete|completed|sorted" },
    { Kind::MarkPaid, 60, "paid|settled|cleared|transferred|squared|deposited|coughed|repaid|reimbursed" },
    { Kind::MarkPaid, 60,
        "money|payment|cash|cheque|check|transfer|funds|dosh ~ "
        "in|arrived|received|came|cleared|through|landed|reached" },
    { Kind::MarkPaid, 58, "received|recieved|receieved|got|had ~ $amount" },
    { Kind::MarkPaid, 56, "^received|recieved|receieved" },
    { Kind::MarkPaid, 58, "received|recieved|got ~ from" },
    { Kind::MarkPaid, 60, "tick|cross|ticked|crossed ~ off" },
    { Kind::MarkPaid, 58, "sent|sending|transferred ~ $amount|money|payment|cash|transfer|funds" },
    { Kind::MarkPaid, 58, "in the bank" },
    // Chasing.
    { Kind::Chase, 50, "chase|chasing|chaser|chased|chasers" },
    { Kind::Chase, 50,
        "nudge|nudging|nudged|poke|prod|ping|hassle|badger|hound|pester|remind|reminder|follow-up|followup" },
    { Kind::Chase, 50, "follow ~ up" },
    { Kind::Chase, 65,
        "send|give|shoot|drop|fire ~ reminder|nudge|chaser|poke|note|message|text|email|prod|kick|shout" },
    { Kind::Chase, 50, "get onto|after" },
    { Kind::Chase, 50, "get on to" },
    { Kind::Chase, 50, "go after" },
    { Kind::Chase, 50, "jog ~ memory" },
    { Kind::Chase, 50, "hurry ~ up" },
    { Kind::Chase, 50, "^bug" },
    { Kind::Chase, 50, "tell|ask|get ~ to pay|settle|cough|sort" },
    { Kind::Chase, 20, "^text|message|whatsapp|email|sms|msg|ring !weak" },
    // A report asked for without a question.
    { Kind::Status, 30,
        "snapshot|summary|status|overview|rundown|figures|debtors|receivables|aging|ageing|cashflow|report" },
    { Kind::Status, 30, "cash position|flow" },
    { Kind::Status, 30, "who owes" },
};

struct PatternSet {
    QList<Pattern> patterns;
    QHash<QString, QList<int>> byFirst; // first element's alternatives -> patterns
};

const PatternSet &patternSet()
{
    static const PatternSet set = [] {
        PatternSet s;
        for (const PatternDef &def : patternDefs) {
            Pattern p;
            p.kind = def.kind;
            p.priority = def.priority;
            for (QString part : QString::fromUtf8(def.text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (part == QLatin1String("!date")) {
                    p.needsDate = true;
                    continue;
                }
                if (part == QLatin1String("!amount")) {
                    p.needsAmount = true;
                    continue;
                }
                if (part == QLatin1String("!weak")) {
                    p.weak = true;
                    continue;
                }
                Element e;
                if (part.startsWith(QLatin1Char('^'))) {
                    p.anchored = true;
                    part.remove(0, 1);
                }
                if (part == QLatin1String("~")) {
                    e.gap = true;
                } else {
                    if (part.startsWith(QLatin1Char('?'))) {
                        e.optional = true;
                        part.remove(0, 1);
                    }
                    e.alts = part.split(QLatin1Char('|'));
                }
                p.elements.append(e);
            }
            const int index = int(s.patterns.size());
            for (const QString &alt : p.elements.first().alts)
                s.byFirst[alt].append(index);
            s.patterns.append(p);
        }
        return s;
    }();
    return set;
}

// ------------------------------------------------------------------------------------------------------ parser

struct Clause {
    QList<int> toks; // token indices, punctuation left out
    bool question = false; // ended with '?'
};

struct Trigger {
    int pattern = -1;
    int first = 0; // position in the clause of the first matched token
    QList<int> used; // clause positions the pattern consumed
};

// What one clause says.
struct Analysis {
    bool empty = true;
    bool markerOnly = false; // nothing but a correction marker ("no sorry")
    bool corrects = false; // opened by a correction marker, with content after it
    std::optional<Kind> kind; // the instruction, when there is one
    bool offTopic = false; // a question about something DueDesk does not know
    QString name; // the client named in the clause, as it should be written
    bool pronoun = false;
    bool onlyName = false; // the clause is a name and nothing else ("and Keane", "so did the Kellys")
    bool weakYes = false; // a yes that may only be a filler ("ok", "right") when an instruction follows
    bool everyone = false; // "chase them all", "everyone who's overdue": no one client
    int amount = -1; // span indices
    int date = -1;
    int phone = -1;
    int email = -1;
    int invoice = -1;
    double bareNumber = -1; // a plain number with no amount span, for clauses that need an amount
    QDate pauseEnd; // the end of a pause said as a length ("for a week", "another fortnight")
};

bool takesClient(Kind k)
{
    return k == Kind::Chase || k == Kind::MarkPaid || k == Kind::StopReminders || k == Kind::AddClient
        || k == Kind::AddBill;
}

class Parser
{
public:
    Parser(const QString &text, const QDate &today, DateOrder order)
        : m_text(text)
        , m_today(today)
        , m_spans(findSpans(text, today, order))
        , m_tokens(Tokenizer(text, m_spans).run())
    {
        fixTypos();
    }

    QList<OwnerAction> parse();

private:
    struct Built {
        OwnerAction a;
        bool awaitingName = false; // no name and no pronoun yet: a later name-only clause may give it
        bool weakYes = false;
        bool explicitName = false;
        bool viaPronoun = false;
        QString nameBefore; // the last name said before it, for an instruction left without one
    };

    const Token &tok(const Clause &c, int pos) const { return m_tokens[c.toks[pos]]; }
    bool isWord(const Clause &c, int pos, const char *w) const
    {
        return pos >= 0 && pos < c.toks.size() && tok(c, pos).kind == TokKind::Word
            && tok(c, pos).low == QLatin1String(w);
    }
    void fixTypos();
    QList<Clause> clauses() const;
    void splitClause(const Clause &c, QList<Clause> *out) const;
    std::optional<Trigger> findTrigger(const Clause &c, int from, bool anchoredOnly) const;
    bool matchElements(const Pattern &p, int e, const Clause &c, int pos, QList<int> *used) const;
    bool tokenMatches(const Token &t, const QString &alt) const;
    bool negatedBefore(const Clause &c, int pos, int from) const;
    Analysis analyze(const Clause &c, bool allowCorrection) const;
    std::optional<Kind> bagKind(const Clause &c, int from) const;
    bool statusFrame(const Clause &c, int from) const;
    QString extractName(const Clause &c, int from, const QList<int> &used, bool *pronoun, bool *onlyName,
        bool firstMayBeName = false) const;
    QDate pauseEnd(const Clause &c, int from) const;
    QString display(const Clause &c, int first, int last) const;

    const QString &m_text;
    QDate m_today;
    QList<Span> m_spans;
    QList<Token> m_tokens;
};

void Parser::fixTypos()
{
    // A lower-case word the lexicon does not know, one edit from a trigger word, is taken for that word.
    const QHash<QString, quint32> &lex = lexicon();
    for (Token &t : m_tokens) {
        // Capitalised words are left alone: "Clint" is nobody's "client".
        if (t.kind != TokKind::Word || t.flags != 0 || t.low.size() < 4 || !t.typedLower)
            continue;
        for (const QString &target : fuzzyTargets()) {
            const int cap = target.size() >= 5 && t.low.size() >= 5 ? 1 : 0;
            // Four letters: only a swap of two neighbours ("piad", "stpo").
            bool swapped = false;
            if (cap == 0 && t.low.size() == target.size()) {
                int diff = 0;
                qsizetype at = -1;
                for (qsizetype k = 0; k < t.low.size(); ++k)
                    if (t.low[k] != target[k]) {
                        ++diff;
                        if (at < 0)
                            at = k;
                    }
                swapped
                    = diff == 2 && at + 1 < t.low.size() && t.low[at] == target[at + 1] && t.low[at + 1] == target[at];
            }
            if (swapped || (cap == 1 && nlu::editDistance(t.low, target, 1) <= 1)) {
                t.low = target;
                t.flags = lex.value(target);
                break;
            }
        }
    }
}

bool Parser::tokenMatches(const Token &t, const QString &alt) const
{
    if (alt.startsWith(QLatin1Char('$'))) {
        if (alt == QLatin1String("$amount"))
            return t.kind == TokKind::Amount;
        if (alt == QLatin1String("$date"))
            return t.kind == TokKind::Date;
        if (alt == QLatin1String("$email"))
            return t.kind == TokKind::Email;
        if (alt == QLatin1String("$phone"))
            return t.kind == TokKind::Phone;
        if (alt == QLatin1String("$inv"))
            return t.kind == TokKind::Invoice;
        return false;
    }
    return t.kind == TokKind::Word && t.low == alt;
}

bool Parser::matchElements(const Pattern &p, int e, const Clause &c, int pos, QList<int> *used) const
{
    if (e == p.elements.size())
        return true;
    const Element &el = p.elements[e];
    if (el.gap) {
        for (int skip = 0; skip <= 5 && pos + skip <= c.toks.size(); ++skip)
            if (matchElements(p, e + 1, c, pos + skip, used))
                return true;
        return false;
    }
    if (pos < c.toks.size()) {
        const Token &t = tok(c, pos);
        for (const QString &alt : el.alts) {
            if (tokenMatches(t, alt)) {
                used->append(pos);
                if (matchElements(p, e + 1, c, pos + 1, used))
                    return true;
                used->removeLast();
                break;
            }
        }
    }
    return el.optional && matchElements(p, e + 1, c, pos, used);
}

bool Parser::negatedBefore(const Clause &c, int pos, int from) const
{
    for (int k = pos - 1; k >= from && k >= pos - 3; --k)
        if (tok(c, k).flags & Negation)
            return true;
    return false;
}

// The best trigger of the clause from position `from`: the best one that starts at the first word when there is
// one (an instruction usually opens with its verb), else the best anywhere.
std::optional<Trigger> Parser::findTrigger(const Clause &c, int from, bool anchoredOnly) const
{
    const PatternSet &set = patternSet();
    bool hasDate = false;
    bool hasAmount = false;
    bool hasContact = false;
    for (int pos = from; pos < c.toks.size(); ++pos) {
        const TokKind k = tok(c, pos).kind;
        hasDate = hasDate || (k == TokKind::Date && m_spans[tok(c, pos).span].date.isValid());
        hasAmount = hasAmount || k == TokKind::Amount;
        hasContact = hasContact || k == TokKind::Email || k == TokKind::Phone;
    }
    std::optional<Trigger> bestFirst;
    std::optional<Trigger> bestAny;
    for (int pos = from; pos < c.toks.size(); ++pos) {
        const Token &t = tok(c, pos);
        QString key;
        if (t.kind == TokKind::Word)
            key = t.low;
        else if (t.kind == TokKind::Amount)
            key = QStringLiteral("$amount");
        else
            continue;
        const auto it = set.byFirst.constFind(key);
        if (it == set.byFirst.constEnd())
            continue;
        for (const int index : *it) {
            const Pattern &p = set.patterns[index];
            if ((p.anchored && pos != from) || (p.needsDate && !hasDate) || (p.needsAmount && !hasAmount)
                || (p.weak && hasContact))
                continue;
            Trigger trigger;
            trigger.pattern = index;
            trigger.first = pos;
            if (!matchElements(p, 0, c, pos, &trigger.used))
                continue;
            // "remind me who owes me" asks; "hasn't paid" is no payment.
            if (p.kind == Kind::Chase && t.low == QLatin1String("remind")
                && (isWord(c, pos + 1, "me") || isWord(c, pos + 1, "us")))
                continue;
            if (p.kind == Kind::MarkPaid && negatedBefore(c, trigger.used.last(), from))
                continue;
            // "Dave still owes me 200" is an old debt, not a new bill.
            if (p.kind == Kind::AddBill && (t.low.startsWith(QLatin1String("ow")))
                && (isWord(c, pos - 1, "still") || isWord(c, pos - 1, "already") || isWord(c, pos - 1, "only")))
                continue;
            std::optional<Trigger> &slot = pos == from ? bestFirst : bestAny;
            if (!slot || set.patterns[slot->pattern].priority < p.priority)
                slot = trigger;
        }
        if (anchoredOnly)
            break;
    }
    return bestFirst ? bestFirst : bestAny;
}

// A message that is only yes or only no: every word in the yes (no) vocabulary and at least one that says it.
std::optional<Kind> Parser::bagKind(const Clause &c, int from) const
{
    bool allYes = true;
    bool allNo = true;
    bool yes = false;
    bool no = false;
    bool person = false;
    bool reminder = false;
    for (int pos = from; pos < c.toks.size(); ++pos) {
        const Token &t = tok(c, pos);
        if (t.kind != TokKind::Word && t.kind != TokKind::Symbol)
            return std::nullopt;
        // "send him a reminder" chases; "send it to her" approves.
        person = person || t.low == QLatin1String("him") || t.low == QLatin1String("them")
            || t.low == QLatin1String("her");
        reminder = reminder || t.low == QLatin1String("reminder") || t.low == QLatin1String("nudge");
        if (person && reminder)
            return std::nullopt;
        quint32 f = t.flags;
        // "no worries", "no problem" say yes.
        if (t.low == QLatin1String("no") && pos + 1 < c.toks.size()
            && (tok(c, pos + 1).low == QLatin1String("worries") || tok(c, pos + 1).low == QLatin1String("problem")
                || tok(c, pos + 1).low == QLatin1String("probs") || tok(c, pos + 1).low == QLatin1String("prob")))
            f = Yes | YesBag;
        allYes = allYes && (f & (Yes | YesBag));
        allNo = allNo && (f & (No | NoBag | Yes));
        yes = yes || (f & Yes);
        no = no || (f & No);
    }
    if (no && allNo)
        return Kind::Reject;
    if (yes && allYes)
        return Kind::Approve;
    return std::nullopt;
}

// "tell me", "show me", "give me", "check", "list": the owner asks for information.
bool Parser::statusFrame(const Clause &c, int from) const
{
    if (from >= c.toks.size())
        return false;
    const Token &t = tok(c, from);
    if (t.kind != TokKind::Word)
        return false;
    const QString &w = t.low;
    if (w == QLatin1String("show") || w == QLatin1String("check") || w == QLatin1String("list")
        || w == QLatin1String("lemme"))
        return true;
    const bool me = isWord(c, from + 1, "me") || isWord(c, from + 1, "us");
    return me
        && (w == QLatin1String("give") || w == QLatin1String("send") || w == QLatin1String("remind")
            || w == QLatin1String("let") || w == QLatin1String("update") || w == QLatin1String("fill")
            || w == QLatin1String("tell"));
}

QString restoreCapitals(QStringView word)
{
    QString out = word.toString();
    bool startOfPart = true;
    for (qsizetype k = 0; k < out.size(); ++k) {
        const QChar c = out[k];
        if (c.isLetter()) {
            if (startOfPart)
                out[k] = c.toUpper();
            startOfPart = false;
            // "mcdonald" -> "McDonald"; "o'neill" -> "O'Neill" (the apostrophe below).
            if (k == 1 && out.size() > 3 && out[0] == QLatin1Char('M') && c == QLatin1Char('c'))
                startOfPart = true;
        } else if (c == QLatin1Char('-') || c == QLatin1Char('&')) {
            startOfPart = true;
        } else if (isApostrophe(c)) {
            startOfPart = k == 1; // o'neill, d'arcy; not "greta's"
        }
    }
    return out;
}

// The clause's tokens first..last as a name: as written, with capitals restored for words typed in lower case,
// and a possessive ending dropped from the last word.
QString Parser::display(const Clause &c, int first, int last) const
{
    QString out;
    for (int pos = first; pos <= last; ++pos) {
        const Token &t = tok(c, pos);
        qsizetype end = t.end;
        if (pos == last && t.possessive) {
            if (end - t.start > 1 && isApostrophe(m_text[end - 1]))
                end -= 1;
            else if (end - t.start > 2 && isApostrophe(m_text[end - 2]))
                end -= 2;
        }
        const QStringView written = QStringView(m_text).mid(t.start, end - t.start);
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        const bool keepLower = (t.flags & Connector) && pos != first;
        if (t.typedLower && !keepLower && t.low != QLatin1String("and"))
            out += restoreCapitals(written);
        else
            out += written;
    }
    return out;
}

// The client named in the clause: runs of name words (unknown to the lexicon, or capitalised inside the sentence),
// with titles, "&", connectors and company endings; the run with a capital letter wins, else the first one.
QString Parser::extractName(
    const Clause &c, int from, const QList<int> &used, bool *pronoun, bool *onlyName, bool firstMayBeName) const
{
    const int n = int(c.toks.size());
    auto isUsed = [&](int pos) { return used.contains(pos); };
    auto nameWord = [&](int pos) {
        if (pos >= n || isUsed(pos))
            return false;
        const Token &t = tok(c, pos);
        if (t.kind != TokKind::Word || (t.flags & (Func | Numeric)))
            return false;
        if (t.flags & (Title | Connector))
            return false;
        if (t.flags & CompanyTail)
            return true;
        if (t.flags == 0)
            return true;
        // A known word names someone only when capitalised inside the sentence ("chase Bill", "Golf Club").
        return t.cap && (pos != from || firstMayBeName) && !(t.flags & (Yes | No | Marker));
    };
    struct Run {
        int first;
        int last;
        int score;
    };
    QList<Run> runs;
    *pronoun = false;
    for (int pos = from; pos < n; ++pos) {
        const Token &t = tok(c, pos);
        if (t.kind == TokKind::Word && (t.flags & Pronoun) && !isUsed(pos))
            *pronoun = true;
        int start = pos;
        // Titles open a name: "Mrs O'Neill", "Dr Rahman".
        while (start < n && tok(c, start).kind == TokKind::Word && (tok(c, start).flags & Title) && !isUsed(start))
            ++start;
        // "chase Will Smith", "did May Lee pay": a capitalised word that is also a function word opens a name
        // when a capitalised name word follows it inside the sentence.
        const Token &opener = tok(c, start < n ? start : n - 1);
        const bool firstName = start < n && start != from && !isUsed(start) && opener.kind == TokKind::Word
            && opener.cap && (opener.flags & Func) && !(opener.flags & (Pronoun | Filler | Question | Negation))
            && opener.low != QLatin1String("i") && opener.low != QLatin1String("the") && nameWord(start + 1)
            && tok(c, start + 1).cap;
        if (!nameWord(start) && !firstName)
            continue;
        int end = start;
        while (true) {
            if (tok(c, end).possessive) {
                // "Greta's Garden Centre" goes on; "Whitaker's money" stops.
                if (end + 1 < n && nameWord(end + 1) && tok(c, end + 1).cap)
                    ++end;
                else
                    break;
                continue;
            }
            if (nameWord(end + 1)) {
                ++end;
                continue;
            }
            // "Baker & Sons", "Abbott and Co", "Bank of Ireland".
            if (end + 2 < n && !isUsed(end + 1) && tok(c, end + 1).kind == TokKind::Word) {
                const Token &link = tok(c, end + 1);
                const Token &next = tok(c, end + 2);
                const bool amp = link.low == QLatin1String("&") || link.low == QLatin1String("and");
                if (amp && (next.flags & CompanyTail) && !isUsed(end + 2)) {
                    end += 2;
                    continue;
                }
                if ((link.flags & Connector) && !link.cap && nameWord(end + 2) && next.cap && tok(c, end).cap) {
                    end += 2;
                    continue;
                }
            }
            break;
        }
        int first = pos;
        int score = runs.isEmpty() ? 1 : 0;
        // A capital letter marks a name, even first in the sentence: a known word there is no name word at all.
        for (int k = start; k <= end; ++k)
            if (tok(c, k).cap)
                score = std::max(score, 2 + (runs.isEmpty() ? 1 : 0));
        // A family: "the Patels", "the Wards'".
        const Token &lastTok = tok(c, end);
        if (first == start && first > from && isWord(c, first - 1, "the") && end == start && lastTok.low.size() > 3
            && lastTok.low.endsWith(QLatin1Char('s')) && !lastTok.low.endsWith(QLatin1String("ss"))
            && !lastTok.low.endsWith(QLatin1String("is")))
            first -= 1;
        runs.append({ first, end, score });
        pos = end;
    }
    if (runs.isEmpty()) {
        *onlyName = false;
        return {};
    }
    const Run *best = &runs.first();
    for (const Run &r : runs)
        if (r.score > best->score)
            best = &r;
    // Only a name: the rest of the clause is fillers ("too", "as well", "so did").
    bool only = runs.size() == 1;
    for (int pos = from; only && pos < n; ++pos) {
        if (pos >= best->first && pos <= best->last)
            continue;
        const Token &t = tok(c, pos);
        static const QStringList extras{ QStringLiteral("too"), QStringLiteral("also"), QStringLiteral("as"),
            QStringLiteral("well"), QStringLiteral("please"), QStringLiteral("pls"), QStringLiteral("again"),
            QStringLiteral("did"), QStringLiteral("so"), QStringLiteral("and"), QStringLiteral("then"),
            QStringLiteral("the"), QStringLiteral("aswell"), QStringLiteral("has"), QStringLiteral("have") };
        only = t.kind == TokKind::Word && extras.contains(t.low);
    }
    *onlyName = only;
    QString name = display(c, best->first, best->last);
    if (name.startsWith(QLatin1String("The ")) && best->first < n && tok(c, best->first).low == QLatin1String("the"))
        name.replace(0, 3, QStringLiteral("the"));
    return name;
}

// A pause said as a length: "for a week", "another fortnight", "for 10 days", "a couple of weeks". The end is
// counted from today like "in a week" of the date grammar.
QDate Parser::pauseEnd(const Clause &c, int from) const
{
    static const QHash<QString, int> counts{ { QStringLiteral("a"), 1 }, { QStringLiteral("an"), 1 },
        { QStringLiteral("one"), 1 }, { QStringLiteral("another"), 1 }, { QStringLiteral("two"), 2 },
        { QStringLiteral("three"), 3 }, { QStringLiteral("four"), 4 }, { QStringLiteral("five"), 5 },
        { QStringLiteral("six"), 6 }, { QStringLiteral("seven"), 7 }, { QStringLiteral("ten"), 10 },
        { QStringLiteral("couple"), 2 } };
    const int n = int(c.toks.size());
    for (int pos = from; pos < n; ++pos) {
        const Token &t = tok(c, pos);
        if (t.kind != TokKind::Word)
            continue;
        int count = 0;
        if (t.flags & Numeric)
            count = t.low.toInt();
        else
            count = counts.value(t.low, 0);
        if (count <= 0)
            continue;
        int unitAt = pos + 1;
        while (unitAt < n && (isWord(c, unitAt, "more") || isWord(c, unitAt, "of") || isWord(c, unitAt, "extra")))
            ++unitAt;
        if (unitAt >= n || tok(c, unitAt).kind != TokKind::Word)
            continue;
        const QString &unit = tok(c, unitAt).low;
        if (unit == QLatin1String("day") || unit == QLatin1String("days"))
            return m_today.addDays(count);
        if (unit == QLatin1String("week") || unit == QLatin1String("weeks"))
            return m_today.addDays(7 * count);
        if (unit == QLatin1String("fortnight"))
            return m_today.addDays(14 * count);
        if (unit == QLatin1String("month") || unit == QLatin1String("months"))
            return m_today.addMonths(count);
    }
    return {};
}

Analysis Parser::analyze(const Clause &c, bool allowCorrection) const
{
    Analysis a;
    const int n = int(c.toks.size());
    if (n == 0)
        return a;
    a.empty = false;
    int from = 0;
    // A self-correction: "no sorry, Hendry", "I mean 550", "actually no, leave them".
    if (allowCorrection && !findTrigger(c, 0, true)) {
        bool strong = false;
        while (from < n && tok(c, from).kind == TokKind::Word) {
            const Token &t = tok(c, from);
            if (t.flags & Marker) {
                strong = true;
                ++from;
                if (t.low == QLatin1String("scratch") && isWord(c, from, "that"))
                    ++from;
            } else if ((t.low == QLatin1String("i") && (isWord(c, from + 1, "mean") || isWord(c, from + 1, "meant")))
                || (t.low == QLatin1String("make") && isWord(c, from + 1, "that"))
                || (t.low == QLatin1String("or") && isWord(c, from + 1, "rather"))
                || (t.low == QLatin1String("my") && isWord(c, from + 1, "bad"))) {
                strong = true;
                from += 2;
            } else if ((t.flags & Filler) && !(t.flags & Conj) && t.low != QLatin1String("please")) {
                ++from;
            } else {
                break;
            }
        }
        if (!strong) {
            from = 0;
        } else if (from >= n) {
            a.markerOnly = true;
            return a;
        } else {
            a.corrects = true;
        }
    }
    if (!a.corrects) {
        if (const auto bag = bagKind(c, 0)) {
            a.kind = bag;
            a.weakYes = *bag == Kind::Approve;
            for (int pos = 0; pos < n && a.weakYes; ++pos) {
                const Token &t = tok(c, pos);
                static const QStringList weak{ QStringLiteral("ok"), QStringLiteral("okay"), QStringLiteral("k"),
                    QStringLiteral("kk"), QStringLiteral("okey"), QStringLiteral("alright"), QStringLiteral("right"),
                    QStringLiteral("so") };
                a.weakYes = !(t.flags & Yes) || weak.contains(t.low);
            }
            return a;
        }
    }
    // Fillers and request frames: "ok so", "can you", "could you please", "any chance you could".
    while (from < n && tok(c, from).kind == TokKind::Word) {
        const Token &t = tok(c, from);
        const bool request = (t.low == QLatin1String("can") || t.low == QLatin1String("could")
                                 || t.low == QLatin1String("would") || t.low == QLatin1String("will")
                                 || t.low == QLatin1String("pls") || t.low == QLatin1String("please"))
            && (isWord(c, from + 1, "you") || isWord(c, from + 1, "u") || isWord(c, from + 1, "ya"));
        if (request) {
            from += 2;
            continue;
        }
        if (t.low == QLatin1String("any") && isWord(c, from + 1, "chance")) {
            from += 2;
            continue;
        }
        if ((t.low == QLatin1String("i") || t.low == QLatin1String("we"))
            && (isWord(c, from + 1, "need") || isWord(c, from + 1, "want")) && isWord(c, from + 2, "you")
            && isWord(c, from + 3, "to")) {
            from += 4;
            continue;
        }
        // "so did the Kellys", "as did Moran": the same again for another client.
        if ((t.low == QLatin1String("so") || t.low == QLatin1String("as"))
            && (isWord(c, from + 1, "did") || isWord(c, from + 1, "has") || isWord(c, from + 1, "have")
                || isWord(c, from + 1, "does"))) {
            from += 2;
            continue;
        }
        if ((t.flags & Filler) || t.low == QLatin1String("you") || t.low == QLatin1String("u"))
            ++from;
        else
            break;
    }
    if (from >= n) {
        a.empty = !a.corrects;
        a.markerOnly = a.corrects;
        return a;
    }
    // Fields.
    for (int pos = from; pos < n; ++pos) {
        const Token &t = tok(c, pos);
        switch (t.kind) {
        case TokKind::Amount:
            if (a.amount < 0)
                a.amount = t.span;
            break;
        case TokKind::Date:
            if (m_spans[t.span].date.isValid())
                a.date = t.span; // the last precise one
            break;
        case TokKind::Phone:
            if (a.phone < 0)
                a.phone = t.span;
            break;
        case TokKind::Email:
            if (a.email < 0)
                a.email = t.span;
            break;
        case TokKind::Invoice:
            if (a.invoice < 0)
                a.invoice = t.span;
            break;
        case TokKind::Word:
            if ((t.flags & Numeric) && a.bareNumber < 0) {
                QString digits = t.low;
                digits.remove(QLatin1Char(','));
                bool ok = false;
                const double v = digits.toDouble(&ok);
                if (ok)
                    a.bareNumber = v;
            }
            break;
        default:
            break;
        }
    }
    QList<int> used;
    const Token &first = tok(c, from);
    const bool questionWord = first.kind == TokKind::Word && (first.flags & Question)
        && !(first.low == QLatin1String("do") && (isWord(c, from + 1, "not") || isWord(c, from + 1, "n't")))
        && !((first.low == QLatin1String("have") || first.low == QLatin1String("do")) && isWord(c, from + 1, "a"));
    const std::optional<Trigger> trigger = findTrigger(c, from, false);
    const bool asks = questionWord || statusFrame(c, from) || (c.question && (!trigger || trigger->first != from));
    if (asks) {
        bool money = isWord(c, from, "how") && (isWord(c, from + 1, "much") || isWord(c, from + 1, "many"));
        for (int pos = from; pos < n && !money; ++pos)
            money = (tok(c, pos).kind == TokKind::Word && (tok(c, pos).flags & Money))
                || (isWord(c, pos, "up") && isWord(c, pos + 1, "to") && isWord(c, pos + 2, "date"));
        if (money || trigger) {
            a.kind = Kind::Status;
            // Words of the question ("tell me", "show") are not names.
            used.append(from);
        } else {
            a.offTopic = true;
            return a;
        }
    } else if (trigger) {
        a.kind = patternSet().patterns[trigger->pattern].kind;
        used = trigger->used;
    }
    // "Bill Turner paid", "Chase Harris settled up": a first name that is also a verb, when the clause goes on
    // with another instruction that needs no amount.
    bool firstIsName = false;
    if (trigger && !asks && trigger->first == from && first.cap && from + 1 < n && tok(c, from + 1).cap
        && tok(c, from + 1).kind == TokKind::Word && !(tok(c, from + 1).flags & (Func | Title)) && a.amount < 0
        && a.bareNumber < 0) {
        const std::optional<Trigger> later = findTrigger(c, from + 1, false);
        if (later && later->first > from + 1 && patternSet().patterns[later->pattern].kind != *a.kind) {
            a.kind = patternSet().patterns[later->pattern].kind;
            used = later->used;
            firstIsName = true;
        }
    }
    if (a.kind == Kind::StopReminders && a.date < 0)
        a.pauseEnd = pauseEnd(c, from);
    bool only = false;
    a.name = extractName(c, from, used, &a.pronoun, &only, firstIsName);
    for (int pos = from; pos < n && !a.everyone; ++pos)
        a.everyone = isWord(c, pos, "all") || isWord(c, pos, "everyone") || isWord(c, pos, "everybody")
            || isWord(c, pos, "every");
    // "Grace paid £40": an everyday word first in the sentence, capitalised, is the name when there is no other.
    if (a.name.isEmpty() && !a.pronoun && a.kind && (takesClient(*a.kind) || *a.kind == Kind::Status))
        a.name = extractName(c, from, used, &a.pronoun, &only, true);
    a.onlyName = only && !a.kind;
    return a;
}

// Clauses: cut at punctuation, conjunctions, correction phrases, and (in run-on voice notes) before a second
// instruction verb.
QList<Clause> Parser::clauses() const
{
    QList<Clause> raw;
    Clause cur;
    auto flush = [&](bool question) {
        cur.question = question;
        if (!cur.toks.isEmpty())
            raw.append(cur);
        cur = Clause();
    };
    const int n = int(m_tokens.size());
    for (int i = 0; i < n; ++i) {
        const Token &t = m_tokens[i];
        if (t.kind == TokKind::Punct) {
            const QChar p = t.punct;
            // "Dr. Rahman", "St. James": not the end of a sentence.
            if (p == QLatin1Char('.') && !cur.toks.isEmpty() && (m_tokens[cur.toks.last()].flags & Title))
                continue;
            if (p == QLatin1Char('"') || p == QChar(0x201C) || p == QChar(0x201D) || p == QLatin1Char('*')
                || p == QLatin1Char('_') || p == QLatin1Char('+') || p == QLatin1Char('='))
                continue;
            flush(p == QLatin1Char('?'));
            continue;
        }
        // "okay so basically ...": fillers before a conjunction are no clause of their own.
        const bool onlyFillers
            = std::all_of(cur.toks.cbegin(), cur.toks.cend(), [&](int k) { return (m_tokens[k].flags & Filler) != 0; });
        if (t.kind == TokKind::Word && (t.flags & Conj) && !onlyFillers) {
            // "Baker and Sons" stays one name.
            const bool companyAnd = t.low == QLatin1String("and") && i + 1 < n && m_tokens[i + 1].kind == TokKind::Word
                && (m_tokens[i + 1].flags & CompanyTail) && m_tokens[i + 1].low != QLatin1String("&");
            if (!companyAnd) {
                flush(false);
                continue;
            }
        }
        if (t.kind == TokKind::Word && !cur.toks.isEmpty()) {
            // "chase Henderson no sorry Hendry", "bill Reyes 500 I mean 550".
            const auto next = [&](int k) -> QString {
                return i + k < n && m_tokens[i + k].kind == TokKind::Word ? m_tokens[i + k].low : QString();
            };
            const bool correction = t.low == QLatin1String("sorry") || t.low == QLatin1String("correction")
                || (t.low == QLatin1String("i")
                    && (next(1) == QLatin1String("mean") || next(1) == QLatin1String("meant")))
                || (t.low == QLatin1String("no")
                    && (next(1) == QLatin1String("sorry") || next(1) == QLatin1String("wait")))
                || (t.low == QLatin1String("or") && next(1) == QLatin1String("rather"))
                || (t.low == QLatin1String("make") && next(1) == QLatin1String("that"))
                || (t.low == QLatin1String("actually") && next(1) == QLatin1String("no"));
            if (correction)
                flush(false);
        }
        cur.toks.append(i);
    }
    flush(false);
    QList<Clause> out;
    for (const Clause &c : raw)
        splitClause(c, &out);
    return out;
}

void Parser::splitClause(const Clause &c, QList<Clause> *out) const
{
    const int n = int(c.toks.size());
    // "yes chase him too", "nope he's a mate": the yes or no stands on its own.
    if (n > 1 && tok(c, 0).kind == TokKind::Word && !bagKind(c, 0) && !findTrigger(c, 0, true)) {
        static const QStringList lone{ QStringLiteral("yes"), QStringLiteral("yeah"), QStringLiteral("yep"),
            QStringLiteral("yup"), QStringLiteral("yea"), QStringLiteral("aye"), QStringLiteral("no"),
            QStringLiteral("nope"), QStringLiteral("nah"), QStringLiteral("approved"), QStringLiteral("sure") };
        const QString &w = tok(c, 0).low;
        const bool noWorries = w == QLatin1String("no") && (isWord(c, 1, "worries") || isWord(c, 1, "problem"));
        if (lone.contains(w) && !noWorries) {
            Clause head;
            head.toks = c.toks.mid(0, 1);
            Clause rest;
            rest.toks = c.toks.mid(1);
            rest.question = c.question;
            out->append(head);
            splitClause(rest, out);
            return;
        }
    }
    // "Rachel paid chase Tom Baker": a second instruction verb after a complete one.
    for (int pos = 2; pos < n; ++pos) {
        const Token &t = tok(c, pos);
        if (t.kind != TokKind::Word || !(t.flags & SplitVerb))
            continue;
        const Token &prev = tok(c, pos - 1);
        static const QStringList glue{ QStringLiteral("to"), QStringLiteral("you"), QStringLiteral("u"),
            QStringLiteral("please"), QStringLiteral("pls"), QStringLiteral("can"), QStringLiteral("could"),
            QStringLiteral("would"), QStringLiteral("will"), QStringLiteral("i"), QStringLiteral("we"),
            QStringLiteral("me"), QStringLiteral("just"), QStringLiteral("i'll"), QStringLiteral("we'll"),
            QStringLiteral("you'll"), QStringLiteral("let"), QStringLiteral("let's"), QStringLiteral("should"),
            QStringLiteral("must"), QStringLiteral("need"), QStringLiteral("needs"), QStringLiteral("want"),
            QStringLiteral("gonna"), QStringLiteral("a"), QStringLiteral("the"), QStringLiteral("new"),
            QStringLiteral("another"), QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("my"),
            QStringLiteral("our"), QStringLiteral("your"), QStringLiteral("this"), QStringLiteral("that"),
            QStringLiteral("an") };
        if (prev.kind == TokKind::Word && (glue.contains(prev.low) || (prev.flags & (Negation | Title | Pronoun))))
            continue;
        Clause head;
        head.toks = c.toks.mid(0, pos);
        const std::optional<Trigger> before = findTrigger(head, 0, false);
        if (!before)
            continue;
        // The verb must start a trigger of its own ("stop" in "pause ... stop" is the same instruction).
        Clause rest;
        rest.toks = c.toks.mid(pos);
        rest.question = c.question;
        const std::optional<Trigger> after = findTrigger(rest, 0, true);
        if (!after || after->first != 0)
            continue;
        // Both halves name someone: "chase the Henderson invoice" is one instruction.
        bool pronoun = false;
        bool only = false;
        if (extractName(head, 0, before->used, &pronoun, &only).isEmpty() && !pronoun)
            continue;
        if (extractName(rest, 0, after->used, &pronoun, &only).isEmpty() && !pronoun)
            continue;
        out->append(head);
        splitClause(rest, out);
        return;
    }
    out->append(c);
}

bool accepts(Kind k, TokKind field)
{
    switch (field) {
    case TokKind::Amount:
        return k == Kind::MarkPaid || k == Kind::AddBill;
    case TokKind::Date:
        return k == Kind::StopReminders || k == Kind::AddBill;
    case TokKind::Phone:
    case TokKind::Email:
        return k == Kind::AddClient;
    case TokKind::Invoice:
        return k == Kind::Chase || k == Kind::MarkPaid;
    default:
        return false;
    }
}

bool sameClient(const QString &a, const QString &b)
{
    auto strip = [](const QString &s) {
        QString t = s.trimmed().toLower();
        if (t.startsWith(QLatin1String("the ")))
            t.remove(0, 4);
        return t;
    };
    return strip(a) == strip(b);
}

QList<OwnerAction> Parser::parse()
{
    const QList<Clause> cls = clauses();
    QList<Built> acts;
    QString lastNamed;
    QString pendingName;
    Analysis pendingFields; // fields said before the instruction they belong to
    bool correctNext = false;
    int nameOnlyClauses = 0;
    int clausesWithContent = 0;
    QString loneName;

    auto lastIsInstruction
        = [&] { return !acts.isEmpty() && acts.last().a.kind != Kind::Approve && acts.last().a.kind != Kind::Reject; };
    // Sets a field on an action: `replace` for a correction, otherwise only when it is still empty.
    auto setField = [&](Built &b, TokKind field, int span, bool replace) {
        if (span < 0 || !accepts(b.a.kind, field))
            return false;
        const Span &s = m_spans[span];
        const QString written = m_text.mid(s.start, s.end - s.start);
        switch (field) {
        case TokKind::Amount:
            if (!b.a.amount || replace) {
                b.a.amount = s.value;
                b.a.currency = s.currency;
            }
            return true;
        case TokKind::Date:
            if (b.a.kind == Kind::StopReminders && (!b.a.until.isValid() || replace))
                b.a.until = s.date;
            if (b.a.kind == Kind::AddBill && (!b.a.due.isValid() || replace))
                b.a.due = s.date;
            return true;
        case TokKind::Phone:
            if (!b.a.phone || replace)
                b.a.phone = written;
            return true;
        case TokKind::Email:
            if (!b.a.email || replace)
                b.a.email = written;
            return true;
        case TokKind::Invoice:
            if (b.a.invoice.isEmpty() || replace)
                b.a.invoice = written;
            return true;
        default:
            return false;
        }
    };
    auto setFields = [&](Built &b, const Analysis &an, bool replace) {
        bool any = setField(b, TokKind::Amount, an.amount, replace);
        if (an.amount < 0 && an.bareNumber >= 0 && (b.a.kind == Kind::AddBill || b.a.kind == Kind::MarkPaid)
            && (!b.a.amount || replace)) {
            b.a.amount = an.bareNumber;
            any = true;
        }
        any = setField(b, TokKind::Date, an.date, replace) || any;
        if (an.date < 0 && an.pauseEnd.isValid() && b.a.kind == Kind::StopReminders
            && (!b.a.until.isValid() || replace)) {
            b.a.until = an.pauseEnd;
            any = true;
        }
        any = setField(b, TokKind::Phone, an.phone, replace) || any;
        any = setField(b, TokKind::Email, an.email, replace) || any;
        any = setField(b, TokKind::Invoice, an.invoice, replace) || any;
        return any;
    };
    auto mergeInto = [](Built &into, const Built &from) {
        OwnerAction &a = into.a;
        const OwnerAction &b = from.a;
        if (!a.amount && b.amount) {
            a.amount = b.amount;
            a.currency = b.currency;
        }
        if (!a.until.isValid())
            a.until = b.until;
        if (!a.due.isValid())
            a.due = b.due;
        if (!a.phone)
            a.phone = b.phone;
        if (!a.email)
            a.email = b.email;
        if (a.invoice.isEmpty())
            a.invoice = b.invoice;
        if (a.client.isEmpty() && !b.client.isEmpty()) {
            a.client = b.client;
            a.clientFromContext = false;
            into.awaitingName = false;
        }
    };

    for (int i = 0; i < cls.size(); ++i) {
        const Analysis an = analyze(cls[i], lastIsInstruction() || correctNext);
        if (an.empty)
            continue;
        if (an.markerOnly) {
            correctNext = correctNext || lastIsInstruction();
            continue;
        }
        ++clausesWithContent;
        const bool correcting = (correctNext || an.corrects) && lastIsInstruction();
        correctNext = false;
        if (an.offTopic)
            continue;
        if (an.kind) {
            Built b;
            b.a.kind = *an.kind;
            b.weakYes = an.weakYes;
            if (!an.name.isEmpty() && *an.kind != Kind::Approve && *an.kind != Kind::Reject) {
                b.a.client = an.name;
                b.explicitName = true;
                lastNamed = an.name;
            } else if (takesClient(*an.kind) || (*an.kind == Kind::Status && an.pronoun)) {
                if (!pendingName.isEmpty() && *an.kind != Kind::Status) {
                    b.a.client = pendingName;
                    b.explicitName = true;
                } else if (an.everyone) {
                    // Nobody in particular: neither the last name nor the conversation's client.
                } else if (an.pronoun) {
                    b.viaPronoun = true;
                    b.a.client = lastNamed;
                    b.a.clientFromContext = lastNamed.isEmpty();
                } else if (correcting) {
                    b.a.client = acts.last().a.client;
                    b.a.clientFromContext = acts.last().a.clientFromContext;
                    b.explicitName = acts.last().explicitName;
                } else {
                    b.awaitingName = true;
                    b.nameBefore = lastNamed;
                }
            }
            pendingName.clear();
            setFields(b, an, false);
            setFields(b, pendingFields, false);
            pendingFields = Analysis();
            if (correcting) {
                acts.last() = b;
                continue;
            }
            if (!acts.isEmpty() && acts.last().a.kind == b.a.kind) {
                Built &last = acts.last();
                const bool plain = b.a.kind == Kind::Approve || b.a.kind == Kind::Reject;
                const bool same = plain || b.awaitingName
                    || (!b.a.client.isEmpty() && sameClient(last.a.client, b.a.client))
                    || (b.a.kind == Kind::Status && b.a.client.isEmpty());
                if (same) {
                    mergeInto(last, b);
                    continue;
                }
            }
            acts.append(b);
            continue;
        }
        // No instruction: a correction, a name, fields, or chatter.
        if (correcting) {
            Built &last = acts.last();
            if (!an.name.isEmpty()) {
                last.a.client = an.name;
                last.a.clientFromContext = false;
                last.awaitingName = false;
                last.explicitName = true;
                lastNamed = an.name;
            }
            setFields(last, an, true);
            continue;
        }
        bool fieldsToPending = false;
        if (!an.name.isEmpty()) {
            lastNamed = an.name;
            if (an.onlyName) {
                ++nameOnlyClauses;
                loneName = an.name;
            }
            bool nextWants = false;
            for (int j = i + 1; j < cls.size(); ++j) {
                const Analysis next = analyze(cls[j], false);
                if (next.empty)
                    continue;
                nextWants = next.kind && takesClient(*next.kind) && next.name.isEmpty();
                break;
            }
            if (!acts.isEmpty() && acts.last().awaitingName) {
                acts.last().a.client = an.name;
                acts.last().awaitingName = false;
                acts.last().explicitName = true;
            } else if (nextWants) {
                pendingName = an.name;
                fieldsToPending = true;
            } else if (an.onlyName && !acts.isEmpty() && acts.last().explicitName
                && (acts.last().a.kind == Kind::Chase || acts.last().a.kind == Kind::MarkPaid
                    || acts.last().a.kind == Kind::StopReminders)) {
                Built clone;
                clone.a.kind = acts.last().a.kind;
                clone.a.client = an.name;
                clone.explicitName = true;
                setFields(clone, an, false);
                if (clone.a.until.isValid() && !acts.last().a.until.isValid())
                    acts.last().a.until = clone.a.until;
                acts.append(clone);
                continue;
            } else {
                pendingName = an.name;
                fieldsToPending = true;
            }
        }
        if (fieldsToPending || acts.isEmpty() || !setFields(acts.last(), an, false)) {
            Analysis keep = pendingFields;
            if (keep.amount < 0)
                keep.amount = an.amount;
            if (keep.date < 0)
                keep.date = an.date;
            if (keep.phone < 0)
                keep.phone = an.phone;
            if (keep.email < 0)
                keep.email = an.email;
            if (keep.invoice < 0)
                keep.invoice = an.invoice;
            pendingFields = keep;
        }
    }

    QList<OwnerAction> out;
    const bool refusal = !acts.isEmpty() && acts.first().a.kind == Kind::Reject;
    const bool instructions = std::any_of(acts.cbegin(), acts.cend(),
        [](const Built &b) { return b.a.kind != Kind::Approve && b.a.kind != Kind::Reject; });
    for (Built &b : acts) {
        if (b.awaitingName) {
            b.a.client = b.nameBefore;
            b.a.clientFromContext = b.nameBefore.isEmpty();
        }
        // "Cancel that, he's just paid me": a refusal with its reason is a refusal.
        if (refusal && &b != &acts.first() && !b.explicitName && b.a.kind != Kind::Approve)
            continue;
        if (b.a.kind == Kind::Reject && !out.isEmpty() && out.last().kind == Kind::Reject)
            continue;
        // "Okay, chase Dave": the okay only opens the message.
        if (b.weakYes && instructions)
            continue;
        out.append(b.a);
    }
    if (out.isEmpty()) {
        OwnerAction unknown;
        // A lone name: the caller may be waiting for one ("Did you mean Henderson or Hendry?" - "Hendry").
        if (nameOnlyClauses == 1 && clausesWithContent == 1)
            unknown.client = loneName;
        out.append(unknown);
    }
    return out;
}

} // namespace

QString ownerActionKey(OwnerActionKind kind)
{
    switch (kind) {
    case OwnerActionKind::Chase:
        return QStringLiteral("chase");
    case OwnerActionKind::MarkPaid:
        return QStringLiteral("mark_paid");
    case OwnerActionKind::StopReminders:
        return QStringLiteral("stop_reminders");
    case OwnerActionKind::AddClient:
        return QStringLiteral("add_client");
    case OwnerActionKind::AddBill:
        return QStringLiteral("add_bill");
    case OwnerActionKind::Status:
        return QStringLiteral("status");
    case OwnerActionKind::Approve:
        return QStringLiteral("approve");
    case OwnerActionKind::Reject:
        return QStringLiteral("reject");
    case OwnerActionKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<OwnerActionKind> ownerActionKindFromKey(const QString &key)
{
    for (const OwnerActionKind k : { OwnerActionKind::Chase, OwnerActionKind::MarkPaid, OwnerActionKind::StopReminders,
             OwnerActionKind::AddClient, OwnerActionKind::AddBill, OwnerActionKind::Status, OwnerActionKind::Approve,
             OwnerActionKind::Reject, OwnerActionKind::Unknown })
        if (ownerActionKey(k) == key)
            return k;
    return std::nullopt;
}

QJsonObject OwnerAction::toJson() const
{
    QJsonObject o{ { QStringLiteral("action"), ownerActionKey(kind) } };
    const QJsonValue null(QJsonValue::Null);
    const QJsonValue clientValue = client.isEmpty() ? null : QJsonValue(client);
    auto textOrNull = [&](const std::optional<QString> &v) { return v ? QJsonValue(*v) : null; };
    switch (kind) {
    case OwnerActionKind::Chase:
        o.insert(QStringLiteral("client"), clientValue);
        if (!invoice.isEmpty())
            o.insert(QStringLiteral("invoice"), invoice);
        break;
    case OwnerActionKind::MarkPaid:
        o.insert(QStringLiteral("client"), clientValue);
        if (amount)
            o.insert(QStringLiteral("amount"), *amount);
        if (!invoice.isEmpty())
            o.insert(QStringLiteral("invoice"), invoice);
        break;
    case OwnerActionKind::StopReminders:
        o.insert(QStringLiteral("client"), clientValue);
        if (until.isValid())
            o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
        break;
    case OwnerActionKind::AddClient:
        o.insert(QStringLiteral("client"), clientValue);
        o.insert(QStringLiteral("phone"), textOrNull(phone));
        o.insert(QStringLiteral("email"), textOrNull(email));
        break;
    case OwnerActionKind::AddBill:
        o.insert(QStringLiteral("client"), clientValue);
        o.insert(QStringLiteral("amount"), amount ? QJsonValue(*amount) : null);
        o.insert(QStringLiteral("due"), due.isValid() ? QJsonValue(due.toString(Qt::ISODate)) : null);
        break;
    case OwnerActionKind::Status:
        if (!client.isEmpty())
            o.insert(QStringLiteral("client"), client);
        break;
    case OwnerActionKind::Approve:
    case OwnerActionKind::Reject:
    case OwnerActionKind::Unknown:
        break;
    }
    return o;
}

QList<OwnerAction> OwnerCommandParser::parse(const QString &text, const QDate &today, DateOrder order)
{
    return Parser(text, today, order).parse();
}

} // namespace duedesk
