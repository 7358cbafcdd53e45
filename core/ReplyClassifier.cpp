#include "ReplyClassifier.h"

#include "NluText.h"
#include "ReplyLexicon.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace duedesk {

using nlu::Cue;
using nlu::CueHit;
using nlu::DateSpan;
using nlu::Evidence;
using nlu::TokenizedText;
using nlu::TokenKind;

QString replyIntentKey(ReplyIntent intent)
{
    switch (intent) {
    case ReplyIntent::Paid:
        return QStringLiteral("paid");
    case ReplyIntent::Promise:
        return QStringLiteral("promise");
    case ReplyIntent::Dispute:
        return QStringLiteral("dispute");
    case ReplyIntent::InvoiceCopy:
        return QStringLiteral("invoice_copy");
    case ReplyIntent::PaymentPlan:
        return QStringLiteral("payment_plan");
    case ReplyIntent::Stop:
        return QStringLiteral("stop");
    case ReplyIntent::WrongPerson:
        return QStringLiteral("wrong_person");
    case ReplyIntent::Other:
        break;
    }
    return QStringLiteral("other");
}

namespace {

// Whole-message forms the phrase lexicon cannot see: carrier opt-out keywords ("STOP", "END", "CANCEL"), a sentence
// that is only "stop", a bare acknowledgement ("ok thanks", "👍"), a reply that is little more than a date.

const QSet<QStringView> &optOutKeywords()
{
    static const QSet<QStringView> s = { u"stop", u"end", u"cancel", u"quit", u"unsubscribe", u"stopall", u"opt-out" };
    return s;
}

const QSet<QStringView> &optOutFillers()
{
    static const QSet<QStringView> s = { u"please", u"now", u"it", u"thanks", u"all", u"opt", u"out", u"just", u"and",
        u"me", u"seriously", u"already", u"so", u"ok", u"i", u"said" };
    return s;
}

const QSet<QStringView> &ackWords()
{
    static const QSet<QStringView> s
        = { u"ok", u"thanks", u"thank", u"you", u"cheers", u"noted", u"got", u"it", u"received", u"sure", u"fine",
              u"great", u"perfect", u"yes", u"no", u"alright", u"right", u"cool", u"nice", u"lovely", u"appreciated",
              u"hi", u"hello", u"hey", u"roger", u"understood", u"acknowledged", u"mate", u"sir", u"madam", u"x", u"xx",
              u"much", u"very", u"so", u"seen", u"read", u"message", u"hiya", u"ah", u"oh", u"k", u"sounds", u"good",
              u"that's", u"righto", u"grand", u"brill", u"awesome", u"many", u"all", u"good", u"understand", u"i" };
    return s;
}

// Words a date-only reply may carry besides its date ("by the end of next week for sure", "Friday?").
const QSet<QStringView> &dateReplyFillers()
{
    static const QSet<QStringView> s = { u"by", u"on", u"for", u"sure", u"ok", u"please", u"the", u"at", u"latest",
        u"definitely", u"hopefully", u"then", u"is", u"that", u"fine", u"probably", u"maybe", u"around", u"about",
        u"before", u"say", u"x", u"xx", u"mate", u"thanks", u"cheers", u"and", u"or", u"works", u"good", u"alright",
        u"till", u"until", u"how", u"what", u"sorry", u"hi", u"hey", u"yes", u"no", u"worries", u"it", u"will", u"be",
        u"should", u"fingers", u"crossed", u"promise", u"guaranteed", u"deffo", u"defo", u"absolutely", u"100", u"ok?",
        u"okay", u"hopefully", u"sir", u"madam", u"hun", u"love", u"dear", u"a", u"from", u"me", u"you", u"this", u"do",
        u"can" };
    return s;
}

void addCue(Evidence &ev, Cue cue, float weight, qsizetype first, qsizetype last)
{
    ev.hits.append(CueHit{ cue, weight, first, last, false });
    float &s = ev.score[static_cast<int>(cue)];
    s = std::min(5.0f, s + weight);
}

void addWholeMessageCues(
    const TokenizedText &t, const QList<DateSpan> &dates, qsizetype best, const QDate &today, Evidence &ev)
{
    const qsizetype n = t.size();
    qsizetype words = 0;
    bool onlyOptOut = true, anyOptOut = false, onlyAck = true;
    for (qsizetype i = 0; i < n; ++i) {
        if (t.tokens[i].kind == TokenKind::Symbol)
            continue;
        ++words;
        const QStringView w = t.tokens[i].norm;
        const bool keyword = optOutKeywords().contains(w);
        anyOptOut = anyOptOut || keyword;
        onlyOptOut = onlyOptOut && (keyword || optOutFillers().contains(w));
        onlyAck = onlyAck && ackWords().contains(w);
    }
    if (words > 0 && anyOptOut && onlyOptOut)
        addCue(ev, Cue::Stop, 4.0f, 0, n);
    if ((words > 0 && onlyAck) || (words == 0 && n > 0))
        addCue(ev, Cue::Ack, 2.0f, 0, n);

    // A sentence that is only "stop" ("This is the fourth text this week. Stop.").
    qsizetype from = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !t.isSentenceEnd(i))
            continue;
        bool stop = false, other = false;
        for (qsizetype k = from; k < i; ++k) {
            if (t.tokens[k].kind == TokenKind::Symbol)
                continue;
            const QStringView w = t.tokens[k].norm;
            if (w == u"stop")
                stop = true;
            else if (w != u"please" && w != u"now" && w != u"just" && w != u"it" && w != u"already")
                other = true;
        }
        if (stop && !other)
            addCue(ev, Cue::Stop, 3.0f, from, i);
        from = i + 1;
    }

    // A reply that is little more than a future date is a date to pay on ("Friday?", "Tomorrow x").
    if (best >= 0 && !dates[best].match.vague && dates[best].match.date >= today) {
        qsizetype extra = 0;
        qsizetype k = 0;
        for (qsizetype i = 0; i < n; ++i) {
            while (k < dates.size() && dates[k].last <= i)
                ++k;
            const bool inDate = k < dates.size() && dates[k].first <= i && i < dates[k].last;
            if (inDate || t.tokens[i].kind == TokenKind::Symbol)
                continue;
            if (!dateReplyFillers().contains(t.tokens[i].norm))
                ++extra;
        }
        if (extra == 0)
            addCue(ev, Cue::PromiseByDate, 2.0f, dates[best].first, dates[best].last);
        else if (extra <= 2)
            addCue(ev, Cue::PromiseByDate, 1.0f, dates[best].first, dates[best].last);
    }
}

float sumOf(const Evidence &ev, std::initializer_list<Cue> cues)
{
    float s = 0;
    for (Cue c : cues)
        s += ev[c];
    return s;
}

// The hit of one of `cues` with the largest weight (the first of equals), or nullptr.
const CueHit *strongestHit(const Evidence &ev, std::initializer_list<Cue> cues)
{
    const CueHit *best = nullptr;
    for (const CueHit &h : ev.hits) {
        if (std::find(cues.begin(), cues.end(), h.cue) == cues.end())
            continue;
        if (!best || h.weight > best->weight)
            best = &h;
    }
    return best;
}

// The amount the reply pays or promises: the one nearest a payment or promise phrase, the first of equals.
std::optional<double> amountNear(
    const QList<nlu::AmountSpan> &amounts, const Evidence &ev, std::initializer_list<Cue> anchors)
{
    if (amounts.isEmpty())
        return std::nullopt;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    const nlu::AmountSpan *best = nullptr;
    for (const nlu::AmountSpan &a : amounts) {
        if (a.match.value <= 0)
            continue;
        qsizetype d = 1000;
        for (const CueHit &h : ev.hits) {
            if (std::find(anchors.begin(), anchors.end(), h.cue) == anchors.end())
                continue;
            const qsizetype gap = a.last <= h.first ? h.first - a.last : a.first >= h.last ? a.first - h.last : 0;
            d = std::min(d, gap);
        }
        if (d < bestDistance) {
            bestDistance = d;
            best = &a;
        }
    }
    if (!best)
        return std::nullopt;
    return best->match.value;
}

// The date a promise is for: a future date in the same sentence as the promise phrase, the nearest after it (else
// before it); without one, the message's best date. "Can I pay you next Tuesday? Payday's Monday" -> Tuesday.
QDate promiseDate(
    const TokenizedText &t, const QList<DateSpan> &dates, qsizetype best, const Evidence &ev, const QDate &today)
{
    const CueHit *anchor = strongestHit(ev, { Cue::Promise, Cue::PromiseSoft, Cue::MoreTime });
    if (!anchor)
        return dates[best].match.date;
    auto sentenceOf = [&](qsizetype i) {
        qsizetype s = 0;
        for (qsizetype k = 0; k < i && k < t.size(); ++k)
            if (t.isSentenceEnd(k))
                ++s;
        return s;
    };
    const qsizetype sentence = sentenceOf(anchor->first);
    const DateSpan *chosen = nullptr;
    qsizetype chosenDistance = std::numeric_limits<qsizetype>::max();
    for (const DateSpan &d : dates) {
        if (d.match.vague || d.match.date < today || sentenceOf(d.first) != sentence)
            continue;
        // after the phrase counts as nearer than before it
        const qsizetype distance = d.first >= anchor->first ? d.first - anchor->last : 2 * (anchor->first - d.last) + 1;
        if (distance < chosenDistance) {
            chosenDistance = distance;
            chosen = &d;
        }
    }
    return chosen ? chosen->match.date : dates[best].match.date;
}

double confidenceOf(float strength, float rival)
{
    return std::clamp(0.5 + 0.12 * strength - 0.08 * rival, 0.25, 0.97);
}

} // namespace

ReplyUnderstanding ReplyClassifier::classify(const QString &text, const QDate &today, DateOrder order)
{
    const TokenizedText t(text);
    const QList<DateSpan> dates = nlu::findDates(t, today, order);
    const QList<nlu::AmountSpan> amounts = nlu::findAmounts(t);
    Evidence ev = nlu::findCues(t, dates, amounts, today);
    const qsizetype best = nlu::bestDate(t, dates, today);
    addWholeMessageCues(t, dates, best, today, ev);

    const bool futureDate = best >= 0 && !dates[best].match.vague && dates[best].match.date >= today;
    // The date is the deadline asked for ("until the 9th", "give me a week"), not when a hardship happened
    // ("tight this month").
    bool deadline = false;
    if (futureDate) {
        static const QSet<QStringView> preps = { u"until", u"till", u"by", u"on", u"before", u"after", u"to", u"for",
            u"at", u"in", u"from", u"next", u"til", u"then" };
        const qsizetype first = dates[best].first;
        deadline = first == 0 || preps.contains(t.at(first - 1)) || t.at(first - 1) == u",";
        // ... or the extra time asked for is itself the date ("give me a fortnight", "3 more days")
        const qsizetype last = dates[best].last;
        for (const CueHit &h : ev.hits)
            deadline = deadline
                || (h.cue == Cue::MoreTime && h.last >= first - 1 && (h.last <= first + 1 || h.first < last));
    }
    const float paidStrong = ev[Cue::Paid];
    const float paidAll = sumOf(ev, { Cue::Paid, Cue::PaidAsk, Cue::Receipt });
    const float promise = sumOf(ev, { Cue::Promise, Cue::PromiseSoft, Cue::PromiseByDate });
    const float moreTime = ev[Cue::MoreTime];
    const float instalments = ev[Cue::Instalments];
    const float hardship = ev[Cue::Hardship];
    const float plan = instalments + moreTime + hardship;
    const float disputeWork = ev[Cue::Dispute];
    const float disputePrice = ev[Cue::DisputePrice];
    const float dispute = disputeWork + disputePrice;
    const float invoice = ev[Cue::Invoice];
    const float channel = ev[Cue::ChannelPref];
    const float stop = ev[Cue::Stop] + (channel > 0 ? 0.0f : ev[Cue::StopSoft]);
    const float wrong = ev[Cue::WrongPerson];
    const float otherCues = sumOf(ev, { Cue::Ack, Cue::WhoAreYou, Cue::Enquiry, Cue::Forwarded, Cue::ChannelPref });
    const bool payContext = ev[Cue::PayContext] > 0;
    const bool partial = ev[Cue::Partial] > 0;

    ReplyUnderstanding r;
    QString note;
    bool backoff = false;
    float strength = 0;
    float rival = 0;

    auto decide = [&]() -> ReplyIntent {
        // An opt-out is always honoured, unless the client says they have paid (then the reminders stop anyway).
        if (stop >= 2.5f) {
            if (paidStrong >= 2.0f) {
                strength = paidStrong;
                rival = 0;
                note = tr("also asks to stop the reminders");
                return ReplyIntent::Paid;
            }
            strength = stop;
            rival = std::max({ promise, dispute, invoice }) / 2;
            if (promise > 0)
                note = tr("the opt-out is honoured over the promise");
            return ReplyIntent::Stop;
        }
        // "Who? I don't have a cleaner": not knowing the sender plus a hint they are not the client.
        if ((wrong >= 2.5f || (wrong >= 1.0f && ev[Cue::WhoAreYou] > 0)) && paidStrong < 2.0f && wrong >= dispute) {
            strength = wrong;
            rival = std::max(dispute, otherCues) / 2;
            return ReplyIntent::WrongPerson;
        }
        const bool paidClaim = paidStrong >= 2.0f
            || (paidAll >= 1.5f && promise < 2.0f && plan < 2.0f && invoice < 2.0f && dispute < 2.0f);
        if (paidClaim) {
            // Paid less than billed because the bill is wrong in their view: a dispute.
            const bool paidButDisputed
                = (disputePrice >= 1.5f && (amounts.size() >= 2 || partial || disputePrice >= 3.0f))
                || (disputeWork >= 2.0f && partial);
            if (paidButDisputed) {
                strength = dispute;
                rival = paidAll / 2;
                note = tr("says they paid, but less than billed");
                return ReplyIntent::Dispute;
            }
            strength = paidAll;
            rival = dispute;
            if (promise >= 1.5f)
                note = tr("part paid, the rest promised");
            return ReplyIntent::Paid;
        }
        // Saying a line or the total is wrong is a dispute, even while asking for a breakdown.
        if (dispute >= 2.0f) {
            strength = dispute;
            rival = std::max({ promise, invoice, plan }) / 2;
            return ReplyIntent::Dispute;
        }
        if (invoice >= 2.0f) {
            if (instalments >= 2.5f) {
                strength = instalments;
                rival = invoice;
                return ReplyIntent::PaymentPlan;
            }
            strength = invoice;
            rival = std::max(dispute, plan) / 2;
            if (promise >= 1.5f)
                note = tr("will pay once they have it");
            return ReplyIntent::InvoiceCopy;
        }
        if (instalments >= 2.5f) {
            strength = instalments + hardship;
            rival = 0;
            if (futureDate)
                note = tr("instalments, so no single promise date");
            return ReplyIntent::PaymentPlan;
        }
        const bool datedPromise = futureDate && (payContext || (moreTime > 0 && deadline));
        const bool dateOnly = ev[Cue::PromiseByDate] >= 2.0f || (ev[Cue::PromiseByDate] >= 1.0f && otherCues == 0);
        if (promise - ev[Cue::PromiseByDate] >= 1.5f || datedPromise || dateOnly) {
            if ((hardship >= 1.5f || moreTime >= 2.0f || instalments >= 1.5f) && !futureDate) {
                strength = plan;
                rival = promise / 2;
                note = tr("more time without a date");
                return ReplyIntent::PaymentPlan;
            }
            strength = std::max(promise, futureDate ? 2.0f : 1.0f);
            rival = std::max({ dispute, otherCues, plan }) / 2;
            if (moreTime > 0 && futureDate)
                note = tr("asks for more time, with a date");
            return ReplyIntent::Promise;
        }
        if (moreTime >= 2.0f) {
            strength = moreTime;
            rival = otherCues / 2;
            if (futureDate && deadline) {
                note = tr("asks for more time, with a date");
                return ReplyIntent::Promise;
            }
            return ReplyIntent::PaymentPlan;
        }
        if (hardship >= 1.5f) {
            strength = hardship;
            rival = otherCues / 2;
            return ReplyIntent::PaymentPlan;
        }
        if (paidAll >= 1.0f && paidAll > invoice && paidAll >= dispute) {
            strength = paidAll;
            rival = otherCues;
            return ReplyIntent::Paid;
        }
        if (dispute >= 1.0f && dispute > otherCues) {
            strength = dispute;
            rival = otherCues;
            return ReplyIntent::Dispute;
        }
        if (invoice >= 1.0f && invoice > otherCues) {
            strength = invoice;
            rival = otherCues;
            return ReplyIntent::InvoiceCopy;
        }
        if (stop >= 1.5f && otherCues == 0) {
            strength = stop;
            rival = 0;
            return ReplyIntent::Stop;
        }
        // No phrase explains the reply: the words lean one way or another (a guess, left to the owner).
        if (otherCues == 0) {
            const auto topics = nlu::topicScores(t);
            int top = -1;
            float first = 0, second = 0;
            for (int k = 0; k < nlu::TopicCount; ++k) {
                if (topics[k] > first) {
                    second = first;
                    first = topics[k];
                    top = k;
                } else if (topics[k] > second) {
                    second = topics[k];
                }
            }
            if (top >= 0 && first >= 1.0f && first >= 1.5f * second) {
                strength = 0;
                rival = 2;
                backoff = true;
                static constexpr ReplyIntent byTopic[]
                    = { ReplyIntent::Paid, ReplyIntent::Promise, ReplyIntent::Dispute, ReplyIntent::InvoiceCopy,
                          ReplyIntent::PaymentPlan, ReplyIntent::Stop, ReplyIntent::WrongPerson };
                note = tr("a guess from single words");
                return byTopic[top];
            }
        }
        strength = otherCues;
        rival = 0;
        return ReplyIntent::Other;
    };
    r.intent = decide();

    switch (r.intent) {
    case ReplyIntent::Promise:
        if (futureDate)
            r.promiseDate = promiseDate(t, dates, best, ev, today);
        r.amount = amountNear(amounts, ev, { Cue::Promise, Cue::PromiseSoft });
        break;
    case ReplyIntent::Paid:
        r.amount = amountNear(amounts, ev, { Cue::Paid, Cue::PaidAsk });
        break;
    default:
        break;
    }

    // Confidence: the weight of the evidence for the answer against the strongest evidence for another.
    if (r.intent == ReplyIntent::Other) {
        r.confidence = otherCues > 0 ? std::min(0.9, 0.55 + 0.1 * otherCues) : 0.3;
        r.confidence -= std::min(0.2, 0.05 * (promise + dispute + invoice + plan + paidAll));
        r.confidence = std::max(0.25, r.confidence);
    } else {
        r.confidence = backoff ? 0.4 : confidenceOf(strength, rival);
        if (!note.isEmpty())
            r.confidence = std::min(r.confidence, 0.85);
    }

    // Why: the answer, the phrase that weighed most, and the rule that settled a mixed message.
    QString reason;
    const CueHit *evidence = nullptr;
    switch (r.intent) {
    case ReplyIntent::Paid:
        reason = tr("says they have paid");
        evidence = strongestHit(ev, { Cue::Paid, Cue::PaidAsk, Cue::Receipt });
        break;
    case ReplyIntent::Promise:
        reason = r.promiseDate.isValid() ? tr("promises to pay on %1").arg(r.promiseDate.toString(Qt::ISODate))
                                         : tr("promises to pay, no date");
        evidence = strongestHit(ev, { Cue::Promise, Cue::PromiseSoft, Cue::PromiseByDate, Cue::MoreTime });
        break;
    case ReplyIntent::Dispute:
        reason = tr("disputes the bill or the work");
        evidence = strongestHit(ev, { Cue::DisputePrice, Cue::Dispute });
        break;
    case ReplyIntent::InvoiceCopy:
        reason = tr("asks for the invoice or how to pay");
        evidence = strongestHit(ev, { Cue::Invoice });
        break;
    case ReplyIntent::PaymentPlan:
        reason = tr("asks for instalments or more time");
        evidence = strongestHit(ev, { Cue::Instalments, Cue::MoreTime, Cue::Hardship });
        break;
    case ReplyIntent::Stop:
        reason = tr("opts out of messages");
        evidence = strongestHit(ev, { Cue::Stop, Cue::StopSoft });
        break;
    case ReplyIntent::WrongPerson:
        reason = tr("says they are not the client");
        evidence = strongestHit(ev, { Cue::WrongPerson });
        break;
    case ReplyIntent::Other:
        reason = otherCues > 0 ? tr("nothing about paying") : tr("not understood");
        evidence = strongestHit(ev, { Cue::Ack, Cue::WhoAreYou, Cue::Enquiry, Cue::Forwarded, Cue::ChannelPref });
        break;
    }
    r.why = reason;
    if (evidence && evidence->last > evidence->first && evidence->last - evidence->first < t.size() + 1) {
        const qsizetype start = t.tokens[evidence->first].start;
        const qsizetype end = t.tokens[evidence->last - 1].end;
        if (end > start)
            r.why += QStringLiteral(": \u201c%1\u201d").arg(text.mid(start, end - start));
    }
    if (r.amount)
        r.why += tr("; amount %1").arg(*r.amount);
    if (!note.isEmpty())
        r.why += QStringLiteral("; ") + note;
    return r;
}

} // namespace duedesk
