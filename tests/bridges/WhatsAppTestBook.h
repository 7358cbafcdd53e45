#pragma once

// Shared by the WhatsApp tests: a client of Meta's example sender with WhatsApp consent and one approved
// reminder in the outbox.

#include "TestBook.h"

#include <ChaseEngine.h>
#include <Repositories.h>

namespace whatsapptest {

inline const QString clientWaId = QStringLiteral("16505551234"); // the sender in Meta's webhook examples

// Returns the queued outbox row's id (0 on failure). The clock is left on the day after the due date, 10:00.
inline qint64 queueReminder(TestBook &t)
{
    duedesk::ClientRow c;
    c.name = QStringLiteral("Sheena Nelson");
    c.relationshipStart = QDate(2024, 1, 1);
    c.whatsappId = clientWaId;
    c.preferredChannel = duedesk::Channel::WhatsApp;
    duedesk::ChannelConsent consent;
    consent.channel = duedesk::Channel::WhatsApp;
    consent.optedInAt = t.clock().now();
    consent.optedInBy = QStringLiteral("test");
    c.consents.append(consent);
    const auto clientId = duedesk::ClientRepository(t.book()).insert(c);
    if (!clientId)
        return 0;
    const QDate due(2026, 11, 20);
    t.addBill(QStringLiteral("INV-1"), *clientId, due, 12000);
    t.clock().setNow(QDateTime(due.addDays(1), QTime(10, 0), Qt::LocalTime));
    duedesk::ChaseEngine engine(t.book());
    if (!engine.plan(due.addDays(1)) || !engine.approveAll() || engine.outbox().isEmpty())
        return 0;
    return engine.outbox().last().id;
}

} // namespace whatsapptest
