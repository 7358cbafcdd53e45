#pragma once

#include <QSqlDatabase>
#include <QString>

namespace duedesk {

// A write transaction that takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE), so a read-then-write
// inside it (the audit chain's last hash, "is this draft still pending?") cannot interleave with another
// connection's. Rolls back unless commit() succeeded. Waits up to the connection's busy timeout for the lock.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }   // why begin or commit failed
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace duedesk
