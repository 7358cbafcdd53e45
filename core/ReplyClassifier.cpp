#include "ReplyClassifier.h"

// Stub: being written.
namespace duedesk {
QString replyIntentKey(ReplyIntent) { return QStringLiteral("other"); }
ReplyUnderstanding ReplyClassifier::classify(const QString &, const QDate &, DateOrder) { return {}; }
} // namespace duedesk
