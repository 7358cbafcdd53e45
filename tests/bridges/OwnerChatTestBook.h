#pragma once

// Shared by the owner's-chat tests (any channel): the business with one client, one overdue bill and its pending
// draft, what a stranger must not be able to change, and the small steps every channel's test takes.

#include "TestBook.h"

#include <ChaseEngine.h>
#include <OwnerChannel.h>
#include <OwnerPrompts.h>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <Repositories.h>

namespace ownertest {

inline const QDate due(2026, 11, 20);
// The owner's question in every channel's test: the Assistant answers it with Harbour Cafe's £240.00.
inline const QString question = QStringLiteral("how much does Harbour Cafe owe?");

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

// "pending", "approved", "skipped" or "cancelled"; empty when there is no such draft.
inline QString draftState(TestBook &t, qint64 draftId)
{
    using duedesk::DraftState;
    const auto d = duedesk::ChaseEngine(t.book()).draft(draftId);
    return !d ? QString()
        : d->state == DraftState::Pending  ? QStringLiteral("pending")
        : d->state == DraftState::Approved ? QStringLiteral("approved")
        : d->state == DraftState::Skipped  ? QStringLiteral("skipped")
                                           : QStringLiteral("cancelled");
}

// The draft's prompt on the channel (an empty one when it was never shown there).
inline duedesk::OwnerPrompt prompt(TestBook &t, duedesk::Channel channel, qint64 draftId)
{
    return duedesk::OwnerPrompts(t.book()).find(channel, draftId).value_or(duedesk::OwnerPrompt());
}

// Another six-digit code than `code`.
inline QString wrongCode(const QString &code)
{
    return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
}

// One poll() of the channel, waited for (network I/O: a wall-clock limit); true when it finished ok.
inline bool poll(duedesk::OwnerChannel &channel)
{
    QSignalSpy finished(&channel, &duedesk::OwnerChannel::pollFinished);
    channel.poll();
    return (!finished.isEmpty() || finished.wait(20000)) && finished.first().at(0).toBool();
}

// Every message logged while it lives (Qt's handler is restored after).
class LogCapture
{
public:
    LogCapture()
    {
        lines().clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { lines().append(message); });
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    static QStringList &lines()
    {
        static QStringList captured;
        return captured;
    }

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace ownertest
