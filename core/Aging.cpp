#include "Aging.h"

namespace duedesk {

AgingBucket agingBucketFor(qint64 days)
{
    if (days <= 0)
        return AgingBucket::NotDue;
    if (days <= 30)
        return AgingBucket::Days1To30;
    if (days <= 60)
        return AgingBucket::Days31To60;
    if (days <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

AgingBucket agingBucketFor(const QDate &dueOn, const QDate &today)
{
    if (!dueOn.isValid())
        return AgingBucket::NotDue;
    return agingBucketFor(daysOverdue(dueOn, today));
}

QString agingBucketKey(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotDue:
        return QStringLiteral("not_due");
    case AgingBucket::Days1To30:
        return QStringLiteral("1-30");
    case AgingBucket::Days31To60:
        return QStringLiteral("31-60");
    case AgingBucket::Days61To90:
        return QStringLiteral("61-90");
    case AgingBucket::Over90:
        return QStringLiteral("90+");
    }
    return {};
}

} // namespace duedesk
