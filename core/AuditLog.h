#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace duedesk {

class Book;

// The append-only audit trail: every draft, approval, edit, skip, send, delivery status, reply, pause, resume
// and state change. Each row's hash is SHA-256 over the previous row's hash and the row's own fields, so a
// changed, inserted or removed row breaks the chain from that point on. The table refuses UPDATE and DELETE.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(const Book &book) : m_book(book) { }

    // Appends on the calling thread's connection. Call it inside the WriteTransaction that makes the change,
    // so the record and the change commit (or roll back) together.
    bool append(const QString &kind, const QString &actor, qint64 billId, qint64 clientId, const QJsonObject &detail,
                QString *error = nullptr);

    struct Verification {
        bool ok = true;
        qint64 rows = 0;
        qint64 firstBrokenId = 0;   // 0 when the chain holds
        QString reason;             // translated, when broken
    };
    Verification verify() const;

    // Rows of one kind (for tests and the UI): count only.
    qint64 count(const QString &kind = {}) const;

private:
    const Book &m_book;
    // Prepared on the first append and reused: an AuditLog object is used on one thread.
    std::optional<QSqlQuery> m_last;
    std::optional<QSqlQuery> m_insert;
};

} // namespace duedesk
