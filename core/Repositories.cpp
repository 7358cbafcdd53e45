#include "Repositories.h"

#include "Book.h"
#include "Clock.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace duedesk {

namespace {

const QString clientColumns = QStringLiteral(
    "id, name, company, segment, language, relationship_start, preferred_channel, email, phone_e164, "
    "phone_warning, telegram_chat_id, whatsapp_id");

ClientRow clientFrom(const QSqlQuery &q)
{
    ClientRow c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.company = q.value(2).toString();
    c.segment = segmentFromKey(q.value(3).toString()).value_or(Segment::Standard);
    c.language = q.value(4).toString();
    c.relationshipStart = sql::toDate(q.value(5));
    if (!q.value(6).isNull())
        c.preferredChannel = channelFromKey(q.value(6).toString());
    c.email = q.value(7).toString();
    c.phoneE164 = q.value(8).toString();
    c.phoneWarning = q.value(9).toString();
    c.telegramChatId = q.value(10).toString();
    c.whatsappId = q.value(11).toString();
    return c;
}

const QString billColumns = QStringLiteral(
    "id, number, client_id, issued_on, due_on, amount_minor, currency, po_reference, status, payment_link, paid_minor");

BillRow billFrom(const QSqlQuery &q)
{
    BillRow b;
    b.id = q.value(0).toLongLong();
    b.number = q.value(1).toString();
    b.clientId = q.value(2).toLongLong();
    b.issuedOn = sql::toDate(q.value(3));
    b.dueOn = sql::toDate(q.value(4));
    b.amountMinor = q.value(5).toLongLong();
    b.currency = q.value(6).toString();
    b.poReference = q.value(7).toString();
    b.status = billStatusFromKey(q.value(8).toString()).value_or(BillStatus::Open);
    b.paymentLink = q.value(9).toString();
    b.paidMinor = q.value(10).toLongLong();
    return b;
}

qint64 countOf(const Book &book, const QString &table)
{
    QSqlQuery q(book.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

// --- clients ---

Result<qint64> ClientRepository::insert(const ClientRow &c)
{
    QSqlDatabase db = m_book.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO clients (name, company, segment, language, relationship_start, "
                             "preferred_channel, email, phone_e164, phone_warning, telegram_chat_id, whatsapp_id, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.name.trimmed());
    q.addBindValue(sql::text(c.company));
    q.addBindValue(segmentKey(c.segment));
    q.addBindValue(sql::text(c.language));
    q.addBindValue(sql::date(c.relationshipStart));
    q.addBindValue(c.preferredChannel ? QVariant(channelKey(*c.preferredChannel)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(sql::text(c.email));
    q.addBindValue(sql::text(c.phoneE164));
    q.addBindValue(sql::text(c.phoneWarning));
    q.addBindValue(sql::text(c.telegramChatId));
    q.addBindValue(sql::text(c.whatsappId));
    q.addBindValue(sql::dateTime(m_book.clock().now()));
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot add client %1: %2").arg(c.name, sqlErrorText(q.lastError())));
    const qint64 id = q.lastInsertId().toLongLong();
    for (const ChannelConsent &consent : c.consents) {
        QSqlQuery cq(db);
        cq.prepare(QStringLiteral("INSERT INTO consents (client_id, channel, opted_in_at, opted_in_by, opted_out_at, "
                                  "opted_out_by) VALUES (?, ?, ?, ?, ?, ?)"));
        cq.addBindValue(id);
        cq.addBindValue(channelKey(consent.channel));
        cq.addBindValue(sql::dateTime(consent.optedInAt));
        cq.addBindValue(sql::text(consent.optedInBy));
        cq.addBindValue(sql::dateTime(consent.optedOutAt));
        cq.addBindValue(sql::text(consent.optedOutBy));
        if (!cq.exec())
            return Result<qint64>::failure(tr("Cannot record consent for %1: %2").arg(c.name, sqlErrorText(cq.lastError())));
    }
    return id;
}

std::optional<ClientRow> ClientRepository::byId(qint64 id) const
{
    QSqlDatabase db = m_book.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(clientColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ClientRow c = clientFrom(q);
    QSqlQuery cq(db);
    cq.prepare(QStringLiteral("SELECT channel, opted_in_at, opted_in_by, opted_out_at, opted_out_by FROM consents "
                              "WHERE client_id = ? ORDER BY channel"));
    cq.addBindValue(id);
    cq.exec();
    while (cq.next()) {
        ChannelConsent consent;
        consent.channel = channelFromKey(cq.value(0).toString()).value_or(Channel::Email);
        consent.optedInAt = sql::toDateTime(cq.value(1));
        consent.optedInBy = cq.value(2).toString();
        consent.optedOutAt = sql::toDateTime(cq.value(3));
        consent.optedOutBy = cq.value(4).toString();
        c.consents.append(consent);
    }
    return c;
}

QList<ClientRow> ClientRepository::byName(const QString &name) const
{
    QList<ClientRow> rows;
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE name = ? COLLATE NOCASE ORDER BY id").arg(clientColumns));
    q.addBindValue(name.trimmed());
    if (q.exec())
        while (q.next())
            rows.append(clientFrom(q));
    return rows;
}

qint64 ClientRepository::count() const
{
    return countOf(m_book, QStringLiteral("clients"));
}

bool ClientRepository::setOptedIn(qint64 clientId, Channel channel, const QDateTime &at, const QString &by, QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("INSERT INTO consents (client_id, channel, opted_in_at, opted_in_by) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (client_id, channel) DO UPDATE SET "
                             "opted_in_at = coalesce(opted_in_at, excluded.opted_in_at), "
                             "opted_in_by = CASE WHEN opted_in_at IS NULL THEN excluded.opted_in_by ELSE opted_in_by END"));
    q.addBindValue(clientId);
    q.addBindValue(channelKey(channel));
    q.addBindValue(sql::dateTime(at));
    q.addBindValue(sql::text(by));
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot record consent: %1").arg(sqlErrorText(q.lastError()));
        return false;
    }
    return true;
}

// --- bills ---

Result<qint64> BillRepository::insert(const BillRow &b)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("INSERT INTO bills (number, client_id, issued_on, due_on, amount_minor, currency, "
                             "po_reference, status, payment_link, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant now = sql::dateTime(m_book.clock().now());
    q.addBindValue(b.number.trimmed());
    q.addBindValue(b.clientId);
    q.addBindValue(sql::date(b.issuedOn));
    q.addBindValue(sql::date(b.dueOn));
    q.addBindValue(b.amountMinor);
    q.addBindValue(b.currency);
    q.addBindValue(sql::text(b.poReference));
    q.addBindValue(billStatusKey(b.status));
    q.addBindValue(sql::text(b.paymentLink));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot add bill %1: %2").arg(b.number, sqlErrorText(q.lastError())));
    return q.lastInsertId().toLongLong();
}

std::optional<BillRow> BillRepository::byNumber(const QString &number) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT %1 FROM bills WHERE number = ?").arg(billColumns));
    q.addBindValue(number.trimmed());
    if (q.exec() && q.next())
        return billFrom(q);
    return std::nullopt;
}

std::optional<BillRow> BillRepository::byId(qint64 id) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT %1 FROM bills WHERE id = ?").arg(billColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return billFrom(q);
    return std::nullopt;
}

qint64 BillRepository::count() const
{
    return countOf(m_book, QStringLiteral("bills"));
}

bool BillRepository::setStatus(qint64 billId, BillStatus status, QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("UPDATE bills SET status = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(billStatusKey(status));
    q.addBindValue(sql::dateTime(m_book.clock().now()));
    q.addBindValue(billId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("Cannot change the bill's status: %1").arg(sqlErrorText(q.lastError()));
        return false;
    }
    return true;
}

void BillRepository::forEach(const std::function<bool(const BillRow &)> &visit) const
{
    QSqlQuery q(m_book.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM bills ORDER BY id").arg(billColumns)))
        return;
    while (q.next())
        if (!visit(billFrom(q)))
            return;
}

// --- payments ---

Result<qint64> PaymentRepository::insert(const PaymentRow &p)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("INSERT INTO payments (bill_id, amount_minor, paid_on, method, source, note, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.billId);
    q.addBindValue(p.amountMinor);
    q.addBindValue(sql::date(p.paidOn));
    q.addBindValue(sql::text(p.method));
    q.addBindValue(paymentSourceKey(p.source));
    q.addBindValue(sql::text(p.note));
    q.addBindValue(sql::dateTime(m_book.clock().now()));
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot record the payment: %1").arg(sqlErrorText(q.lastError())));
    return q.lastInsertId().toLongLong();
}

QList<PaymentRow> PaymentRepository::forBill(qint64 billId) const
{
    QList<PaymentRow> rows;
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT id, bill_id, amount_minor, paid_on, method, source, note FROM payments "
                             "WHERE bill_id = ? ORDER BY paid_on, id"));
    q.addBindValue(billId);
    if (q.exec()) {
        while (q.next()) {
            PaymentRow p;
            p.id = q.value(0).toLongLong();
            p.billId = q.value(1).toLongLong();
            p.amountMinor = q.value(2).toLongLong();
            p.paidOn = sql::toDate(q.value(3));
            p.method = q.value(4).toString();
            p.source = paymentSourceFromKey(q.value(5).toString()).value_or(PaymentSource::Manual);
            p.note = q.value(6).toString();
            rows.append(p);
        }
    }
    return rows;
}

} // namespace duedesk
