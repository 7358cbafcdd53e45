#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace duedesk {

// One record of a CSV file: its fields, unquoted and unescaped, and the 1-based line of the file where
// the record starts (a quoted field may carry it over several lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QChar delimiter = QLatin1Char(',');
    QList<CsvRecord> records;   // in file order, the header first; empty lines are not records
    QString error;              // translated file-level error; empty when the whole file was read
    int errorLine = 0;          // the 1-based line the error points at, 0 when it points at no line

    bool ok() const { return error.isEmpty(); }
};

// Reads RFC 4180 CSV encoded in UTF-8, with or without a byte order mark.
//
// The delimiter is a comma or a semicolon, whichever the first non-empty line has more of outside
// quotes (a comma on a tie). Fields may be quoted; inside quotes "" is a quote and delimiters and line
// breaks are text (a quoted CRLF or CR becomes "\n"). Records end at LF, CRLF or a lone CR. Lines that
// hold nothing at all, or only spaces, are skipped. Leniencies: spaces before an opening quote are
// dropped, a quote inside an unquoted field is kept as text, and text after a closing quote is kept.
// Bytes that are not UTF-8 and a quote that is never closed fail the whole file, with the line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static CsvTable read(const QByteArray &data);
};

} // namespace duedesk
