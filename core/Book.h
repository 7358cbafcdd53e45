#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QLocale>
#include <QString>

#include <memory>

namespace duedesk {

class Clock;

struct BookOpenOptions {
    bool create = false;   // create a new book when the file does not exist
};

// The owner's book: one SQLite file holding clients, bills and payments.
//
// Opening never modifies a file that is not a DueDesk book, or a book written by a newer DueDesk:
// those are refused with a clear error before anything is written. Each thread that touches the book
// gets its own connection (database()); all connections close with the Book.
class Book
{
    Q_DECLARE_TR_FUNCTIONS(Book)
public:
    using OpenOptions = BookOpenOptions;

    // Opens (and, when asked, creates) the book at path and brings an older schema up to date.
    static Result<std::shared_ptr<Book>> open(const QString &path, const Clock &clock, OpenOptions options = BookOpenOptions());

    ~Book();
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    const QString &path() const { return m_path; }
    const Clock &clock() const { return m_clock; }

    // The connection for the calling thread, opened on first use with the book's pragmas.
    QSqlDatabase database() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    // Book-wide settings (business name, currency, region, language). Missing keys give fallback.
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value, QString *error = nullptr);
    QString currency() const { return setting(QStringLiteral("currency"), QStringLiteral("GBP")); }
    QString region() const { return setting(QStringLiteral("region"), QStringLiteral("GB")); }
    // The locale for showing the book's money and dates: the book's language (or else the app's default
    // locale's, or English) in the book's region, so an English GB book shows "£1,234.50" everywhere.
    QLocale locale() const;

    // The 32-bit SQLite application_id that marks a DueDesk book ("DDBK").
    static constexpr qint32 applicationId = 0x4444424b;

private:
    Book(QString path, const Clock &clock);
    bool migrate(QString *error);

    QString m_path;
    const Clock &m_clock;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
};

// The SQL text of an error, for logs and messages.
QString sqlErrorText(const class QSqlError &error);

} // namespace duedesk
