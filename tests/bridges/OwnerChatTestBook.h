#pragma once

// Shared by the owner's-chat tests (any channel): the business with one client, one overdue bill and its pending
// draft, and what a stranger must not be able to change.

#include "TestBook.h"

#include <ChaseEngine.h>
#include <QSqlQuery>
#include <QSqlRecord>
#include <Repositories.h>

namespace ownertest {

inline const QDate due(2026, 11, 20);

// "Harbour Bakery" chasing Harbour Cafe for INV-7 (£240.00, due on `due`), the clock on the next day at 10:00.
// Returns the one pending draft's id (0 on failure).
inline qint64 planOneDraft(TestBook &t)
{
    if (!t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Harbour Bakery")))
        return 0;
    duedesk::ClientRow c;
    c.name = QStringLiteral("Harbour Cafe");
    c.relationshipStart = QDate(2024, 1, 1);
    c.email = QStringLiteral("accounts@harbour.example");
    const auto clientId = duedesk::ClientRepository(t.book()).insert(c);
    if (!clientId || t.addBill(QStringLiteral("INV-7"), *clientId, due, 24000) <= 0)
        return 0;
    t.clock().setNow(QDateTime(due.addDays(1), QTime(10, 0), Qt::LocalTime));
    duedesk::ChaseEngine engine(t.book());
    const QList<duedesk::DraftRow> drafts
        = engine.plan(due.addDays(1)) ? engine.pendingDrafts() : QList<duedesk::DraftRow>();
    return drafts.size() == 1 ? drafts.first().id : 0;
}

// Every row a stranger must not be able to change, as text.
inline QString businessTables(TestBook &t)
{
    QStringList rows;
    QSqlQuery q(t.book().database());
    for (const QString &sql :
        { QStringLiteral("SELECT id, state, body FROM drafts"), QStringLiteral("SELECT id, state FROM outbox"),
            QStringLiteral("SELECT draft_id, state, nonce, provider_message_id FROM owner_prompts"),
            QStringLiteral("SELECT bill_id, state FROM chases"), QStringLiteral("SELECT id, body FROM messages"),
            QStringLiteral("SELECT key, value FROM bridge_state WHERE key LIKE '%:owner:chat' "
                           "OR key LIKE '%:owner:editing'") }) {
        if (!q.exec(sql))
            return QStringLiteral("cannot read: ") + sql;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace ownertest
