#include "OwnerCommands.h"

// Stub: being written.
namespace duedesk {
QString ownerActionKey(OwnerActionKind) { return QStringLiteral("unknown"); }
QList<OwnerAction> OwnerCommandParser::parse(const QString &, const QDate &, DateOrder) { return {}; }
} // namespace duedesk
