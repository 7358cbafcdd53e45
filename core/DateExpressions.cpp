#include "DateExpressions.h"

// Stub: being written.
namespace duedesk {
DateOrder dateOrderForRegion(const QString &region)
{
    return region == QLatin1String("US") ? DateOrder::MonthFirst : DateOrder::DayFirst;
}
QList<DateMatch> DateExpressions::findAll(const QString &, const QDate &, DateOrder) { return {}; }
DateMatch DateExpressions::best(const QString &, const QDate &, DateOrder) { return {}; }
QList<AmountMatch> AmountExpressions::findAll(const QString &) { return {}; }
} // namespace duedesk
