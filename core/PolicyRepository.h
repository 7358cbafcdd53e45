#pragma once

#include "ChaseTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

#include "Result.h"

namespace duedesk {

class Book;

// Reminder policies stored in the book. A client's policy is its own override, else its segment's default,
// else Standard.
class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)
public:
    explicit PolicyRepository(const Book &book) : m_book(book) { }

    QList<Policy> all() const;
    std::optional<Policy> byId(qint64 id) const;
    std::optional<Policy> byKey(const QString &key) const;
    // Segment key -> policy id.
    QHash<QString, qint64> segmentDefaults() const;
    qint64 policyIdForClient(qint64 clientId) const;

    // Replaces the policy's settings and steps (or adds it when id is 0) and re-schedules the running chases that
    // follow it. Returns its id.
    Result<qint64> save(const Policy &policy);
    bool setClientOverride(qint64 clientId, std::optional<qint64> policyId, QString *error = nullptr);

private:
    // Moves the next step day of the running chases under the policy (or of one client) to what the policy now
    // says. Steps already drafted stay drafted; nothing is drafted here.
    bool reschedule(qint64 policyId, qint64 clientId, QString *error);

    const Book &m_book;
};

} // namespace duedesk
