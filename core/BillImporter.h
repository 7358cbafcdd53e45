#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace duedesk {

class Book;

// One bad row of an import: the 1-based line of the file where the row starts (the header is line 1).
struct ImportProblem {
    int line = 0;
    QString reason;   // translated, e.g. "due_on \"31/02/2026\" is not a date (use YYYY-MM-DD)"
};

struct ImportSummary {
    QString format;        // "generic", "xero" or "quickbooks"
    int rows = 0;          // data rows read
    int clientsAdded = 0;
    int billsAdded = 0;
    int billsUnchanged = 0; // bill numbers already in the book (re-import adds nothing twice)
    int paymentsAdded = 0;
};

struct ImportOutcome {
    bool ok = false;
    QString error;                 // file-level problem (unreadable, not UTF-8, no header, missing column)
    QList<ImportProblem> problems; // every bad row; when not empty, nothing was imported
    ImportSummary summary;
};

// Imports clients and bills from a CSV export: DueDesk's generic columns, Xero's invoice export or
// QuickBooks Online's. All or nothing: a file with any bad row imports nothing and lists every bad row.
// Bill number is the key: a bill already in the book is left as it is.
class BillImporter
{
    Q_DECLARE_TR_FUNCTIONS(BillImporter)
public:
    explicit BillImporter(Book &book) : m_book(book) { }

    ImportOutcome importFile(const QString &path);
    ImportOutcome importData(const QByteArray &data);

private:
    Book &m_book;
};

} // namespace duedesk
