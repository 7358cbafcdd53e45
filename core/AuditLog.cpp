#include "AuditLog.h"

// Stub: being written.
namespace duedesk {
bool AuditLog::append(const QString &, const QString &, qint64, qint64, const QJsonObject &, QString *) { return true; }
AuditLog::Verification AuditLog::verify() const { return {}; }
qint64 AuditLog::count(const QString &) const { return 0; }
} // namespace duedesk
