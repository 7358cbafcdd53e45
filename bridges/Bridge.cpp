#include "Bridge.h"

namespace duedesk {

SendResult SendResult::sent(const QString &providerId)
{
    SendResult r;
    r.kind = Kind::Sent;
    r.providerId = providerId;
    return r;
}

SendResult SendResult::rejected(const QString &error)
{
    SendResult r;
    r.kind = Kind::Failed;
    r.error = error;
    return r;
}

SendResult SendResult::retryable(const QString &error, const QDateTime &retryAfter)
{
    SendResult r = rejected(error);
    r.transient = true;
    r.retryAfter = retryAfter;
    return r;
}

SendResult SendResult::uncertain(const QString &error)
{
    SendResult r;
    r.kind = Kind::Uncertain;
    r.error = error;
    return r;
}

} // namespace duedesk
