#include "BillImporter.h"

#include "Book.h"
#include "Clock.h"
#include "CsvReader.h"
#include "Currency.h"
#include "Domain.h"
#include "Money.h"
#include "PhoneNumber.h"
#include "Repositories.h"
#include "SqlValues.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <initializer_list>
#include <optional>
#include <utility>

namespace duedesk {

namespace {

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

// Header names compare by their letters and digits only, ignoring case: "*ContactName", "contact name",
// "Invoice No." and "bill_number" become "contactname", "contactname", "invoiceno" and "billnumber".
QString headerKey(const QString &name)
{
    QString key;
    for (QChar c : name)
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    return key;
}

// Clients are the same client when their names are equal ignoring case and surrounding space.
QString clientKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

Format detectFormat(const QSet<QString> &keys)
{
    if (keys.contains(QStringLiteral("contactname")) && keys.contains(QStringLiteral("invoicenumber")))
        return Format::Xero;
    if (keys.contains(QStringLiteral("customer"))
        && (keys.contains(QStringLiteral("invoiceno")) || keys.contains(QStringLiteral("num"))
            || keys.contains(QStringLiteral("no"))))
        return Format::QuickBooks;
    return Format::Generic;
}

QSet<QString> headerKeys(const CsvRecord &record)
{
    QSet<QString> keys;
    for (const QString &name : record.fields)
        keys.insert(headerKey(name));
    keys.remove(QString());
    return keys;
}

// The header is the first record, except that QuickBooks report exports put a title, the company name
// and the date range above it: a Xero or QuickBooks header within the first records wins.
qsizetype findHeader(const QList<CsvRecord> &records)
{
    const qsizetype searched = qMin<qsizetype>(records.size(), 10);
    for (qsizetype i = 0; i < searched; ++i)
        if (detectFormat(headerKeys(records.at(i))) != Format::Generic)
            return i;
    return 0;
}

// Regions whose accounting exports write numeric dates month first (MM/dd/yyyy).
bool monthFirstRegion(const QString &region)
{
    static const QSet<QString> regions{QStringLiteral("US"), QStringLiteral("PH"), QStringLiteral("AS"),
                                       QStringLiteral("GU"), QStringLiteral("MP"), QStringLiteral("PR"),
                                       QStringLiteral("UM"), QStringLiteral("VI"), QStringLiteral("FM"),
                                       QStringLiteral("MH"), QStringLiteral("PW")};
    return regions.contains(region.trimmed().toUpper());
}

const QRegularExpression &isoDatePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    return re;
}

const QRegularExpression &numericDatePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    return re;
}

QDate isoDate(const QString &text)
{
    const QRegularExpressionMatch m = isoDatePattern().match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// A date as Xero and QuickBooks write it: ISO, numeric day and month in the given order, or "31 Dec 2026".
QDate exportDate(const QString &text, bool dayFirst)
{
    if (const QDate d = isoDate(text); d.isValid())
        return d;
    if (const QRegularExpressionMatch m = numericDatePattern().match(text); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        return dayFirst ? QDate(m.captured(3).toInt(), second, first) : QDate(m.captured(3).toInt(), first, second);
    }
    for (const QString &format : {QStringLiteral("d MMM yyyy"), QStringLiteral("d-MMM-yyyy"),
                                  QStringLiteral("MMM d, yyyy"), QStringLiteral("d MMMM yyyy")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}

// Everything the importer needs from one data row, parsed and checked.
struct RowData {
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

// One bill of the file (the first of its rows) and what happens to it.
struct PlannedBill {
    RowData row;
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
    qint64 id = 0;
};

// One import: reads, checks everything, then writes everything or nothing.
class ImportRun
{
public:
    explicit ImportRun(Book &book) : m_book(book) { }

    ImportOutcome run(const QByteArray &data);

private:
    bool readHeader(const CsvRecord &header, ImportOutcome &outcome);
    void chooseDateOrder(const QList<CsvRecord> &records, qsizetype firstRow);
    QString value(const CsvRecord &record, Field field) const;
    const QString &columnName(Field field) const { return m_columnName[field]; }
    std::optional<qint64> parseAmount(const QString &text, Field field, const QString &currency,
                                      QStringList &reasons) const;
    QDate parseDate(const QString &text, Field field, QStringList &reasons) const;
    bool isSkipped(const CsvRecord &record) const;
    RowData parseRow(const CsvRecord &record, QStringList &reasons) const;
    PhoneParseResult parsePhone(const QString &text) const;
    void planBill(const RowData &row, bool rowOk, QStringList &reasons);
    void planClient(const RowData &row, QStringList &reasons);
    void resolveClients();
    void checkBook();
    void addProblem(int line, const QString &reason) { m_problems[line].append(reason); }
    QString write(ImportSummary &summary);
    bool fillContacts(const PlannedClient &client, QString *error);

    Book &m_book;
    Format m_format = Format::Generic;
    std::array<int, FieldCount> m_column{};
    std::array<QString, FieldCount> m_columnName;
    int m_headerSize = 0;
    QChar m_delimiter;
    bool m_dayFirst = true;
    QString m_bookCurrency;
    QString m_bookRegion;

    QList<PlannedBill> m_bills;
    QHash<QString, qsizetype> m_billIndex;    // bill number -> m_bills index, -1 when its first row was bad
    QHash<QString, int> m_billLine;           // bill number -> line of its first row
    QList<PlannedClient> m_clients;
    QHash<QString, qsizetype> m_clientIndex;  // client key -> m_clients index
    QMap<int, QStringList> m_problems;        // line -> reasons
    mutable QHash<QString, PhoneParseResult> m_phones; // parsed phone text; a client's number repeats on its rows
};

bool ImportRun::readHeader(const CsvRecord &header, ImportOutcome &outcome)
{
    QHash<QString, int> positions;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString key = headerKey(header.fields.at(i));
        if (!key.isEmpty() && !positions.contains(key))
            positions.insert(key, i);
    }
    m_format = detectFormat(headerKeys(header));
    outcome.summary.format = formatKey(m_format);
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
            m_columnName[spec.field] = written.trimmed();
            anyKnown = true;
            break;
        }
        if (m_column[spec.field] < 0) {
            m_columnName[spec.field] = spec.names.first();
            if (spec.required)
                missing.append(spec.names.first());
        }
    }
    if (!anyKnown) {
        outcome.error = BillImporter::tr("line %1 is not a header: the first line must name the columns, "
                                         "e.g. client, bill_number, due_on, amount, currency")
                            .arg(header.line);
        return false;
    }
    if (!missing.isEmpty()) {
        outcome.error = BillImporter::tr("missing required column(s): %1")
                            .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

// Numeric dates in exports are day first or month first for the whole file. A day above 12 in either
// place settles which; when no date settles it, the book's region does.
void ImportRun::chooseDateOrder(const QList<CsvRecord> &records, qsizetype firstRow)
{
    m_dayFirst = !monthFirstRegion(m_bookRegion);
    if (m_format == Format::Generic)
        return;
    bool dayFirstSeen = false;
    bool monthFirstSeen = false;
    for (qsizetype r = firstRow; r < records.size(); ++r) {
        for (Field field : {IssuedOnField, DueOnField}) {
            const QRegularExpressionMatch m = numericDatePattern().match(value(records.at(r), field));
            if (!m.hasMatch())
                continue;
            const int first = m.captured(1).toInt();
            const int second = m.captured(2).toInt();
            dayFirstSeen = dayFirstSeen || (first > 12 && second <= 12);
            monthFirstSeen = monthFirstSeen || (second > 12 && first <= 12);
        }
    }
    if (dayFirstSeen != monthFirstSeen)
        m_dayFirst = dayFirstSeen;
}

QString ImportRun::value(const CsvRecord &record, Field field) const
{
    const int i = m_column[field];
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

// A non-negative amount in minor units of currency. Xero and QuickBooks amounts may carry a currency
// symbol, spaces, or parentheses for a negative.
std::optional<qint64> ImportRun::parseAmount(const QString &input, Field field, const QString &currency,
                                             QStringList &reasons) const
{
    QString text = input;
    if (m_format != Format::Generic) {
        text.clear();
        for (QChar c : input)
            if (c.category() != QChar::Symbol_Currency && !c.isSpace())
                text.append(c);
        if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
            text = QLatin1Char('-') + text.mid(1, text.size() - 2);
    }
    QString error;
    const std::optional<Money> money = Money::parse(text, currency, Money::Rounding::Reject, &error);
    if (!money) {
        reasons.append(BillImporter::tr("%1: %2").arg(columnName(field), error));
        return std::nullopt;
    }
    if (money->minor() < 0) {
        reasons.append(BillImporter::tr("%1 \"%2\" is negative").arg(columnName(field), input));
        return std::nullopt;
    }
    return money->minor();
}

QDate ImportRun::parseDate(const QString &text, Field field, QStringList &reasons) const
{
    if (m_format == Format::Generic) {
        const QDate d = isoDate(text);
        if (!d.isValid())
            reasons.append(BillImporter::tr("%1 \"%2\" is not a date (use YYYY-MM-DD)").arg(columnName(field), text));
        return d;
    }
    const QDate d = exportDate(text, m_dayFirst);
    if (!d.isValid())
        reasons.append(BillImporter::tr("%1 \"%2\" is not a date (expected YYYY-MM-DD or %3)")
                           .arg(columnName(field), text,
                                m_dayFirst ? QStringLiteral("DD/MM/YYYY") : QStringLiteral("MM/DD/YYYY")));
    return d;
}

// Export rows that are not bills to chase: voided, deleted and draft invoices, credit notes, and in a
// QuickBooks report anything that is not an invoice, such as its TOTAL line and its footer.
bool ImportRun::isSkipped(const CsvRecord &record) const
{
    if (m_format == Format::Generic)
        return false;
    if (m_format == Format::QuickBooks && value(record, BillNumberField).isEmpty()
        && value(record, ClientField).isEmpty())
        return true;
    const QString status = headerKey(value(record, StatusField));
    if (status == QLatin1String("voided") || status == QLatin1String("void") || status == QLatin1String("deleted")
        || status == QLatin1String("draft"))
        return true;
    const QString type = headerKey(value(record, TypeField));
    if (type.contains(QLatin1String("credit")))
        return true;
    return m_format == Format::QuickBooks && !type.isEmpty() && type != QLatin1String("invoice");
}

PhoneParseResult ImportRun::parsePhone(const QString &text) const
{
    auto it = m_phones.find(text);
    if (it == m_phones.end())
        it = m_phones.insert(text, PhoneNumber::parse(text, m_bookRegion));
    return *it;
}

RowData ImportRun::parseRow(const CsvRecord &record, QStringList &reasons) const
{
    RowData row;
    row.line = record.line;

    for (qsizetype i = m_headerSize; i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            reasons.append(BillImporter::tr("the row has %1 fields but the header has %2 (put values that contain "
                                            "'%3' in double quotes)")
                               .arg(record.fields.size())
                               .arg(m_headerSize)
                               .arg(m_delimiter));
            break;
        }
    }

    auto required = [&](Field field) {
        const QString text = value(record, field);
        if (text.isEmpty())
            reasons.append(BillImporter::tr("%1 is empty").arg(columnName(field)));
        return text;
    };

    row.clientName = required(ClientField);
    row.clientKey = clientKey(row.clientName);

    // Exports may list several addresses ("a@x.com, b@y.com"); the first is the one to write to.
    static const QRegularExpression listSeparators(QStringLiteral("[,;\\s]+"));
    const QStringList emails = value(record, EmailField).split(listSeparators, Qt::SkipEmptyParts);
    if (!emails.isEmpty()) {
        static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        row.email = emails.first();
        if (!emailPattern.match(row.email).hasMatch())
            reasons.append(
                BillImporter::tr("%1 \"%2\" is not an email address").arg(columnName(EmailField), row.email));
    }

    if (const QString phone = value(record, PhoneField); !phone.isEmpty()) {
        const PhoneParseResult parsed = parsePhone(phone);
        if (parsed.number) {
            row.phoneE164 = parsed.number->e164();
            row.phoneWarning = parsed.number->warning();
        } else {
            reasons.append(BillImporter::tr("%1: %2").arg(columnName(PhoneField), parsed.error));
        }
    }
    if (const QString whatsapp = value(record, WhatsAppField); !whatsapp.isEmpty()) {
        const PhoneParseResult parsed = parsePhone(whatsapp);
        if (parsed.number)
            row.whatsapp = parsed.number->e164().mid(1);   // a wa_id is E.164 without '+'
        else
            reasons.append(BillImporter::tr("%1: %2").arg(columnName(WhatsAppField), parsed.error));
    }
    if (const QString telegram = value(record, TelegramField); !telegram.isEmpty()) {
        static const QRegularExpression chatId(QStringLiteral("^-?\\d{1,20}$"));
        row.telegram = telegram;
        if (!chatId.match(telegram).hasMatch())
            reasons.append(BillImporter::tr("%1 \"%2\" is not a Telegram chat id (a number)")
                               .arg(columnName(TelegramField), telegram));
    }
    if (const QString preferred = value(record, PreferredChannelField); !preferred.isEmpty()) {
        row.preferredChannel = channelFromKey(preferred);
        if (!row.preferredChannel)
            reasons.append(BillImporter::tr("%1 \"%2\" is not a channel (use whatsapp, telegram, sms or email)")
                               .arg(columnName(PreferredChannelField), preferred));
    }
    for (const QString &item : value(record, OptedInField).split(listSeparators, Qt::SkipEmptyParts)) {
        if (item.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            row.optedIn = allChannels();
        } else if (const std::optional<Channel> channel = channelFromKey(item)) {
            if (!row.optedIn.contains(*channel))
                row.optedIn.append(*channel);
        } else {
            reasons.append(BillImporter::tr("%1: \"%2\" is not a channel (use whatsapp, telegram, sms, email or all)")
                               .arg(columnName(OptedInField), item));
        }
    }

    row.number = required(BillNumberField);
    if (const QString issued = value(record, IssuedOnField); !issued.isEmpty())
        row.issuedOn = parseDate(issued, IssuedOnField, reasons);
    if (const QString due = required(DueOnField); !due.isEmpty())
        row.dueOn = parseDate(due, DueOnField, reasons);
    row.poReference = value(record, PoReferenceField);

    // Xero and QuickBooks leave the currency out when the organisation uses one currency: the book's.
    row.currency = m_format == Format::Generic ? required(CurrencyField) : value(record, CurrencyField);
    if (row.currency.isEmpty() && m_format != Format::Generic)
        row.currency = m_bookCurrency;
    row.currency = row.currency.toUpper();
    const bool currencyKnown = !row.currency.isEmpty() && Currency::isKnown(row.currency);
    if (!row.currency.isEmpty() && !currencyKnown)
        reasons.append(BillImporter::tr("%1 \"%2\" is not a known currency code (e.g. GBP, EUR, USD)")
                           .arg(columnName(CurrencyField), value(record, CurrencyField)));

    const QString amountText = required(AmountField);
    if (!currencyKnown || amountText.isEmpty())
        return row;
    const std::optional<qint64> amount = parseAmount(amountText, AmountField, row.currency, reasons);
    if (!amount)
        return row;
    row.amountMinor = *amount;

    const QString paidText = value(record, PaidField);
    const QString dueText = value(record, AmountDueField);
    if (!paidText.isEmpty()) {
        const std::optional<qint64> paid = parseAmount(paidText, PaidField, row.currency, reasons);
        if (!paid)
            return row;
        if (*paid > row.amountMinor) {
            reasons.append(BillImporter::tr("%1 %2 is more than %3 %4")
                               .arg(columnName(PaidField), paidText, columnName(AmountField), amountText));
            return row;
        }
        row.paidMinor = *paid;
    } else if (!dueText.isEmpty()) {
        const std::optional<qint64> due = parseAmount(dueText, AmountDueField, row.currency, reasons);
        if (!due)
            return row;
        if (*due > row.amountMinor) {
            reasons.append(BillImporter::tr("%1 %2 is more than %3 %4")
                               .arg(columnName(AmountDueField), dueText, columnName(AmountField), amountText));
            return row;
        }
        row.paidMinor = row.amountMinor - *due;
    } else if (headerKey(value(record, StatusField)) == QLatin1String("paid")) {
        row.paidMinor = row.amountMinor;
    }
    return row;
}

// Bill numbers are unique. Generic files name a bill once; Xero and QuickBooks repeat a bill on one row
// per line item, and those rows must agree on everything the bill records.
void ImportRun::planBill(const RowData &row, bool rowOk, QStringList &reasons)
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
    if (m_format == Format::Generic) {
        reasons.append(BillImporter::tr("bill number %1 is already on line %2").arg(row.number).arg(firstLine));
        return;
    }
    if (!rowOk || *it < 0)
        return;
    const RowData &first = m_bills.at(*it).row;
    QStringList differing;
    if (first.clientKey != row.clientKey)
        differing.append(columnName(ClientField));
    if (first.issuedOn != row.issuedOn)
        differing.append(columnName(IssuedOnField));
    if (first.dueOn != row.dueOn)
        differing.append(columnName(DueOnField));
    if (first.currency != row.currency)
        differing.append(columnName(CurrencyField));
    if (first.amountMinor != row.amountMinor)
        differing.append(columnName(AmountField));
    if (first.paidMinor != row.paidMinor)
        differing.append(m_column[PaidField] >= 0 ? columnName(PaidField) : columnName(AmountDueField));
    if (first.poReference != row.poReference)
        differing.append(columnName(PoReferenceField));
    if (!differing.isEmpty())
        reasons.append(BillImporter::tr("invoice %1 has a different %2 on line %3")
                           .arg(row.number, differing.join(QStringLiteral(", ")))
                           .arg(firstLine));
}

// A client's rows may each carry contact details; they must not contradict one another.
void ImportRun::planClient(const RowData &row, QStringList &reasons)
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
                               .arg(columnName(fields[i]), client.name, given[i], client.contact[i])
                               .arg(client.contactLine[i]));
        }
    }
    for (Channel channel : row.optedIn)
        if (!client.optedIn.contains(channel))
            client.optedIn.append(channel);
}

void ImportRun::resolveClients()
{
    ClientRepository clients(m_book);
    for (PlannedClient &client : m_clients) {
        client.existing = clients.byName(client.name);
        if (!client.existing.isEmpty())
            client.id = client.existing.first().id;
    }
}

// A bill number already in the book is the same bill when it belongs to the same client: it is left as
// it is, apart from a payment recorded in the export since the last import. Under another client it is
// a conflict the owner has to settle.
void ImportRun::checkBook()
{
    QSqlQuery q(m_book.database());
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

        const PlannedClient &client = m_clients.at(m_clientIndex.value(bill.row.clientKey));
        bool sameClient = false;
        for (const ClientRow &existing : client.existing)
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

ImportOutcome ImportRun::run(const QByteArray &data)
{
    ImportOutcome outcome;
    const CsvTable table = CsvReader::read(data);
    if (!table.ok()) {
        outcome.error = table.error;
        return outcome;
    }
    if (table.records.isEmpty()) {
        outcome.error = BillImporter::tr("the file is empty");
        return outcome;
    }
    m_delimiter = table.delimiter;
    m_bookCurrency = m_book.currency();
    m_bookRegion = m_book.region();
    const qsizetype header = findHeader(table.records);
    if (!readHeader(table.records.at(header), outcome))
        return outcome;
    chooseDateOrder(table.records, header + 1);

    for (qsizetype r = header + 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        bool blank = true;
        for (const QString &field : record.fields)
            blank = blank && field.trimmed().isEmpty();
        if (blank)
            continue;
        ++outcome.summary.rows;
        if (isSkipped(record))
            continue;
        QStringList reasons;
        const RowData row = parseRow(record, reasons);
        planBill(row, reasons.isEmpty(), reasons);
        if (reasons.isEmpty())
            planClient(row, reasons);
        for (const QString &reason : std::as_const(reasons))
            addProblem(row.line, reason);
    }
    resolveClients();
    checkBook();
    if (!m_problems.isEmpty()) {
        for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it)
            outcome.problems.append(ImportProblem{it.key(), it.value().join(QStringLiteral("; "))});
        return outcome;
    }

    ImportSummary summary = outcome.summary;
    const QString error = write(summary);
    if (!error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    outcome.summary = summary;
    outcome.ok = true;
    return outcome;
}

// Fills the contact details the book does not have yet; never overwrites one.
bool ImportRun::fillContacts(const PlannedClient &client, QString *error)
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

// Writes the checked plan in one transaction; returns the error after rolling back, or an empty string.
QString ImportRun::write(ImportSummary &summary)
{
    QSqlDatabase db = m_book.database();

    // A large import would otherwise spill the connection's page cache into the log many times over.
    QSqlQuery cacheSize(db);
    QVariant previousCacheSize;
    if (cacheSize.exec(QStringLiteral("PRAGMA cache_size")) && cacheSize.next())
        previousCacheSize = cacheSize.value(0);
    cacheSize.finish();
    if (m_bills.size() > 10000)
        cacheSize.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    struct RestoreCache {
        QSqlDatabase db;
        QVariant size;
        ~RestoreCache()
        {
            if (size.isValid())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(size.toLongLong()));
        }
    } restoreCache{db, previousCacheSize};

    if (!db.transaction())
        return BillImporter::tr("Cannot start the import: %1").arg(sqlErrorText(db.lastError()));
    auto fail = [&](const QString &why) {
        db.rollback();
        return BillImporter::tr("Nothing was imported: %1").arg(why);
    };

    const QDateTime now = m_book.clock().now();
    const QDate today = m_book.clock().today();
    const QString by = QStringLiteral("import");
    ClientRepository clients(m_book);
    BillRepository bills(m_book);
    QString error;

    for (PlannedClient &client : m_clients) {
        if (!client.existing.isEmpty()) {
            if (!fillContacts(client, &error))
                return fail(error);
            for (Channel channel : std::as_const(client.optedIn))
                if (!clients.setOptedIn(client.id, channel, now, by, &error))
                    return fail(error);
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
            consent.optedInBy = by;
            row.consents.append(consent);
        }
        const Result<qint64> id = clients.insert(row);
        if (!id)
            return fail(id.error());
        client.id = *id;
        ++summary.clientsAdded;
    }

    // A repository insert prepares its statement on every call; a file of 100k bills reuses these two.
    // They write the columns BillRepository::insert and PaymentRepository::insert write.
    const QVariant stamp = sql::dateTime(now);
    QSqlQuery insertBill(db);
    QSqlQuery insertPayment(db);
    if (!insertBill.prepare(QStringLiteral("INSERT INTO bills (number, client_id, issued_on, due_on, amount_minor, "
                                           "currency, po_reference, status, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(sqlErrorText(insertBill.lastError()));
    if (!insertPayment.prepare(QStringLiteral("INSERT INTO payments (bill_id, amount_minor, paid_on, method, source, "
                                              "note, created_at) VALUES (?, ?, ?, ?, ?, '', ?)")))
        return fail(sqlErrorText(insertPayment.lastError()));
    insertPayment.bindValue(2, sql::date(today));
    insertPayment.bindValue(3, by);
    insertPayment.bindValue(4, paymentSourceKey(PaymentSource::Import));
    insertPayment.bindValue(5, stamp);
    insertBill.bindValue(8, stamp);
    insertBill.bindValue(9, stamp);

    auto addPayment = [&](qint64 billId, qint64 amountMinor) {
        insertPayment.bindValue(0, billId);
        insertPayment.bindValue(1, amountMinor);
        if (!insertPayment.exec()) {
            error = BillImporter::tr("Cannot record the payment: %1").arg(sqlErrorText(insertPayment.lastError()));
            return false;
        }
        ++summary.paymentsAdded;
        return true;
    };

    for (const PlannedBill &bill : std::as_const(m_bills)) {
        if (bill.existingId != 0) {
            ++summary.billsUnchanged;
            if (bill.topUpMinor > 0 && !addPayment(bill.existingId, bill.topUpMinor))
                return fail(error);
            if (bill.settles && !bills.setStatus(bill.existingId, BillStatus::Paid, &error))
                return fail(error);
            continue;
        }
        const RowData &row = bill.row;
        const BillStatus status = row.paidMinor == row.amountMinor ? BillStatus::Paid : BillStatus::Open;
        insertBill.bindValue(0, row.number);
        insertBill.bindValue(1, m_clients.at(m_clientIndex.value(row.clientKey)).id);
        insertBill.bindValue(2, sql::date(row.issuedOn));
        insertBill.bindValue(3, sql::date(row.dueOn));
        insertBill.bindValue(4, row.amountMinor);
        insertBill.bindValue(5, row.currency);
        insertBill.bindValue(6, sql::text(row.poReference));
        insertBill.bindValue(7, billStatusKey(status));
        if (!insertBill.exec())
            return fail(
                BillImporter::tr("Cannot add bill %1: %2").arg(row.number, sqlErrorText(insertBill.lastError())));
        ++summary.billsAdded;
        if (row.paidMinor > 0 && !addPayment(insertBill.lastInsertId().toLongLong(), row.paidMinor))
            return fail(error);
    }

    if (!db.commit()) {
        const QString why = sqlErrorText(db.lastError());
        db.rollback();
        return BillImporter::tr("Nothing was imported: %1").arg(why);
    }
    return {};
}

} // namespace

ImportOutcome BillImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportOutcome outcome;
        outcome.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return outcome;
    }
    return importData(file.readAll());
}

ImportOutcome BillImporter::importData(const QByteArray &data)
{
    return ImportRun(m_book).run(data);
}

} // namespace duedesk
