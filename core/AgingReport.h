#pragma once

#include "Aging.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace duedesk {

class Book;

// Open balances of one currency split by aging bucket. Counts only bills that are open or disputed
// and have a positive balance; a bill without a due date counts as not due.
struct AgingTotals {
    QString currency;
    std::array<qint64, 5> balanceMinor{};  // indexed like allAgingBuckets
    std::array<qint64, 5> billCount{};
    qint64 totalMinor() const;
    qint64 overdueCount() const;           // bills in the four overdue buckets
};

class AgingReport
{
public:
    // From the open-balance aggregate the book keeps current: reads one row per currency and due date.
    static QList<AgingTotals> compute(const Book &book, const QDate &today);
    // The same figures from a full pass over bills; the aggregate must always agree with this.
    static QList<AgingTotals> recount(const Book &book, const QDate &today);

    // {"today":"…","currencies":{"GBP":{"not_due":"…","1-30":"…","31-60":"…","61-90":"…","90+":"…","total":"…"}}}
    // Keys in that order; currencies sorted; amounts in the currency's minor digits.
    static QByteArray toJson(const QDate &today, const QList<AgingTotals> &totals);
};

} // namespace duedesk
