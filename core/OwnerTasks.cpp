#include "OwnerTasks.h"

#include "Book.h"
#include "Clock.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<qint64> OwnerTaskRepository::add(const OwnerTask &task)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("INSERT INTO owner_tasks (kind, client_id, bill_id, message_id, summary, suggestion, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task.kind);
    q.addBindValue(idOrNull(task.clientId));
    q.addBindValue(idOrNull(task.billId));
    q.addBindValue(idOrNull(task.messageId));
    q.addBindValue(task.summary);
    q.addBindValue(sql::text(task.suggestion));
    q.addBindValue(sql::dateTime(m_book.clock().now()));
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot hand this to you: %1").arg(sqlErrorText(q.lastError())));
    return q.lastInsertId().toLongLong();
}

QList<OwnerTask> OwnerTaskRepository::open() const
{
    QList<OwnerTask> tasks;
    QSqlQuery q(m_book.database());
    if (!q.exec(QStringLiteral("SELECT id, kind, coalesce(client_id, 0), coalesce(bill_id, 0), coalesce(message_id, 0), "
                               "summary, suggestion, created_at FROM owner_tasks WHERE state = 'open' ORDER BY id")))
        return tasks;
    while (q.next()) {
        OwnerTask t;
        t.id = q.value(0).toLongLong();
        t.kind = q.value(1).toString();
        t.clientId = q.value(2).toLongLong();
        t.billId = q.value(3).toLongLong();
        t.messageId = q.value(4).toLongLong();
        t.summary = q.value(5).toString();
        t.suggestion = q.value(6).toString();
        t.createdAt = sql::toDateTime(q.value(7));
        tasks.append(t);
    }
    return tasks;
}

bool OwnerTaskRepository::close(qint64 id, bool done, QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("UPDATE owner_tasks SET state = ?, closed_at = ? WHERE id = ? AND state = 'open'"));
    q.addBindValue(done ? QStringLiteral("done") : QStringLiteral("dismissed"));
    q.addBindValue(sql::dateTime(m_book.clock().now()));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no open task %1.").arg(id);
        return false;
    }
    return true;
}

} // namespace duedesk
