#pragma once

// Internal to ReplyClassifier: the cue lexicon for client replies and the phrase matcher that finds its cues in a
// tokenized message. Not a public interface.

#include "NluText.h"

#include <QList>
#include <array>

namespace duedesk::nlu {

// What a phrase is evidence of. Several cues feed one intent; the classifier's rules weigh them.
enum class Cue : quint8 {
    Paid, // "sent you £75", "transfer completed", "cash was left under the mat"
    PaidAsk, // "did you get it?", "check your account": implies they paid
    Receipt, // "send a receipt": implies they paid
    Promise, // "I'll pay", "will transfer", "can I pay it on the 8th", "you'll get your money"
    PromiseSoft, // "I'm on it", "leave it with me", "will do"
    MoreTime, // "more time", "give me till", "bear with me", "can you wait"
    Instalments, // "instalments", "split it across", "£40 a week", "half now and half"
    Hardship, // "skint", "lost my job", "can't afford"
    Dispute, // the work: "still leaks", "not finished", "scratched the floor", "not paying until"
    DisputePrice, // the bill: "I was quoted 200", "overcharged", "where's £130 come from", "mistake"
    Invoice, // the invoice, its details, bank details, how or where to pay
    Stop, // "STOP", "unsubscribe", "remove my number", "stop texting me"
    StopSoft, // "don't text me", "no more texts", "leave me alone": an opt-out unless a channel is preferred
    ChannelPref, // "email me instead", "rather than text"
    WrongPerson, // "wrong number", "not me", "never used you", "previous tenant"
    WhoAreYou, // "who is this?"
    Ack, // "ok", "thanks", "👍", "thanks for the reminder"
    Enquiry, // "do you do EV chargers?", "are you free Tuesday?", "congrats!"
    Forwarded, // "forwarded it to my accountant"
    PayContext, // "wages", "pension", "payday": a date near it is a payment date
    Partial, // "half", "the rest", "only": part of the sum
    PromiseByDate, // the message is little more than a future date ("Friday?", "by the end of next week for sure")
};
constexpr int CueCount = static_cast<int>(Cue::PromiseByDate) + 1;

struct CueHit {
    Cue cue = Cue::Paid;
    float weight = 0;
    qsizetype first = 0; // token range [first, last)
    qsizetype last = 0;
    bool exclusive = false; // cues that start inside it are dropped
};

struct Evidence {
    QList<CueHit> hits;
    std::array<float, CueCount> score{}; // per cue: the sum of its hits' weights, capped
    float operator[](Cue c) const { return score[static_cast<int>(c)]; }
};

// The backoff for replies no phrase explains: single words that lean towards an answer ("processed", "refund",
// "messages"), summed per topic, skipping negated words.
enum class Topic : quint8 { Paid, Promise, Dispute, Invoice, Plan, Stop, WrongPerson };
constexpr int TopicCount = static_cast<int>(Topic::WrongPerson) + 1;
std::array<float, TopicCount> topicScores(const TokenizedText &text);

// Finds the lexicon's cues in a message, after negation ("not paid yet", "don't stop") and the phrases that
// shadow others ("sent it to my accountant" is forwarding, not payment). `dates` and `amounts` are the message's
// date and amount spans; `today` tells future dates from past ones.
Evidence findCues(
    const TokenizedText &text, const QList<DateSpan> &dates, const QList<AmountSpan> &amounts, const QDate &today);

} // namespace duedesk::nlu
