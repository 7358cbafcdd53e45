#include "BillImporter.h"

#include <QFile>

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

ImportOutcome BillImporter::importData(const QByteArray &)
{
    ImportOutcome outcome;
    outcome.error = tr("CSV import is not available yet");
    return outcome;
}

} // namespace duedesk
