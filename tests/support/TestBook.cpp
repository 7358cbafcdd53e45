#include "TestBook.h"

#include <Repositories.h>

#include <QtTest>

using namespace duedesk;

TestBook::TestBook(const QDateTime &now) : m_clock(now)
{
    m_path = m_dir.filePath(QStringLiteral("test.duedesk"));
    auto opened = Book::open(m_path, m_clock, {.create = true});
    if (opened)
        m_book = *opened;
    else
        m_error = opened.error();
}

qint64 TestBook::addClient(const QString &name)
{
    ClientRow c;
    c.name = name;
    const auto id = ClientRepository(*m_book).insert(c);
    if (!id) {
        qWarning("addClient: %s", qPrintable(id.error()));
        return 0;
    }
    return *id;
}

qint64 TestBook::addBill(const QString &number, qint64 clientId, const QDate &dueOn, qint64 amountMinor,
                         const QString &currency)
{
    BillRow b;
    b.number = number;
    b.clientId = clientId;
    b.issuedOn = dueOn.isValid() ? dueOn.addDays(-30) : QDate();
    b.dueOn = dueOn;
    b.amountMinor = amountMinor;
    b.currency = currency;
    const auto id = BillRepository(*m_book).insert(b);
    if (!id) {
        qWarning("addBill: %s", qPrintable(id.error()));
        return 0;
    }
    return *id;
}
