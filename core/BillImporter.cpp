#include "BillImporter.h"

#include "Book.h"
#include "CsvReader.h"
#include "ImportColumns.h"
#include "ImportPlan.h"
#include "ImportRows.h"
#include "ImportWriter.h"

#include <QFile>

#include <utility>

namespace duedesk {

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

// Reads and checks the whole file first; writes only a file without problems.
ImportOutcome BillImporter::importData(const QByteArray &data)
{
    using namespace import;

    ImportOutcome outcome;
    const CsvTable table = CsvReader::read(data);
    if (!table.ok()) {
        outcome.error = table.error;
        return outcome;
    }
    if (table.records.isEmpty()) {
        outcome.error = tr("the file is empty");
        return outcome;
    }
    const QString bookCurrency = m_book.currency();
    const QString bookRegion = m_book.region();
    const qsizetype header = findHeader(table.records);
    ImportColumns columns;
    const QString headerError = columns.read(table.records.at(header));
    outcome.summary.format = formatKey(columns.format());
    if (!headerError.isEmpty()) {
        outcome.error = headerError;
        return outcome;
    }

    ImportRows rows(columns, table.delimiter, bookRegion, bookCurrency);
    rows.chooseDateOrder(table.records, header + 1);
    ImportPlan plan(columns);
    for (qsizetype r = header + 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        if (ImportRows::isBlank(record))
            continue;
        ++outcome.summary.rows;
        if (rows.isSkipped(record))
            continue;
        QStringList reasons;
        const ImportRow row = rows.parse(record, reasons);
        plan.addRow(row, std::move(reasons));
    }
    plan.checkBook(m_book);
    if (plan.hasProblems()) {
        outcome.problems = plan.problems();
        return outcome;
    }

    ImportSummary summary = outcome.summary;
    const QString error = ImportWriter(m_book).write(plan, summary);
    if (!error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    outcome.summary = summary;
    outcome.ok = true;
    return outcome;
}

} // namespace duedesk
