#pragma once

#include <QDate>
#include <QString>

#include <array>

namespace duedesk {

enum class AgingBucket { NotDue, Days1To30, Days31To60, Days61To90, Over90 };

constexpr std::array<AgingBucket, 5> allAgingBuckets{AgingBucket::NotDue, AgingBucket::Days1To30,
                                                      AgingBucket::Days31To60, AgingBucket::Days61To90,
                                                      AgingBucket::Over90};

// Days overdue = today - due date (negative before the due date).
inline qint64 daysOverdue(const QDate &dueOn, const QDate &today)
{
    return dueOn.daysTo(today);
}

// not_due for <= 0 days, then 1-30, 31-60, 61-90, and 90+ from day 91.
AgingBucket agingBucketFor(qint64 daysOverdue);

// The bucket a due date falls in today; a bill without a due date is never overdue.
AgingBucket agingBucketFor(const QDate &dueOn, const QDate &today);

// The stable key used in JSON and the book: "not_due", "1-30", "31-60", "61-90", "90+".
QString agingBucketKey(AgingBucket bucket);

} // namespace duedesk
