#include "CsvReader.h"

#include <QStringDecoder>

namespace duedesk {

namespace {

constexpr QChar quote = u'"';
constexpr QChar cr = u'\r';
constexpr QChar lf = u'\n';

// True when text holds only UTF-8. Incomplete sequences count as errors.
bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString ignored = decoder.decode(bytes);
    return !decoder.hasError();
}

// The 1-based line (LF, CRLF or a lone CR ends a line) holding the first byte that is not UTF-8.
// Line breaks are ASCII and never part of a multi-byte sequence, so each line can be checked alone.
int firstNonUtf8Line(QByteArrayView bytes)
{
    int line = 1;
    qsizetype start = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && bytes[i] != '\n' && bytes[i] != '\r')
            continue;
        if (!isUtf8(bytes.sliced(start, i - start)))
            return line;
        if (i < n && bytes[i] == '\r' && i + 1 < n && bytes[i + 1] == '\n')
            ++i;
        ++line;
        start = i + 1;
    }
    return line - 1;
}

// Comma or semicolon, whichever the first non-empty line has more of outside quotes; comma on a tie.
QChar detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    bool seenContent = false;
    for (QChar c : text) {
        if (c == quote) {
            quoted = !quoted;   // an escaped "" toggles twice
        } else if (quoted) {
            continue;
        } else if (c == cr || c == lf) {
            if (seenContent)
                break;
        } else if (c == u',') {
            ++commas;
        } else if (c == u';') {
            ++semicolons;
        }
        if (!c.isSpace())
            seenContent = true;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

CsvTable CsvReader::read(const QByteArray &data)
{
    CsvTable table;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);

    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        table.errorLine = firstNonUtf8Line(bytes);
        table.error = tr("line %1 is not UTF-8 text; save the file as CSV UTF-8 and import it again")
                          .arg(table.errorLine);
        return table;
    }

    const QChar delimiter = detectDelimiter(text);
    table.delimiter = delimiter;

    int line = 1;            // line of the character being read
    int recordLine = 1;      // line where the current record started
    int quoteLine = 0;       // line where the open quoted field started
    bool inQuotes = false;
    bool fieldQuoted = false; // the current field had an opening quote
    QStringList fields;
    QString field;

    auto endField = [&] {
        fields.append(field);
        field.clear();
        fieldQuoted = false;
    };
    auto endRecord = [&] {
        const bool blank = fields.isEmpty() && !fieldQuoted && field.trimmed().isEmpty();
        if (blank) {
            field.clear();
        } else {
            endField();
            table.records.append(CsvRecord{recordLine, fields});
        }
        fields.clear();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == quote) {
                if (i + 1 < n && text.at(i + 1) == quote) {
                    field.append(quote);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == cr || c == lf) {
                if (c == cr && i + 1 < n && text.at(i + 1) == lf)
                    ++i;
                field.append(lf);
                ++line;
            } else {
                field.append(c);
            }
        } else if (c == delimiter) {
            endField();
        } else if (c == cr || c == lf) {
            if (c == cr && i + 1 < n && text.at(i + 1) == lf)
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == quote && !fieldQuoted && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        table.records.clear();
        table.errorLine = quoteLine;
        table.error = tr("line %1 opens a quoted field that is never closed (a missing '\"'?)").arg(quoteLine);
        return table;
    }
    endRecord();
    return table;
}

} // namespace duedesk
