#include "ImportWriter.h"

#include "Book.h"
#include "Clock.h"
#include "Repositories.h"
#include "ScopedCacheSize.h"
#include "SqlValues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace duedesk::import {

namespace {

// Who the book records as having made the payments and opt-ins an import adds.
QString importedBy()
{
    return QStringLiteral("import");
}


} // namespace

QString ImportWriter::write(ImportPlan &plan, ImportSummary &summary)
{
    QSqlDatabase db = m_book.database();
    const ScopedCacheSize cacheSize(db, plan.bills().size() > 10000);
    if (!db.transaction())
        return BillImporter::tr("Cannot start the import: %1").arg(sqlErrorText(db.lastError()));

    const QDateTime now = m_book.clock().now();
    const QDate today = m_book.clock().today();
    QString error;
    if (writeClients(plan.clients(), now, summary, &error) && writeBills(plan, now, today, summary, &error)) {
        if (db.commit())
            return {};
        error = sqlErrorText(db.lastError());
    }
    db.rollback();
    return BillImporter::tr("Nothing was imported: %1").arg(error);
}

bool ImportWriter::writeClients(QList<PlannedClient> &clients, const QDateTime &now, ImportSummary &summary,
                                QString *error)
{
    ClientRepository repository(m_book);
    for (PlannedClient &client : clients) {
        if (!client.existing.isEmpty()) {
            if (!fillContacts(client, error))
                return false;
            for (Channel channel : std::as_const(client.optedIn))
                if (!repository.setOptedIn(client.id, channel, now, importedBy(), error))
                    return false;
            continue;
        }
        ClientRow row;
        row.name = client.name;
        row.email = client.contact[ContactEmail];
        row.phoneE164 = client.contact[ContactPhone];
        row.phoneWarning = client.phoneWarning;
        row.telegramChatId = client.contact[ContactTelegram];
        row.whatsappId = client.contact[ContactWhatsApp];
        if (!client.contact[ContactPreferred].isEmpty())
            row.preferredChannel = channelFromKey(client.contact[ContactPreferred]);
        for (Channel channel : std::as_const(client.optedIn)) {
            ChannelConsent consent;
            consent.channel = channel;
            consent.optedInAt = now;
            consent.optedInBy = importedBy();
            row.consents.append(consent);
        }
        const Result<qint64> id = repository.insert(row);
        if (!id) {
            *error = id.error();
            return false;
        }
        client.id = *id;
        ++summary.clientsAdded;
    }
    return true;
}

// Fills the contact details the book does not have yet; never overwrites one.
bool ImportWriter::fillContacts(const PlannedClient &client, QString *error)
{
    const ClientRow &current = client.existing.first();
    const bool fillsSomething = (current.email.isEmpty() && !client.contact[ContactEmail].isEmpty())
        || (current.phoneE164.isEmpty() && !client.contact[ContactPhone].isEmpty())
        || (current.telegramChatId.isEmpty() && !client.contact[ContactTelegram].isEmpty())
        || (current.whatsappId.isEmpty() && !client.contact[ContactWhatsApp].isEmpty())
        || (!current.preferredChannel && !client.contact[ContactPreferred].isEmpty());
    if (!fillsSomething)
        return true;
    QSqlQuery q(m_book.database());
    // SQLite evaluates every SET expression against the row as it was, so phone_warning follows phone_e164.
    q.prepare(QStringLiteral(
        "UPDATE clients SET "
        "email = CASE WHEN email = '' THEN ? ELSE email END, "
        "phone_e164 = CASE WHEN phone_e164 = '' THEN ? ELSE phone_e164 END, "
        "phone_warning = CASE WHEN phone_e164 = '' THEN ? ELSE phone_warning END, "
        "telegram_chat_id = CASE WHEN telegram_chat_id = '' THEN ? ELSE telegram_chat_id END, "
        "whatsapp_id = CASE WHEN whatsapp_id = '' THEN ? ELSE whatsapp_id END, "
        "preferred_channel = coalesce(preferred_channel, ?) "
        "WHERE id = ?"));
    q.addBindValue(sql::text(client.contact[ContactEmail]));
    q.addBindValue(sql::text(client.contact[ContactPhone]));
    q.addBindValue(sql::text(client.phoneWarning));
    q.addBindValue(sql::text(client.contact[ContactTelegram]));
    q.addBindValue(sql::text(client.contact[ContactWhatsApp]));
    q.addBindValue(client.contact[ContactPreferred].isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                              : QVariant(client.contact[ContactPreferred]));
    q.addBindValue(client.id);
    if (!q.exec()) {
        *error = BillImporter::tr("Cannot update client %1: %2").arg(client.name, sqlErrorText(q.lastError()));
        return false;
    }
    return true;
}

bool ImportWriter::writeBills(const ImportPlan &plan, const QDateTime &now, const QDate &today,
                              ImportSummary &summary, QString *error)
{
    // A repository insert prepares its statement on every call; a file of 100k bills reuses these two.
    // They write the columns BillRepository::insert and PaymentRepository::insert write.
    const QSqlDatabase db = m_book.database();
    const QVariant stamp = sql::dateTime(now);
    QSqlQuery insertBill(db);
    QSqlQuery insertPayment(db);
    if (!insertBill.prepare(QStringLiteral("INSERT INTO bills (number, client_id, issued_on, due_on, amount_minor, "
                                           "currency, po_reference, status, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = sqlErrorText(insertBill.lastError());
        return false;
    }
    if (!insertPayment.prepare(QStringLiteral("INSERT INTO payments (bill_id, amount_minor, paid_on, method, source, "
                                              "note, created_at) VALUES (?, ?, ?, ?, ?, '', ?)"))) {
        *error = sqlErrorText(insertPayment.lastError());
        return false;
    }
    insertPayment.bindValue(2, sql::date(today));
    insertPayment.bindValue(3, importedBy());
    insertPayment.bindValue(4, paymentSourceKey(PaymentSource::Import));
    insertPayment.bindValue(5, stamp);
    insertBill.bindValue(8, stamp);
    insertBill.bindValue(9, stamp);

    auto addPayment = [&](qint64 billId, qint64 amountMinor) {
        insertPayment.bindValue(0, billId);
        insertPayment.bindValue(1, amountMinor);
        if (!insertPayment.exec()) {
            *error = BillImporter::tr("Cannot record the payment: %1").arg(sqlErrorText(insertPayment.lastError()));
            return false;
        }
        ++summary.paymentsAdded;
        return true;
    };

    BillRepository bills(m_book);
    for (const PlannedBill &bill : plan.bills()) {
        if (bill.existingId != 0) {
            ++summary.billsUnchanged;
            if (bill.topUpMinor > 0 && !addPayment(bill.existingId, bill.topUpMinor))
                return false;
            if (bill.settles && !bills.setStatus(bill.existingId, BillStatus::Paid, error))
                return false;
            continue;
        }
        const ImportRow &row = bill.row;
        const BillStatus status = row.paidMinor == row.amountMinor ? BillStatus::Paid : BillStatus::Open;
        insertBill.bindValue(0, row.number);
        insertBill.bindValue(1, plan.clientOf(row).id);
        insertBill.bindValue(2, sql::date(row.issuedOn));
        insertBill.bindValue(3, sql::date(row.dueOn));
        insertBill.bindValue(4, row.amountMinor);
        insertBill.bindValue(5, row.currency);
        insertBill.bindValue(6, sql::text(row.poReference));
        insertBill.bindValue(7, billStatusKey(status));
        if (!insertBill.exec()) {
            *error = BillImporter::tr("Cannot add bill %1: %2").arg(row.number, sqlErrorText(insertBill.lastError()));
            return false;
        }
        ++summary.billsAdded;
        if (row.paidMinor > 0 && !addPayment(insertBill.lastInsertId().toLongLong(), row.paidMinor))
            return false;
    }
    return true;
}

} // namespace duedesk::import
