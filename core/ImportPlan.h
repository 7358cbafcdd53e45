#pragma once

#include "BillImporter.h"
#include "Domain.h"
#include "ImportColumns.h"
#include "ImportRows.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

// Internal to BillImporter: the clients and bills a file holds, and what importing it does to the book.
namespace duedesk::import {

// One bill of the file (the first of its rows) and what happens to it.
struct PlannedBill {
    ImportRow row;
    qint64 existingId = 0;    // the bill already in the book with this number; nothing is added for it
    qint64 topUpMinor = 0;    // payment to add to the existing bill to reach the file's paid amount
    bool settles = false;     // the top-up pays the existing bill in full
};

enum ContactField { ContactEmail, ContactPhone, ContactTelegram, ContactWhatsApp, ContactPreferred, ContactCount };

// One client of the file, its contact details gathered from all of its rows.
struct PlannedClient {
    QString name;
    QString key;
    std::array<QString, ContactCount> contact;   // preferred channel as its key
    std::array<int, ContactCount> contactLine{}; // where each contact value was first given
    QString phoneWarning;
    QList<Channel> optedIn;
    QList<ClientRow> existing;                   // book clients with this name; the first is used
    qint64 id = 0;                               // the book's id: existing, or set once written
};

// Gathers the rows of a file into its bills and clients, and the problems of every row.
class ImportPlan
{
public:
    explicit ImportPlan(const ImportColumns &columns) : m_columns(columns) { }

    // Adds a data row and the problems found reading it (reasons); rows with problems add no bill.
    void addRow(const ImportRow &row, QStringList reasons);
    // Matches the clients and bills with those already in the book.
    void checkBook(const Book &book);

    bool hasProblems() const { return !m_problems.isEmpty(); }
    // Every bad row, in line order, its reasons joined.
    QList<ImportProblem> problems() const;

    const QList<PlannedBill> &bills() const { return m_bills; }
    QList<PlannedClient> &clients() { return m_clients; }
    // The client a bill of the plan belongs to.
    const PlannedClient &clientOf(const ImportRow &row) const
    {
        return m_clients.at(m_clientIndex.value(row.clientKey));
    }

private:
    void planBill(const ImportRow &row, bool rowOk, QStringList &reasons);
    void planClient(const ImportRow &row, QStringList &reasons);
    void resolveClients(const Book &book);
    void checkBills(const Book &book);
    void addProblem(int line, const QString &reason) { m_problems[line].append(reason); }

    const ImportColumns &m_columns;
    QList<PlannedBill> m_bills;
    QHash<QString, qsizetype> m_billIndex;    // bill number -> m_bills index, -1 when its first row was bad
    QHash<QString, int> m_billLine;           // bill number -> line of its first row
    QList<PlannedClient> m_clients;
    QHash<QString, qsizetype> m_clientIndex;  // client key -> m_clients index
    QMap<int, QStringList> m_problems;        // line -> reasons
};

} // namespace duedesk::import
