#pragma once

#include "CsvReader.h"
#include "Domain.h"
#include "ImportColumns.h"
#include "PhoneNumber.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Internal to BillImporter: one data record of a file, read into the values of a client and a bill.
namespace duedesk::import {

// Everything the importer needs from one data row, parsed and checked.
struct ImportRow {
    int line = 0;
    QString clientName;
    QString clientKey;
    QString email;
    QString phoneE164;
    QString phoneWarning;
    QString telegram;
    QString whatsapp;
    std::optional<Channel> preferredChannel;
    QList<Channel> optedIn;
    QString number;
    QDate issuedOn;
    QDate dueOn;
    QString currency;
    qint64 amountMinor = 0;
    qint64 paidMinor = 0;
    QString poReference;
};

// Clients are the same client when their names are equal ignoring case and surrounding space.
QString clientKey(const QString &name);

// Reads the data records of one file. Problems are appended to reasons, translated, each naming the column
// as the file spells it.
class ImportRows
{
public:
    // bookRegion reads phone numbers without a country code and settles the date order when the file does
    // not; bookCurrency is the currency of Xero and QuickBooks rows that name none.
    ImportRows(const ImportColumns &columns, QChar delimiter, const QString &bookRegion, const QString &bookCurrency);

    // Numeric dates in exports are day first or month first for the whole file. A day above 12 in either
    // place settles which; when no date settles it, the book's region does. Generic files use ISO dates.
    void chooseDateOrder(const QList<CsvRecord> &records, qsizetype firstRow);

    // A record whose fields are all empty or spaces: not a row of the file.
    static bool isBlank(const CsvRecord &record);
    // Export rows that are not bills to chase: voided, deleted and draft invoices, credit notes, and in a
    // QuickBooks report anything that is not an invoice, such as its TOTAL line and its footer.
    bool isSkipped(const CsvRecord &record) const;
    // The row's values; those that are missing or unreadable are left empty and give a reason.
    ImportRow parse(const CsvRecord &record, QStringList &reasons) const;

private:
    QString required(const CsvRecord &record, Field field, QStringList &reasons) const;
    std::optional<qint64> parseAmount(const QString &text, Field field, const QString &currency,
                                      QStringList &reasons) const;
    std::optional<qint64> parsePartOfAmount(const QString &text, Field field, const ImportRow &row,
                                            const QString &amountText, QStringList &reasons) const;
    QDate parseDate(const QString &text, Field field, QStringList &reasons) const;
    std::optional<PhoneNumber> parsePhone(const CsvRecord &record, Field field, QStringList &reasons) const;
    void parseContact(const CsvRecord &record, ImportRow &row, QStringList &reasons) const;
    void parseAmounts(const CsvRecord &record, ImportRow &row, QStringList &reasons) const;

    const ImportColumns &m_columns;
    QChar m_delimiter;
    QString m_bookRegion;
    QString m_bookCurrency;
    bool m_dayFirst = true;
    mutable QHash<QString, PhoneParseResult> m_phones; // parsed phone text; a client's number repeats on its rows
};

} // namespace duedesk::import
