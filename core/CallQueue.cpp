#include "CallQueue.h"

// Stub: being written.
namespace duedesk {
QList<CallQueueEntry> CallQueue::build(const Book &, const QDate &, qint64) { return {}; }
QByteArray CallQueue::toJson(const QList<CallQueueEntry> &) { return "[]"; }
} // namespace duedesk
