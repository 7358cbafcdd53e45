#include "WriteTransaction.h"

#include "Book.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = sqlErrorText(q.lastError());
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = sqlErrorText(q.lastError());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace duedesk
