#include "RelayStore.h"

#include <Clock.h>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace duedesk {

namespace {

const char *const schema[] = {
    "PRAGMA journal_mode = WAL",
    // FULL: a commit is on disk before append() returns, so a 200 to Meta is never a promise the disk did not keep.
    "PRAGMA synchronous = FULL",
    "CREATE TABLE IF NOT EXISTS events ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " body BLOB NOT NULL,"
    " signature TEXT NOT NULL,"
    " received_at TEXT NOT NULL,"
    " acked_at TEXT,"
    " ack_status INTEGER)",
    "CREATE INDEX IF NOT EXISTS events_unacked ON events (id) WHERE acked_at IS NULL",
};

} // namespace

RelayStore::RelayStore(const Clock &clock)
    : m_clock(clock)
    , m_connection(QStringLiteral("relay-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RelayStore::~RelayStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool RelayStore::open(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = tr("The relay store %1 could not be opened: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    for (const char *statement : schema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            m_error = tr("The relay store %1 could not be prepared: %2").arg(path, q.lastError().text());
            return false;
        }
    }
    return true;
}

Result<qint64> RelayStore::append(const QByteArray &body, const QByteArray &signature)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO events (body, signature, received_at) VALUES (?, ?, ?)"));
    q.addBindValue(body);
    q.addBindValue(QString::fromLatin1(signature));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    // Autocommit: the row is committed when exec() returns.
    if (!q.exec())
        return Result<qint64>::failure(tr("The webhook could not be stored: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

QList<RelayEvent> RelayStore::unacknowledged(qint64 afterId, int limit)
{
    QList<RelayEvent> events;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT id, body, signature FROM events WHERE acked_at IS NULL AND id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return events;
    }
    while (q.next())
        events.append(
            RelayEvent{ q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toString().toLatin1() });
    return events;
}

bool RelayStore::acknowledge(qint64 id, int status)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE events SET acked_at = ?, ack_status = ? WHERE id = ? AND acked_at IS NULL"));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(status);
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

Result<RelayStore::Counts> RelayStore::counts()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE acked_at IS NULL) FROM events")) || !q.next())
        return Result<Counts>::failure(tr("The relay store could not be read: %1").arg(q.lastError().text()));
    Counts c;
    c.events = q.value(0).toLongLong();
    c.unacknowledged = q.value(1).toLongLong();
    return c;
}

} // namespace duedesk
