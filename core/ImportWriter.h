#pragma once

#include "BillImporter.h"
#include "ImportPlan.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Internal to BillImporter: writing a checked import into the book.
namespace duedesk::import {

class ImportWriter
{
public:
    explicit ImportWriter(Book &book) : m_book(book) { }

    // Writes a plan without problems in one transaction: adds the new clients and bills (with a payment for
    // what is paid), fills the contact details and opt-ins existing clients lack, and tops up the payments
    // of bills imported before. Counts what it adds in summary and sets the ids of the plan's new clients.
    // Returns the translated error after rolling everything back, or an empty string.
    QString write(ImportPlan &plan, ImportSummary &summary);

private:
    bool writeClients(QList<PlannedClient> &clients, const QDateTime &now, ImportSummary &summary, QString *error);
    bool fillContacts(const PlannedClient &client, QString *error);
    bool writeBills(const ImportPlan &plan, const QDateTime &now, const QDate &today, ImportSummary &summary,
                    QString *error);

    Book &m_book;
};

} // namespace duedesk::import
