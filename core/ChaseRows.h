#pragma once

#include "DraftComposer.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// Reading and writing chase rows; used by the planner and the owner actions inside their transactions.
namespace duedesk::chase {

// The bill with its chase joined, or nothing when there is no such bill.
std::optional<ChaseBill> loadByNumber(QSqlDatabase &db, const QString &billNumber);
std::optional<ChaseBill> loadById(QSqlDatabase &db, qint64 billId);
// Open bills with a balance and a due date whose chase is due on `today`: no chase yet, an active chase whose
// next step has come, or a promise whose day plus one has passed. One query.
QList<ChaseBill> loadDue(QSqlDatabase &db, const QDate &today);
// Inserts or replaces the chase row of bill.
bool save(QSqlDatabase &db, const ChaseBill &bill, const QDateTime &now, QString *error);

// Saves many chase rows with one prepared statement (for the planner).
class Saver
{
public:
    explicit Saver(QSqlDatabase db);
    bool save(const ChaseBill &bill, const QDateTime &now, QString *error);

private:
    QSqlQuery m_query;
};
// The day step `position` of the policy falls due for this chase; invalid when there is no such step.
QDate stepDay(const ChaseBill &bill, const Policy &policy, int position);
// Sets nextPosition and nextDueOn to `position` (or to "no steps left").
void moveTo(ChaseBill &bill, const Policy &policy, int position);
// Cancels the pending drafts and the not-yet-sending outbox rows of a bill. Returns how many were cancelled.
int cancelForBill(QSqlDatabase &db, qint64 billId, const QString &reason, const QDateTime &now);
// The step key of a chase step: one draft and one outbox row per key, ever.
QString stepKey(const ChaseBill &bill, int position);

} // namespace duedesk::chase
