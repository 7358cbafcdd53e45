#pragma once

#include "DateExpressions.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace duedesk {

// What a client's reply to a payment reminder means (labels of ../shared/nlu-dev/README.md, corpus A).
enum class ReplyIntent { Paid, Promise, Dispute, InvoiceCopy, PaymentPlan, Stop, WrongPerson, Other };
QString replyIntentKey(ReplyIntent intent);   // "paid", "promise", "dispute", "invoice_copy", ...

struct ReplyUnderstanding {
    ReplyIntent intent = ReplyIntent::Other;
    QDate promiseDate;                 // only for Promise, when a date is stated or implied
    std::optional<double> amount;      // only for Paid and Promise, when stated
    double confidence = 0;             // 0..1; below 0.6 the reply goes to the owner
    QString why;                       // a short explanation for the owner and for debugging
};

// Understands a client's reply, offline, with rules, lexicons and the date grammar: no model, no network.
// Handles negation ("don't stop the work" is not an opt-out), mixed messages (the labelling rules of the
// README), typos, emoji, abbreviations. Pure function of (text, today, date order).
class ReplyClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ReplyClassifier)
public:
    static ReplyUnderstanding classify(const QString &text, const QDate &today, DateOrder order = DateOrder::DayFirst);
};

} // namespace duedesk
