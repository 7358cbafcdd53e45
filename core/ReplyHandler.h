#pragma once

#include "Domain.h"
#include "ReplyClassifier.h"
#include "Result.h"

#include <QCoreApplication>

namespace duedesk {

class Book;

struct HandledReply {
    qint64 messageId = 0;
    bool duplicate = false;            // the provider sent the same message again: nothing was done twice
    ReplyUnderstanding understanding;
    qint64 draftId = 0;                // a reply drafted for the owner's approval (promise, invoice copy, STOP)
    qint64 taskId = 0;                 // what was handed to the owner
};

// What a client's reply does, through the engine (issue "Understanding"):
// paid -> the chase pauses and the owner is asked to confirm (a bill is never marked paid on a client's word);
// promise with a date -> paused until that day, and a short confirmation drafted; without a date -> the owner;
// dispute -> the bill is disputed (chase suspended) and handed to the owner; invoice_copy -> a reply with the
// bill's details and pay link drafted; payment_plan -> the owner, with a suggested plan; stop -> opted out of
// that channel at once, and a confirmation drafted where the channel's rules allow; wrong_person -> that contact
// is opted out and the client flagged for the owner; other, or confidence below 0.6 -> the owner.
// Every drafted reply waits for the same approval as a reminder.
class ReplyHandler
{
    Q_DECLARE_TR_FUNCTIONS(ReplyHandler)
public:
    explicit ReplyHandler(Book &book) : m_book(book) { }

    // Stores the message once (by channel and provider id), understands it with ReplyClassifier and acts on it,
    // the first time only. Numeric dates ("3/12") are read in the client's region: their phone number's country,
    // else the sender number's, else their language tag's region, else the book's.
    Result<HandledReply> handle(Channel channel, const QString &address, const QString &providerId, const QString &body);
    // The same with an understanding from elsewhere (e.g. an optional model backend, already validated).
    Result<HandledReply> handleUnderstood(Channel channel, const QString &address, const QString &providerId,
                                          const QString &body, const ReplyUnderstanding &understanding);

private:
    Result<HandledReply> process(Channel channel, const QString &address, const QString &providerId, const QString &body,
                                 const std::optional<ReplyUnderstanding> &given);
    Book &m_book;
};

} // namespace duedesk
