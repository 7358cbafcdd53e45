#include "ImportRows.h"

#include "BillImporter.h"
#include "Currency.h"
#include "Money.h"

#include <QRegularExpression>
#include <QSet>

namespace duedesk::import {

namespace {

// Regions whose accounting exports write numeric dates month first (MM/dd/yyyy).
bool monthFirstRegion(const QString &region)
{
    static const QSet<QString> regions{QStringLiteral("US"), QStringLiteral("PH"), QStringLiteral("AS"),
                                       QStringLiteral("GU"), QStringLiteral("MP"), QStringLiteral("PR"),
                                       QStringLiteral("UM"), QStringLiteral("VI"), QStringLiteral("FM"),
                                       QStringLiteral("MH"), QStringLiteral("PW")};
    return regions.contains(region.trimmed().toUpper());
}

QDate isoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// A date in numbers only, "03/04/2026": which of its first two numbers is the day the text does not tell.
struct NumericDate {
    int first = 0;
    int second = 0;
    int year = 0;
};

std::optional<NumericDate> numericDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return NumericDate{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

// A date as Xero and QuickBooks write it: ISO, numeric day and month in the given order, or "31 Dec 2026".
QDate exportDate(const QString &text, bool dayFirst)
{
    if (const QDate d = isoDate(text); d.isValid())
        return d;
    if (const std::optional<NumericDate> n = numericDate(text))
        return dayFirst ? QDate(n->year, n->second, n->first) : QDate(n->year, n->first, n->second);
    for (const QString &format : {QStringLiteral("d MMM yyyy"), QStringLiteral("d-MMM-yyyy"),
                                  QStringLiteral("MMM d, yyyy"), QStringLiteral("d MMMM yyyy")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}

// Exports may list several values in one field ("a@x.com, b@y.com").
const QRegularExpression &listSeparators()
{
    static const QRegularExpression re(QStringLiteral("[,;\\s]+"));
    return re;
}

} // namespace

QString clientKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

ImportRows::ImportRows(const ImportColumns &columns, QChar delimiter, const QString &bookRegion,
                       const QString &bookCurrency)
    : m_columns(columns)
    , m_delimiter(delimiter)
    , m_bookRegion(bookRegion)
    , m_bookCurrency(bookCurrency)
{
}

void ImportRows::chooseDateOrder(const QList<CsvRecord> &records, qsizetype firstRow)
{
    m_dayFirst = !monthFirstRegion(m_bookRegion);
    if (m_columns.isGeneric())
        return;
    bool dayFirstSeen = false;
    bool monthFirstSeen = false;
    for (qsizetype r = firstRow; r < records.size(); ++r) {
        for (Field field : {IssuedOnField, DueOnField}) {
            const std::optional<NumericDate> n = numericDate(m_columns.value(records.at(r), field));
            if (!n)
                continue;
            dayFirstSeen = dayFirstSeen || (n->first > 12 && n->second <= 12);
            monthFirstSeen = monthFirstSeen || (n->second > 12 && n->first <= 12);
        }
    }
    if (dayFirstSeen != monthFirstSeen)
        m_dayFirst = dayFirstSeen;
}

bool ImportRows::isBlank(const CsvRecord &record)
{
    bool blank = true;
    for (const QString &field : record.fields)
        blank = blank && field.trimmed().isEmpty();
    return blank;
}

bool ImportRows::isSkipped(const CsvRecord &record) const
{
    if (m_columns.isGeneric())
        return false;
    const bool quickBooks = m_columns.format() == Format::QuickBooks;
    if (quickBooks && m_columns.value(record, BillNumberField).isEmpty()
        && m_columns.value(record, ClientField).isEmpty())
        return true;
    const QString status = headerKey(m_columns.value(record, StatusField));
    if (status == QLatin1String("voided") || status == QLatin1String("void") || status == QLatin1String("deleted")
        || status == QLatin1String("draft"))
        return true;
    const QString type = headerKey(m_columns.value(record, TypeField));
    if (type.contains(QLatin1String("credit")))
        return true;
    return quickBooks && !type.isEmpty() && type != QLatin1String("invoice");
}

ImportRow ImportRows::parse(const CsvRecord &record, QStringList &reasons) const
{
    ImportRow row;
    row.line = record.line;

    const int headerSize = m_columns.headerSize();
    for (qsizetype i = headerSize; i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            reasons.append(BillImporter::tr("the row has %1 fields but the header has %2 (put values that contain "
                                            "'%3' in double quotes)")
                               .arg(record.fields.size())
                               .arg(headerSize)
                               .arg(m_delimiter));
            break;
        }
    }

    row.clientName = required(record, ClientField, reasons);
    row.clientKey = clientKey(row.clientName);
    parseContact(record, row, reasons);

    row.number = required(record, BillNumberField, reasons);
    if (const QString issued = m_columns.value(record, IssuedOnField); !issued.isEmpty())
        row.issuedOn = parseDate(issued, IssuedOnField, reasons);
    if (const QString due = required(record, DueOnField, reasons); !due.isEmpty())
        row.dueOn = parseDate(due, DueOnField, reasons);
    row.poReference = m_columns.value(record, PoReferenceField);

    parseAmounts(record, row, reasons);
    return row;
}

QString ImportRows::required(const CsvRecord &record, Field field, QStringList &reasons) const
{
    const QString text = m_columns.value(record, field);
    if (text.isEmpty())
        reasons.append(BillImporter::tr("%1 is empty").arg(m_columns.name(field)));
    return text;
}

// Email, phone, Telegram, WhatsApp, preferred channel and opt-ins.
void ImportRows::parseContact(const CsvRecord &record, ImportRow &row, QStringList &reasons) const
{
    // Of several addresses, the first is the one to write to.
    const QStringList emails = m_columns.value(record, EmailField).split(listSeparators(), Qt::SkipEmptyParts);
    if (!emails.isEmpty()) {
        static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        row.email = emails.first();
        if (!emailPattern.match(row.email).hasMatch())
            reasons.append(
                BillImporter::tr("%1 \"%2\" is not an email address").arg(m_columns.name(EmailField), row.email));
    }

    if (const std::optional<PhoneNumber> phone = parsePhone(record, PhoneField, reasons)) {
        row.phoneE164 = phone->e164();
        row.phoneWarning = phone->warning();
    }
    if (const std::optional<PhoneNumber> whatsapp = parsePhone(record, WhatsAppField, reasons))
        row.whatsapp = whatsapp->e164().mid(1);   // a wa_id is E.164 without '+'
    if (const QString telegram = m_columns.value(record, TelegramField); !telegram.isEmpty()) {
        static const QRegularExpression chatId(QStringLiteral("^-?\\d{1,20}$"));
        row.telegram = telegram;
        if (!chatId.match(telegram).hasMatch())
            reasons.append(BillImporter::tr("%1 \"%2\" is not a Telegram chat id (a number)")
                               .arg(m_columns.name(TelegramField), telegram));
    }
    if (const QString preferred = m_columns.value(record, PreferredChannelField); !preferred.isEmpty()) {
        row.preferredChannel = channelFromKey(preferred);
        if (!row.preferredChannel)
            reasons.append(BillImporter::tr("%1 \"%2\" is not a channel (use whatsapp, telegram, sms or email)")
                               .arg(m_columns.name(PreferredChannelField), preferred));
    }
    for (const QString &item : m_columns.value(record, OptedInField).split(listSeparators(), Qt::SkipEmptyParts)) {
        if (item.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            row.optedIn = allChannels();
        } else if (const std::optional<Channel> channel = channelFromKey(item)) {
            if (!row.optedIn.contains(*channel))
                row.optedIn.append(*channel);
        } else {
            reasons.append(BillImporter::tr("%1: \"%2\" is not a channel (use whatsapp, telegram, sms, email or all)")
                               .arg(m_columns.name(OptedInField), item));
        }
    }
}

// The number in field; nothing when the field is empty or holds no possible number (a reason then).
std::optional<PhoneNumber> ImportRows::parsePhone(const CsvRecord &record, Field field, QStringList &reasons) const
{
    const QString text = m_columns.value(record, field);
    if (text.isEmpty())
        return std::nullopt;
    auto it = m_phones.find(text);
    if (it == m_phones.end())
        it = m_phones.insert(text, PhoneNumber::parse(text, m_bookRegion));
    if (!it->number)
        reasons.append(BillImporter::tr("%1: %2").arg(m_columns.name(field), it->error));
    return it->number;
}

// Currency, amount and the paid part of it.
void ImportRows::parseAmounts(const CsvRecord &record, ImportRow &row, QStringList &reasons) const
{
    // Xero and QuickBooks leave the currency out when the organisation uses one currency: the book's.
    const bool generic = m_columns.isGeneric();
    row.currency = generic ? required(record, CurrencyField, reasons) : m_columns.value(record, CurrencyField);
    if (row.currency.isEmpty() && !generic)
        row.currency = m_bookCurrency;
    row.currency = row.currency.toUpper();
    const bool currencyKnown = !row.currency.isEmpty() && Currency::isKnown(row.currency);
    if (!row.currency.isEmpty() && !currencyKnown)
        reasons.append(BillImporter::tr("%1 \"%2\" is not a known currency code (e.g. GBP, EUR, USD)")
                           .arg(m_columns.name(CurrencyField), m_columns.value(record, CurrencyField)));

    const QString amountText = required(record, AmountField, reasons);
    if (!currencyKnown || amountText.isEmpty())
        return;
    const std::optional<qint64> amount = parseAmount(amountText, AmountField, row.currency, reasons);
    if (!amount)
        return;
    row.amountMinor = *amount;

    const QString paidText = m_columns.value(record, PaidField);
    const QString dueText = m_columns.value(record, AmountDueField);
    if (!paidText.isEmpty()) {
        if (const std::optional<qint64> paid = parsePartOfAmount(paidText, PaidField, row, amountText, reasons))
            row.paidMinor = *paid;
    } else if (!dueText.isEmpty()) {
        if (const std::optional<qint64> due = parsePartOfAmount(dueText, AmountDueField, row, amountText, reasons))
            row.paidMinor = row.amountMinor - *due;
    } else if (headerKey(m_columns.value(record, StatusField)) == QLatin1String("paid")) {
        row.paidMinor = row.amountMinor;
    }
}

// A non-negative amount in minor units of currency. Xero and QuickBooks amounts may carry a currency
// symbol, spaces, or parentheses for a negative.
std::optional<qint64> ImportRows::parseAmount(const QString &input, Field field, const QString &currency,
                                              QStringList &reasons) const
{
    QString text = input;
    if (!m_columns.isGeneric()) {
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
        reasons.append(BillImporter::tr("%1: %2").arg(m_columns.name(field), error));
        return std::nullopt;
    }
    if (money->minor() < 0) {
        reasons.append(BillImporter::tr("%1 \"%2\" is negative").arg(m_columns.name(field), input));
        return std::nullopt;
    }
    return money->minor();
}

// An amount (paid, or still due) that is part of the row's amount: no more than all of it.
std::optional<qint64> ImportRows::parsePartOfAmount(const QString &text, Field field, const ImportRow &row,
                                                    const QString &amountText, QStringList &reasons) const
{
    const std::optional<qint64> part = parseAmount(text, field, row.currency, reasons);
    if (!part)
        return std::nullopt;
    if (*part > row.amountMinor) {
        reasons.append(BillImporter::tr("%1 %2 is more than %3 %4")
                           .arg(m_columns.name(field), text, m_columns.name(AmountField), amountText));
        return std::nullopt;
    }
    return part;
}

QDate ImportRows::parseDate(const QString &text, Field field, QStringList &reasons) const
{
    if (m_columns.isGeneric()) {
        const QDate d = isoDate(text);
        if (!d.isValid())
            reasons.append(
                BillImporter::tr("%1 \"%2\" is not a date (use YYYY-MM-DD)").arg(m_columns.name(field), text));
        return d;
    }
    const QDate d = exportDate(text, m_dayFirst);
    if (!d.isValid())
        reasons.append(BillImporter::tr("%1 \"%2\" is not a date (expected YYYY-MM-DD or %3)")
                           .arg(m_columns.name(field), text,
                                m_dayFirst ? QStringLiteral("DD/MM/YYYY") : QStringLiteral("MM/DD/YYYY")));
    return d;
}

} // namespace duedesk::import
