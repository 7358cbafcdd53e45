#include "ImportPlan.h"

#include "Book.h"
#include "Repositories.h"

#include <QSqlQuery>

#include <optional>
#include <utility>

namespace duedesk::import {

void ImportPlan::addRow(const ImportRow &row, QStringList reasons)
{
    planBill(row, reasons.isEmpty(), reasons);
    if (reasons.isEmpty())
        planClient(row, reasons);
    for (const QString &reason : std::as_const(reasons))
        addProblem(row.line, reason);
}

void ImportPlan::checkBook(const Book &book)
{
    resolveClients(book);
    checkBills(book);
}

QList<ImportProblem> ImportPlan::problems() const
{
    QList<ImportProblem> problems;
    for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it)
        problems.append(ImportProblem{it.key(), it.value().join(QStringLiteral("; "))});
    return problems;
}

// Bill numbers are unique. Generic files name a bill once; Xero and QuickBooks repeat a bill on one row
// per line item, and those rows must agree on everything the bill records.
void ImportPlan::planBill(const ImportRow &row, bool rowOk, QStringList &reasons)
{
    if (row.number.isEmpty())
        return;
    const auto it = m_billIndex.constFind(row.number);
    if (it == m_billIndex.constEnd()) {
        m_billIndex.insert(row.number, rowOk ? m_bills.size() : -1);
        m_billLine.insert(row.number, row.line);
        if (rowOk)
            m_bills.append(PlannedBill{row});
        return;
    }
    const int firstLine = m_billLine.value(row.number);
    if (m_columns.isGeneric()) {
        reasons.append(BillImporter::tr("bill number %1 is already on line %2").arg(row.number).arg(firstLine));
        return;
    }
    if (!rowOk || *it < 0)
        return;
    const ImportRow &first = m_bills.at(*it).row;
    QStringList differing;
    if (first.clientKey != row.clientKey)
        differing.append(m_columns.name(ClientField));
    if (first.issuedOn != row.issuedOn)
        differing.append(m_columns.name(IssuedOnField));
    if (first.dueOn != row.dueOn)
        differing.append(m_columns.name(DueOnField));
    if (first.currency != row.currency)
        differing.append(m_columns.name(CurrencyField));
    if (first.amountMinor != row.amountMinor)
        differing.append(m_columns.name(AmountField));
    if (first.paidMinor != row.paidMinor)
        differing.append(m_columns.has(PaidField) ? m_columns.name(PaidField) : m_columns.name(AmountDueField));
    if (first.poReference != row.poReference)
        differing.append(m_columns.name(PoReferenceField));
    if (!differing.isEmpty())
        reasons.append(BillImporter::tr("invoice %1 has a different %2 on line %3")
                           .arg(row.number, differing.join(QStringLiteral(", ")))
                           .arg(firstLine));
}

// A client's rows may each carry contact details; they must not contradict one another.
void ImportPlan::planClient(const ImportRow &row, QStringList &reasons)
{
    auto it = m_clientIndex.constFind(row.clientKey);
    if (it == m_clientIndex.constEnd()) {
        it = m_clientIndex.insert(row.clientKey, m_clients.size());
        PlannedClient client;
        client.name = row.clientName;
        client.key = row.clientKey;
        m_clients.append(client);
    }
    PlannedClient &client = m_clients[*it];
    const std::array<QString, ContactCount> given{
        row.email, row.phoneE164, row.telegram, row.whatsapp,
        row.preferredChannel ? channelKey(*row.preferredChannel) : QString()};
    const std::array<Field, ContactCount> fields{EmailField, PhoneField, TelegramField, WhatsAppField,
                                                 PreferredChannelField};
    for (int i = 0; i < ContactCount; ++i) {
        if (given[i].isEmpty())
            continue;
        if (client.contact[i].isEmpty()) {
            client.contact[i] = given[i];
            client.contactLine[i] = row.line;
            if (i == ContactPhone)
                client.phoneWarning = row.phoneWarning;
        } else if (client.contact[i].compare(given[i], i == ContactEmail ? Qt::CaseInsensitive : Qt::CaseSensitive)
                   != 0) {
            reasons.append(BillImporter::tr("%1 of %2 is \"%3\" here but \"%4\" on line %5")
                               .arg(m_columns.name(fields[i]), client.name, given[i], client.contact[i])
                               .arg(client.contactLine[i]));
        }
    }
    for (Channel channel : row.optedIn)
        if (!client.optedIn.contains(channel))
            client.optedIn.append(channel);
}

void ImportPlan::resolveClients(const Book &book)
{
    ClientRepository clients(book);
    for (PlannedClient &client : m_clients) {
        client.existing = clients.byName(client.name);
        if (!client.existing.isEmpty())
            client.id = client.existing.first().id;
    }
}

// A bill number already in the book is the same bill when it belongs to the same client: it is left as
// it is, apart from a payment recorded in the export since the last import. Under another client it is
// a conflict the owner has to settle.
void ImportPlan::checkBills(const Book &book)
{
    QSqlQuery q(book.database());
    q.prepare(QStringLiteral("SELECT b.id, b.client_id, b.amount_minor, b.paid_minor, b.currency, b.status, c.name "
                             "FROM bills b JOIN clients c ON c.id = b.client_id WHERE b.number = ?"));
    for (PlannedBill &bill : m_bills) {
        q.bindValue(0, bill.row.number);
        if (!q.exec() || !q.next())
            continue;
        const qint64 billId = q.value(0).toLongLong();
        const qint64 clientId = q.value(1).toLongLong();
        const qint64 amountMinor = q.value(2).toLongLong();
        const qint64 paidMinor = q.value(3).toLongLong();
        const QString currency = q.value(4).toString();
        const std::optional<BillStatus> status = billStatusFromKey(q.value(5).toString());
        const QString clientName = q.value(6).toString();
        q.finish();

        bool sameClient = false;
        for (const ClientRow &existing : clientOf(bill.row).existing)
            sameClient = sameClient || existing.id == clientId;
        if (!sameClient) {
            addProblem(bill.row.line, BillImporter::tr("bill number %1 is already in the book for %2")
                                          .arg(bill.row.number, clientName));
            continue;
        }
        bill.existingId = billId;
        const bool chased = status == BillStatus::Open || status == BillStatus::Disputed;
        const qint64 filePaid = qMin(bill.row.paidMinor, amountMinor);
        if (chased && currency == bill.row.currency && filePaid > paidMinor) {
            bill.topUpMinor = filePaid - paidMinor;
            bill.settles = filePaid == amountMinor;
        }
    }
}

} // namespace duedesk::import
