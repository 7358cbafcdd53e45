#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace duedesk {

// A bulk write (seed, import) on one connection would otherwise spill SQLite's default 2 MB page cache
// into the write-ahead log many times over. Gives the connection a 256 MB cache while it lives, when
// `large` is true, and restores the connection's own cache size when it goes.
class ScopedCacheSize
{
public:
    ScopedCacheSize(const QSqlDatabase &db, bool large) : m_db(db)
    {
        if (!large)
            return;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0);
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    ~ScopedCacheSize()
    {
        if (m_previous.isValid())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
    }
    Q_DISABLE_COPY_MOVE(ScopedCacheSize)

private:
    QSqlDatabase m_db;
    QVariant m_previous;
};

} // namespace duedesk
