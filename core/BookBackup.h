#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace duedesk {

class Book;

struct BackupFile {
    QString path;
    QDateTime modified;   // local time of the file
    qint64 bytes = 0;
};

// Copies of the book. A backup is a complete, consistent book file ("VACUUM INTO" takes a read snapshot, so
// the app may keep writing meanwhile); restoring means opening that file as the book.
class BookBackup
{
    Q_DECLARE_TR_FUNCTIONS(BookBackup)
public:
    // Writes "<book name>-backup-<yyyy-MM-dd-HHmmss>.duedesk" (book clock, local time) into folder, creating the
    // folder when needed, and returns its path. Never overwrites a file. Records "backup_made" in the audit log.
    static Result<QString> backUp(const Book &book, const QString &folder);
    // The backups of this book in folder, newest first.
    static QList<BackupFile> list(const Book &book, const QString &folder);
};

} // namespace duedesk
