#include "DraftComposer.h"

#include "AuditLog.h"
#include "Book.h"
#include "Clock.h"
#include "MessageTemplates.h"
#include "PolicyRepository.h"
#include "Repositories.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

DraftComposer::DraftComposer(Book &book, const QDate &today)
    : m_book(book)
    , m_today(today)
    , m_audit(book)
    , m_ignoredQuery(book.database())
    , m_historyQuery(book.database())
    , m_overdueQuery(book.database())
    , m_insertDraft(book.database())
    , m_weekCountQuery(book.database())
    , m_weekRoomQuery(book.database())
    , m_bookLanguage(book.setting(QStringLiteral("language"), QStringLiteral("en")))
    , m_region(book.region())
    , m_businessName(book.setting(QStringLiteral("business_name")))
    , m_bookLocale(book.locale())
    , m_templates(book)
{
    // The weekly cap counts reminders only, not replies to the client's own messages.
    m_weekCountQuery.prepare(QStringLiteral("SELECT count(*) FROM drafts WHERE client_id = ? AND state IN ('pending', 'approved') "
                                            "AND kind IN ('heads_up', 'reminder', 'final_notice') AND created_at >= ?"));
    m_weekRoomQuery.prepare(QStringLiteral("SELECT created_at FROM drafts WHERE client_id = ? AND state IN ('pending', 'approved') "
                                           "AND kind IN ('heads_up', 'reminder', 'final_notice') AND created_at >= ? "
                                           "ORDER BY created_at DESC LIMIT 1 OFFSET ?"));
    // Reminders sent for a bill since the client last wrote or paid.
    m_ignoredQuery.prepare(QStringLiteral(
        "SELECT count(*) FROM outbox o WHERE o.bill_id = ? AND o.state IN ('sent', 'delivered', 'read') "
        "AND o.sent_at > coalesce((SELECT max(at) FROM messages m WHERE m.client_id = ? AND m.direction = 'in'), '') "
        "AND o.sent_at > coalesce((SELECT max(created_at) FROM payments p WHERE p.bill_id = ?), '')"));
    // History: the client's settled bills, and how many were paid by their due date. The unary + keeps SQLite
    // on the client index: without statistics it would rate an index on status just as good, and scan every
    // paid bill of the book for each draft.
    m_historyQuery.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum((SELECT max(p.paid_on) FROM payments p WHERE p.bill_id = b.id) <= b.due_on), 0) "
        "FROM bills b WHERE b.client_id = ? AND +b.status = 'paid' AND b.id <> ?"));
    m_overdueQuery.prepare(QStringLiteral("SELECT count(*) FROM bills WHERE client_id = ? AND id <> ? AND +status = 'open' "
                                          "AND amount_minor > paid_minor AND +due_on < ?"));
    m_insertDraft.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO drafts (bill_id, client_id, step_key, kind, channel, address, tone, reasons, subject, "
        "body, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    PolicyRepository policies(book);
    for (const Policy &p : policies.all()) {
        m_policies.insert(p.id, p);
        if (p.key == QLatin1String("standard"))
            m_standardPolicy = p.id;
    }
    m_segmentDefaults = policies.segmentDefaults();
}

const ClientRow *DraftComposer::client(qint64 clientId)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end()) {
        const std::optional<ClientRow> row = ClientRepository(m_book).byId(clientId);
        if (!row)
            return nullptr;
        it = m_clients.insert(clientId, *row);
    }
    return &*it;
}

const Policy *DraftComposer::policyForClient(qint64 clientId)
{
    auto cached = m_clientPolicy.constFind(clientId);
    if (cached == m_clientPolicy.constEnd()) {
        QSqlQuery q(m_book.database());
        q.prepare(QStringLiteral("SELECT policy_id, segment FROM clients WHERE id = ?"));
        q.addBindValue(clientId);
        qint64 found = m_standardPolicy;
        if (q.exec() && q.next())
            found = !q.value(0).isNull() ? q.value(0).toLongLong() : m_segmentDefaults.value(q.value(1).toString(), m_standardPolicy);
        cached = m_clientPolicy.insert(clientId, found);
    }
    const qint64 id = *cached;
    const auto it = m_policies.constFind(id);
    if (it != m_policies.constEnd() && !it->steps.isEmpty())
        return &*it;
    const auto standard = m_policies.constFind(m_standardPolicy);
    return standard == m_policies.constEnd() ? nullptr : &*standard;
}

bool DraftComposer::channelAllowed(const ClientRow &client, Channel channel)
{
    if (addressFor(client, channel).isEmpty())
        return false;
    for (const ChannelConsent &c : client.consents)
        if (c.channel == channel)
            return channel == Channel::Email ? !c.optedOutAt.isValid() : c.allowsSending();
    return channel == Channel::Email;
}

QString DraftComposer::addressFor(const ClientRow &client, Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return client.email;
    case Channel::Sms:
        return client.phoneE164;
    case Channel::WhatsApp:
        return !client.whatsappId.isEmpty() ? client.whatsappId : client.phoneE164.mid(1);
    case Channel::Telegram:
        return client.telegramChatId;
    }
    return {};
}

std::optional<Channel> DraftComposer::channelFor(const ClientRow &client, const PolicyStep &step) const
{
    QList<Channel> candidates;
    switch (step.channelRule) {
    case ChannelRule::Fixed:
        candidates = step.channels.mid(0, 1);
        break;
    case ChannelRule::Fallback:
        candidates = step.channels;
        break;
    case ChannelRule::Preferred:
        if (client.preferredChannel)
            candidates.append(*client.preferredChannel);
        for (Channel c : {Channel::Email, Channel::WhatsApp, Channel::Sms, Channel::Telegram})
            if (!candidates.contains(c))
                candidates.append(c);
        break;
    }
    for (Channel c : candidates)
        if (channelAllowed(client, c))
            return c;
    return std::nullopt;
}

int DraftComposer::draftsThisWeek(qint64 clientId)
{
    auto it = m_weekCounts.find(clientId);
    if (it == m_weekCounts.end()) {
        QSqlQuery &q = m_weekCountQuery;
        q.addBindValue(clientId);
        q.addBindValue(sql::dateTime(QDateTime(m_today.addDays(-6), QTime(0, 0), Qt::UTC)));
        int n = 0;
        if (q.exec() && q.next())
            n = q.value(0).toInt();
        q.finish();
        it = m_weekCounts.insert(clientId, n);
    }
    return *it;
}

QDate DraftComposer::weekHasRoomOn(qint64 clientId)
{
    // The window holds the drafts created from today - 6 on; the oldest of the ones that fill the cap
    // leaves it 7 days after its creation.
    if (const auto known = m_weekRoom.constFind(clientId); known != m_weekRoom.constEnd())
        return *known;
    const Policy *policy = policyForClient(clientId);
    const int cap = policy ? policy->weeklyCap : 1;
    QSqlQuery &q = m_weekRoomQuery;
    q.addBindValue(clientId);
    q.addBindValue(sql::dateTime(QDateTime(m_today.addDays(-6), QTime(0, 0), Qt::UTC)));
    q.addBindValue(cap - 1);
    QDate room = m_today.addDays(1);
    if (q.exec() && q.next())
        room = qMax(room, sql::toDateTime(q.value(0)).date().addDays(7));
    q.finish();
    m_weekRoom.insert(clientId, room);
    return room;
}

ToneGrade DraftComposer::gradeFor(const ChaseBill &bill, const PolicyStep &step, const ClientRow &client)
{
    ToneInputs in;
    // Broken promises push the cadence one firmer each; only the final notice may say "final".
    in.stepTone = step.isFinal() ? Tone::Final : Tone(qMin(int(Tone::Firm), int(step.tone) + bill.toneBump));
    in.finalStep = step.isFinal();
    in.daysOverdue = bill.dueOn.daysTo(m_today);
    in.promisesBroken = bill.promisesBroken;
    in.relationshipDays = client.relationshipStart.isValid() ? client.relationshipStart.daysTo(m_today) : 0;

    QSqlQuery &ignored = m_ignoredQuery;
    ignored.addBindValue(bill.billId);
    ignored.addBindValue(bill.clientId);
    ignored.addBindValue(bill.billId);
    if (ignored.exec() && ignored.next())
        in.remindersIgnored = ignored.value(0).toInt();
    ignored.finish();
    QSqlQuery &history = m_historyQuery;
    history.addBindValue(bill.clientId);
    history.addBindValue(bill.billId);
    if (history.exec() && history.next()) {
        in.pastBills = history.value(0).toInt();
        in.onTimeRatio = in.pastBills > 0 ? history.value(1).toDouble() / in.pastBills : 1.0;
    }
    history.finish();
    QSqlQuery &overdue = m_overdueQuery;
    overdue.addBindValue(bill.clientId);
    overdue.addBindValue(bill.billId);
    overdue.addBindValue(sql::date(m_today));
    if (overdue.exec() && overdue.next())
        in.otherOverdueBills = overdue.value(0).toInt();
    overdue.finish();
    return ToneGrader::grade(in);
}

DraftComposer::Composed DraftComposer::compose(const ChaseBill &bill, const PolicyStep &step, const QString &stepKey,
                                               const QString &note, const QString &actor, const Options &options)
{
    const bool ignoreCap = options.ignoreCap || options.reply;
    Composed result;
    const Policy *policy = policyForClient(bill.clientId);
    if (policy && !ignoreCap && draftsThisWeek(bill.clientId) >= policy->weeklyCap) {
        result.outcome = Outcome::OverWeeklyCap;
        return result;
    }
    const ClientRow *c = client(bill.clientId);
    if (!c || !policy) {
        result.error = tr("bill %1 has no client or policy").arg(bill.number);
        return result;
    }
    const std::optional<Channel> channel = options.ignoreConsent && !step.channels.isEmpty()
                                               ? std::optional<Channel>(step.channels.first())
                                               : channelFor(*c, step);
    if (!channel || addressFor(*c, *channel).isEmpty()) {
        result.outcome = Outcome::NoChannel;
        return result;
    }
    ToneGrade grade;
    if (options.reply) {
        grade.tone = Tone::Friendly;
        grade.reasons = {tr("a reply to the client's message")};
    } else {
        grade = gradeFor(bill, step, *c);
    }

    const QString language = !c->language.isEmpty() ? c->language : m_bookLanguage;
    const QLocale locale = language == m_bookLanguage ? m_bookLocale
                                                      : QLocale(language.section(QLatin1Char('-'), 0, 0) + QLatin1Char('_') + m_region);
    TemplateValues values;
    values.firstName = c->name.section(QLatin1Char(' '), 0, 0);
    values.billNumber = bill.number;
    values.amount = Money(bill.balanceMinor, bill.currency);
    values.dueOn = bill.dueOn;
    values.daysOverdue = qMax<qint64>(0, bill.dueOn.daysTo(m_today));
    values.payLink = bill.paymentLink;
    // Without a business name the text would say "Your business" to a client: the owner is told before approving.
    values.businessName = m_businessName.isEmpty() ? tr("Your business") : m_businessName;
    QString shownNote = note;
    if (m_businessName.isEmpty()) {
        const QString warning = tr("Set your business name in the settings: this text says “%1”.").arg(values.businessName);
        shownNote = shownNote.isEmpty() ? warning : shownNote + QLatin1Char(' ') + warning;
    }
    values.promisedOn = options.promisedOn;
    const auto rendered = m_templates.render(step.templateKind, grade.tone, *channel, language, values, locale);
    if (!rendered) {
        result.error = rendered.error();
        return result;
    }

    QSqlDatabase db = m_book.database();
    const QDateTime now = m_book.clock().now();
    QSqlQuery &q = m_insertDraft;
    q.addBindValue(bill.billId);
    q.addBindValue(bill.clientId);
    q.addBindValue(stepKey);
    q.addBindValue(step.templateKind);
    q.addBindValue(channelKey(*channel));
    q.addBindValue(addressFor(*c, *channel));
    q.addBindValue(toneKey(grade.tone));
    q.addBindValue(grade.summary());
    q.addBindValue(sql::text(rendered->subject));
    q.addBindValue(rendered->body);
    q.addBindValue(sql::text(shownNote));
    q.addBindValue(sql::dateTime(now));
    if (!q.exec()) {
        result.error = sqlErrorText(q.lastError());
        return result;
    }
    if (q.numRowsAffected() == 0) {
        result.outcome = Outcome::AlreadyDrafted;
        return result;
    }
    result.draftId = q.lastInsertId().toLongLong();
    AuditLog &audit = m_audit;
    if (!audit.append(QStringLiteral("draft"), actor, bill.billId, bill.clientId,
                      {{QStringLiteral("draft_id"), result.draftId},
                       {QStringLiteral("step_key"), stepKey},
                       {QStringLiteral("channel"), channelKey(*channel)},
                       {QStringLiteral("tone"), toneKey(grade.tone)},
                       {QStringLiteral("reasons"), grade.summary()},
                       {QStringLiteral("note"), shownNote}},
                      &result.error))
        return result;
    if (policy->autoSend) {
        QSqlQuery approve(db);
        approve.prepare(QStringLiteral("UPDATE drafts SET state = 'approved', decided_at = ?, decided_by = 'auto-send' WHERE id = ?"));
        approve.addBindValue(sql::dateTime(now));
        approve.addBindValue(result.draftId);
        if (!approve.exec() || !queueDraft(db, result.draftId, now, &result.error)
            || !audit.append(QStringLiteral("approve"), QStringLiteral("auto-send"), bill.billId, bill.clientId,
                             {{QStringLiteral("draft_id"), result.draftId}}, &result.error))
            return result;
        result.autoApproved = true;
    }
    ++m_weekCounts[bill.clientId];
    result.outcome = Outcome::Drafted;
    return result;
}

bool DraftComposer::queueDraft(QSqlDatabase &db, qint64 draftId, const QDateTime &now, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO outbox (draft_id, step_key, bill_id, client_id, channel, address, tone, subject, body, "
        "created_at, updated_at) SELECT id, step_key, bill_id, client_id, channel, address, tone, subject, body, ?, ? "
        "FROM drafts WHERE id = ?"));
    const QVariant at = sql::dateTime(now);
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(draftId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("this reminder is already queued (%1)").arg(sqlErrorText(q.lastError()));
        return false;
    }
    return true;
}

} // namespace duedesk
