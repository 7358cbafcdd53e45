#pragma once

#include "Domain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace duedesk {

class Book;

struct QueueMessage {
    QDateTime at;
    Channel channel = Channel::Email;
    bool inbound = false;
    QString body;
};

// A bill worth a phone call, with what the owner needs in front of them to make it.
struct CallQueueEntry {
    qint64 billId = 0;
    QString billNumber;
    qint64 clientId = 0;
    QString clientName;
    QString phoneE164;
    QString currency;
    qint64 balanceMinor = 0;
    qint64 daysOverdue = 0;
    qint64 clientOutstandingMinor = 0;  // all of the client's open balances in this currency
    std::optional<PaymentRow> lastPayment;
    QList<QueueMessage> lastMessages;   // up to three, newest first
    QString why;                        // translated: "over £1,000.00", "61-90 days overdue", "all reminders sent"
};

// The call queue: open or disputed bills with a balance of at least minAmountMinor (in the book's currency),
// or in the 61-90 or 90+ buckets, or whose chase has run through every step. Ranked by days overdue
// and balance (see CallQueue.cpp for the score).
class CallQueue
{
    Q_DECLARE_TR_FUNCTIONS(CallQueue)
public:
    // minAmountMinor <= 0 turns the amount rule off. On a database error, *error (translated) is set and the
    // entries read so far are returned. With limit >= 0 only the first `limit` entries of the ranking are
    // returned (and only those get their client's figures and messages read); *total says how many there are.
    static QList<CallQueueEntry> build(const Book &book, const QDate &today, qint64 minAmountMinor,
                                       QString *error = nullptr, qsizetype limit = -1, qsizetype *total = nullptr);
    static QByteArray toJson(const QList<CallQueueEntry> &entries);
};

} // namespace duedesk
