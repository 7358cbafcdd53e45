#pragma once

#include "DateExpressions.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace duedesk {

// One thing the owner asked for (actions of ../shared/nlu-dev/README.md, corpus B).
enum class OwnerActionKind { Chase, MarkPaid, StopReminders, AddClient, AddBill, Status, Approve, Reject, Unknown };
QString ownerActionKey(OwnerActionKind kind);   // "chase", "mark_paid", "stop_reminders", ...
std::optional<OwnerActionKind> ownerActionKindFromKey(const QString &key);

struct OwnerAction {
    OwnerActionKind kind = OwnerActionKind::Unknown;
    QString client;                 // as the owner named them (capitals restored), empty when none
    QString invoice;                // as written ("INV-1042"), empty when none
    std::optional<double> amount;
    QDate until;                    // stop_reminders: the end of the pause, when given
    QDate due;                      // add_bill: the due date, when given
    std::optional<QString> phone;   // add_client: as written, or nullopt
    std::optional<QString> email;   // add_client: as written, or nullopt
    QString currency;               // ISO code when the amount said so ("£" -> "GBP"), else empty
    // No client was named and a pronoun or nothing stood in its place ("chase him too", "stop chasing"): the
    // client is the one of the conversation so far, which only the caller knows. client is then empty.
    bool clientFromContext = false;

    // The action in the form of ../shared/nlu-dev/README.md: "action" and exactly the fields listed for its kind;
    // "client", "phone", "email" and "due" are null when unknown where the README requires them, "amount" of
    // add_bill likewise; optional fields (invoice, mark_paid amount, until, status client) only when set.
    QJsonObject toJson() const;
};

// Parses an owner's message (typed, or a transcribed voice note) into actions, in order. Several instructions
// give several actions; a self-correction ("Henderson - no sorry, Hendry", "£300, sorry £350") keeps only the
// corrected action; a pronoun refers to the client named before it in the same message. Offline, rules only.
class OwnerCommandParser
{
    Q_DECLARE_TR_FUNCTIONS(OwnerCommandParser)
public:
    static QList<OwnerAction> parse(const QString &text, const QDate &today, DateOrder order = DateOrder::DayFirst);
};

} // namespace duedesk
