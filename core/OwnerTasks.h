#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace duedesk {

class Book;

// Something the assistant hands to the owner: a claimed payment to confirm, a dispute, a payment plan to
// decide on, a promise without a date, a wrong-person reply, or a message it did not understand.
struct OwnerTask {
    qint64 id = 0;
    QString kind;          // confirm_payment, dispute, payment_plan, promise_without_date, wrong_person, unclear, unknown_sender,
                           // uncertain_send
    qint64 clientId = 0;
    qint64 billId = 0;
    qint64 messageId = 0;
    QString summary;       // translated: what happened
    QString suggestion;    // translated: what DueDesk suggests
    QDateTime createdAt;
};

class OwnerTaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(OwnerTaskRepository)
public:
    explicit OwnerTaskRepository(const Book &book) : m_book(book) { }

    // Adds a task on the calling thread's connection (inside the caller's transaction when there is one).
    Result<qint64> add(const OwnerTask &task);
    QList<OwnerTask> open() const;
    bool close(qint64 id, bool done, QString *error = nullptr);

private:
    const Book &m_book;
};

} // namespace duedesk
