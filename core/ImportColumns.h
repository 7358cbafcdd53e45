#pragma once

#include "CsvReader.h"

#include <QList>
#include <QString>

#include <array>

// Internal to BillImporter: which export wrote a file and where each of its columns is.
namespace duedesk::import {

enum class Format { Generic, Xero, QuickBooks };

// What a column means, whatever an export calls it.
enum Field {
    ClientField,
    EmailField,
    PhoneField,
    TelegramField,
    WhatsAppField,
    PreferredChannelField,
    OptedInField,
    BillNumberField,
    IssuedOnField,
    DueOnField,
    AmountField,
    CurrencyField,
    PaidField,
    AmountDueField,   // the open balance; paid = amount - amount due when no paid column is given
    PoReferenceField,
    StatusField,
    TypeField,
    FieldCount
};

// "generic", "xero" or "quickbooks", as ImportSummary::format reports it.
QString formatKey(Format format);

// Header names compare by their letters and digits only, ignoring case: "*ContactName", "contact name",
// "Invoice No." and "bill_number" become "contactname", "contactname", "invoiceno" and "billnumber".
QString headerKey(const QString &name);

// The index of the header record. It is the first record, except that QuickBooks report exports put a
// title, the company name and the date range above it: a Xero or QuickBooks header within the first
// records wins.
qsizetype findHeader(const QList<CsvRecord> &records);

// The columns of one file, as its header names them.
class ImportColumns
{
public:
    ImportColumns() { m_column.fill(-1); }

    // Takes the export format and the column positions from header; returns the translated file-level
    // error (not a header, a required column missing) or an empty string.
    QString read(const CsvRecord &header);

    Format format() const { return m_format; }
    bool isGeneric() const { return m_format == Format::Generic; }
    // How many fields the header has; a row may not carry values beyond them.
    int headerSize() const { return m_headerSize; }
    bool has(Field field) const { return m_column[field] >= 0; }
    // The field's value in record, trimmed; empty when the file has no such column.
    QString value(const CsvRecord &record, Field field) const;
    // The column as the file spells it (without Xero's leading '*'), or the format's name for a column the
    // file does not have: the name problems refer to.
    const QString &name(Field field) const { return m_name[field]; }

private:
    Format m_format = Format::Generic;
    std::array<int, FieldCount> m_column{};
    std::array<QString, FieldCount> m_name;
    int m_headerSize = 0;
};

} // namespace duedesk::import
