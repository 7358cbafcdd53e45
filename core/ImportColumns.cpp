#include "ImportColumns.h"

#include "BillImporter.h"

#include <QHash>
#include <QStringList>

#include <initializer_list>

namespace duedesk::import {

namespace {

struct ColumnSpec {
    Field field;
    bool required;
    QStringList names;   // as the export spells them, in order of preference; the first is named in messages
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QString::fromLatin1(name));
    return out;
}

QList<ColumnSpec> columnSpecs(Format format)
{
    switch (format) {
    case Format::Xero:
        return {{ClientField, true, names({"ContactName"})},
                {EmailField, false, names({"EmailAddress"})},
                {BillNumberField, true, names({"InvoiceNumber"})},
                {PoReferenceField, false, names({"Reference"})},
                {IssuedOnField, false, names({"InvoiceDate"})},
                {DueOnField, true, names({"DueDate"})},
                {AmountField, true, names({"Total"})},
                {PaidField, false, names({"InvoiceAmountPaid"})},
                {AmountDueField, false, names({"InvoiceAmountDue"})},
                {CurrencyField, false, names({"Currency"})},
                {StatusField, false, names({"Status"})},
                {TypeField, false, names({"Type"})}};
    case Format::QuickBooks:
        return {{ClientField, true, names({"Customer"})},
                {EmailField, false, names({"Email"})},
                {BillNumberField, true, names({"Num", "Invoice No", "InvoiceNo", "No."})},
                {PoReferenceField, false, names({"P.O. Number", "PO Number"})},
                {IssuedOnField, false, names({"Date", "Invoice Date"})},
                {DueOnField, true, names({"Due Date"})},
                {AmountField, true, names({"Amount", "Total"})},
                {AmountDueField, false, names({"Open Balance"})},
                {CurrencyField, false, names({"Currency"})},
                {StatusField, false, names({"Status"})},
                {TypeField, false, names({"Transaction Type", "Type"})}};
    case Format::Generic:
        break;
    }
    return {{ClientField, true, names({"client"})},
            {EmailField, false, names({"email"})},
            {PhoneField, false, names({"phone"})},
            {TelegramField, false, names({"telegram"})},
            {WhatsAppField, false, names({"whatsapp"})},
            {PreferredChannelField, false, names({"preferred_channel"})},
            {OptedInField, false, names({"opted_in"})},
            {BillNumberField, true, names({"bill_number"})},
            {IssuedOnField, false, names({"issued_on"})},
            {DueOnField, true, names({"due_on"})},
            {AmountField, true, names({"amount"})},
            {CurrencyField, true, names({"currency"})},
            {PaidField, false, names({"paid"})},
            {PoReferenceField, false, names({"po_reference"})}};
}

// Header key -> position of the first field with that key; fields without letters or digits are left out.
QHash<QString, int> headerPositions(const CsvRecord &header)
{
    QHash<QString, int> positions;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString key = headerKey(header.fields.at(i));
        if (!key.isEmpty() && !positions.contains(key))
            positions.insert(key, i);
    }
    return positions;
}

Format detectFormat(const QHash<QString, int> &keys)
{
    if (keys.contains(QStringLiteral("contactname")) && keys.contains(QStringLiteral("invoicenumber")))
        return Format::Xero;
    if (keys.contains(QStringLiteral("customer"))
        && (keys.contains(QStringLiteral("invoiceno")) || keys.contains(QStringLiteral("num"))
            || keys.contains(QStringLiteral("no"))))
        return Format::QuickBooks;
    return Format::Generic;
}

} // namespace

QString formatKey(Format format)
{
    switch (format) {
    case Format::Xero:
        return QStringLiteral("xero");
    case Format::QuickBooks:
        return QStringLiteral("quickbooks");
    case Format::Generic:
        break;
    }
    return QStringLiteral("generic");
}

QString headerKey(const QString &name)
{
    QString key;
    for (QChar c : name)
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    return key;
}

qsizetype findHeader(const QList<CsvRecord> &records)
{
    const qsizetype searched = qMin<qsizetype>(records.size(), 10);
    for (qsizetype i = 0; i < searched; ++i)
        if (detectFormat(headerPositions(records.at(i))) != Format::Generic)
            return i;
    return 0;
}

QString ImportColumns::read(const CsvRecord &header)
{
    const QHash<QString, int> positions = headerPositions(header);
    m_format = detectFormat(positions);
    m_headerSize = int(header.fields.size());
    m_column.fill(-1);

    QStringList missing;
    bool anyKnown = false;
    for (const ColumnSpec &spec : columnSpecs(m_format)) {
        for (const QString &name : spec.names) {
            const auto it = positions.constFind(headerKey(name));
            if (it == positions.constEnd())
                continue;
            m_column[spec.field] = *it;
            QString written = header.fields.at(*it).trimmed();
            while (written.startsWith(QLatin1Char('*')))
                written.remove(0, 1);
            m_name[spec.field] = written.trimmed();
            anyKnown = true;
            break;
        }
        if (m_column[spec.field] < 0) {
            m_name[spec.field] = spec.names.first();
            if (spec.required)
                missing.append(spec.names.first());
        }
    }
    if (!anyKnown)
        return BillImporter::tr("line %1 is not a header: the first line must name the columns, "
                                "e.g. client, bill_number, due_on, amount, currency")
            .arg(header.line);
    if (!missing.isEmpty())
        return BillImporter::tr("missing required column(s): %1").arg(missing.join(QStringLiteral(", ")));
    return {};
}

QString ImportColumns::value(const CsvRecord &record, Field field) const
{
    const int i = m_column[field];
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

} // namespace duedesk::import
