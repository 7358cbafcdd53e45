#include "BookBackup.h"

#include "AuditLog.h"
#include "Book.h"
#include "Clock.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace duedesk {

namespace {

QString prefixFor(const Book &book)
{
    return QFileInfo(book.path()).completeBaseName() + QStringLiteral("-backup-");
}

const QString kSuffix = QStringLiteral(".duedesk");

} // namespace

Result<QString> BookBackup::backUp(const Book &book, const QString &folder)
{
    using R = Result<QString>;
    if (folder.trimmed().isEmpty())
        return R::failure(tr("Choose a folder for the backups."));
    QDir dir(folder);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return R::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QString stamp = book.clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString path = dir.absoluteFilePath(prefixFor(book) + stamp + kSuffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.absoluteFilePath(prefixFor(book) + stamp + QStringLiteral("-%1").arg(n) + kSuffix);
    QSqlQuery q(book.database());
    // VACUUM INTO takes its file name as a value, so it can be bound.
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return R::failure(tr("Cannot back up the book to %1: %2")
                              .arg(QDir::toNativeSeparators(path), sqlErrorText(q.lastError())));
    q.finish();
    // The Activity page lists backups. The copy is made either way: a failed record does not undo it.
    WriteTransaction tx(book.database());
    if (tx.isActive()
        && AuditLog(book).append(QStringLiteral("backup_made"), QStringLiteral("owner"), 0, 0,
                                 {{QStringLiteral("file"), QDir::toNativeSeparators(path)}}))
        tx.commit();
    return path;
}

QList<BackupFile> BookBackup::list(const Book &book, const QString &folder)
{
    QList<BackupFile> files;
    if (folder.isEmpty())
        return files;
    const QFileInfoList found = QDir(folder).entryInfoList({prefixFor(book) + QLatin1Char('*') + kSuffix}, QDir::Files);
    for (const QFileInfo &info : found)
        files.append({info.absoluteFilePath(), info.lastModified(), info.size()});
    // The name carries the time of the backup, so the newest sorts last.
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) { return a.path > b.path; });
    return files;
}

} // namespace duedesk
