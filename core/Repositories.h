#pragma once

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace duedesk {

class Book;

// Clients of a book. Rows in, rows out; the calling thread's connection is used.
class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)
public:
    explicit ClientRepository(const Book &book) : m_book(book) { }

    // Inserts the client with its consents and returns its id.
    Result<qint64> insert(const ClientRow &client);
    std::optional<ClientRow> byId(qint64 id) const;
    // Clients whose name equals name, ignoring case and surrounding space.
    QList<ClientRow> byName(const QString &name) const;
    qint64 count() const;
    // Records opt-in on channel (keeps an earlier opt-in time; clears nothing on opt-out).
    bool setOptedIn(qint64 clientId, Channel channel, const QDateTime &at, const QString &by, QString *error);

private:
    const Book &m_book;
};

class BillRepository
{
    Q_DECLARE_TR_FUNCTIONS(BillRepository)
public:
    explicit BillRepository(const Book &book) : m_book(book) { }

    Result<qint64> insert(const BillRow &bill);
    std::optional<BillRow> byNumber(const QString &number) const;
    std::optional<BillRow> byId(qint64 id) const;
    qint64 count() const;
    bool setStatus(qint64 billId, BillStatus status, QString *error);
    // Calls visit for every bill, in id order, until it returns false.
    void forEach(const std::function<bool(const BillRow &)> &visit) const;

private:
    const Book &m_book;
};

class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
public:
    explicit PaymentRepository(const Book &book) : m_book(book) { }

    // Records a payment; the bill's paid total and the aging totals follow in the same transaction.
    Result<qint64> insert(const PaymentRow &payment);
    QList<PaymentRow> forBill(qint64 billId) const;

private:
    const Book &m_book;
};

} // namespace duedesk
