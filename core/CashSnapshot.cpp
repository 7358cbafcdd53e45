#include "CashSnapshot.h"

// Stub: being written.
namespace duedesk {
CashSnapshot CashSnapshotBuilder::build(const Book &, const QDate &) { return {}; }
QByteArray CashSnapshotBuilder::toJson(const CashSnapshot &) { return "{}"; }
} // namespace duedesk
