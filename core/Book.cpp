#include "Book.h"

#include "Clock.h"
#include "SqlScript.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcBook, "duedesk.book", QtInfoMsg)

namespace duedesk {

namespace {

// Migrations embedded from resources/sql/sqlite, applied in order; the file number is the version.
QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/duedesk/sql/sqlite")).entryList({QStringLiteral("*.sql")}, QDir::Files,
                                                                                QDir::Name);
    return files;
}

int versionOf(const QString &fileName)
{
    return fileName.section(QLatin1Char('_'), 0, 0).toInt();
}

// What the first 100 bytes of an existing file say about it, read without opening it in SQLite.
struct HeaderCheck {
    bool empty = false;
    bool sqlite = false;
    qint32 applicationId = 0;
};

bool readHeader(const QString &path, HeaderCheck *out, QString *ioError)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *ioError = file.errorString();
        return false;
    }
    const QByteArray header = file.read(100);
    out->empty = header.isEmpty();
    out->sqlite = header.size() == 100 && header.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (out->sqlite) {
        const auto *b = reinterpret_cast<const uchar *>(header.constData());
        out->applicationId = qint32((quint32(b[68]) << 24) | (quint32(b[69]) << 16) | (quint32(b[70]) << 8) | b[71]);
    }
    return true;
}

QAtomicInteger<quint64> bookCounter;
QAtomicInteger<quint64> threadCounter;

// A number for the calling thread that is never reused, unlike thread ids: Qt refuses a connection to any
// thread but the one that opened it, so a new thread must never inherit a dead one's connection name.
quint64 threadSerial()
{
    thread_local const quint64 serial = threadCounter.fetchAndAddRelaxed(1);
    return serial;
}

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text;
}

Book::Book(QString path, const Clock &clock)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_connectionPrefix(QStringLiteral("duedesk-book-%1-").arg(bookCounter.fetchAndAddRelaxed(1)))
{
}

Book::~Book()
{
    // removeDatabase() closes each connection; asking for a connection with database() from this thread would be
    // refused (with a warning) for the connections of other, finished threads.
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

int Book::latestSchemaVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

QSqlDatabase Book::database() const
{
    const QString name = m_connectionPrefix + QString::number(threadSerial());
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.contains(name))
            return QSqlDatabase::database(name, false);
        m_connections.insert(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcBook) << "cannot open" << m_path << sqlErrorText(db.lastError());
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

Result<std::shared_ptr<Book>> Book::open(const QString &path, const Clock &clock, OpenOptions options)
{
    using R = Result<std::shared_ptr<Book>>;
    if (path.isEmpty())
        return R::failure(tr("No book file was given."));
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return R::failure(tr("%1 is a folder, not a DueDesk book.").arg(path));
    if (!exists) {
        if (!options.create)
            return R::failure(tr("There is no book at %1.").arg(path));
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return R::failure(tr("Cannot create a book in %1: the folder does not exist.").arg(info.absolutePath()));
    }

    HeaderCheck header;
    if (exists) {
        QString ioError;
        if (!readHeader(path, &header, &ioError))
            return R::failure(tr("Cannot read %1: %2").arg(path, ioError));
        if (!header.empty && !header.sqlite)
            return R::failure(tr("%1 is not a DueDesk book (it is not a database file). It was left unchanged.").arg(path));
        if (header.sqlite && header.applicationId != 0 && header.applicationId != applicationId)
            return R::failure(tr("%1 belongs to another program, not DueDesk. It was left unchanged.").arg(path));
    }

    // The folder must take the write-ahead log next to the book; test it before SQLite writes anything.
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable() || (exists && !info.isWritable()))
        return R::failure(tr("Cannot open %1 for writing: the file or its folder is read-only. "
                             "Copy the book to a folder you can write to, or change the permissions.")
                              .arg(path));

    std::shared_ptr<Book> book(new Book(path, clock));
    QSqlDatabase db = book->database();
    if (!db.isOpen())
        return R::failure(tr("Cannot open %1: %2").arg(path, sqlErrorText(db.lastError())));

    QSqlQuery q(db);
    // Inspect before writing anything: a foreign SQLite file (tables but no DueDesk marks) or a newer
    // schema is refused here.
    // The id is read through SQLite: the file header can lag behind an un-checkpointed write-ahead log.
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), application_id FROM pragma_application_id"))
        || !q.next())
        return R::failure(tr("%1 is not a DueDesk book: %2. It was left unchanged.").arg(path, sqlErrorText(q.lastError())));
    const int objectCount = q.value(0).toInt();
    const int bookApplicationId = q.value(1).toInt();
    q.finish();
    if (objectCount > 0 && bookApplicationId != applicationId)
        return R::failure(tr("%1 is a database of another program, not a DueDesk book. It was left unchanged.").arg(path));
    if (objectCount > 0) {
        const int version = book->schemaVersion();
        if (version > latestSchemaVersion())
            return R::failure(tr("%1 was written by a newer DueDesk (book format %2; this DueDesk reads up to %3). "
                                 "Update DueDesk to open it. The book was left unchanged.")
                                  .arg(path)
                                  .arg(version)
                                  .arg(latestSchemaVersion()));
    }

    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return R::failure(tr("Cannot open %1: %2").arg(path, sqlErrorText(q.lastError())));
    q.finish(); // the pragma returns a row; an unfinished statement would block the migration's commit
    QString error;
    if (!book->migrate(&error))
        return R::failure(error);
    return book;
}

int Book::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Book::migrate(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const int current = schemaVersion();
    const QStringList files = migrationFiles();
    for (const QString &fileName : files) {
        const int version = versionOf(fileName);
        if (version <= current)
            continue;
        QFile file(QStringLiteral(":/duedesk/sql/sqlite/") + fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("DueDesk is damaged: migration %1 is missing.").arg(fileName);
            return false;
        }
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
        if (!db.transaction()) {
            *error = tr("Cannot update the book %1: %2").arg(m_path, sqlErrorText(db.lastError()));
            return false;
        }
        QStringList all = statements;
        if (version == 1) {
            all.prepend(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                       "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
            all.append(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        }
        all.append(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, '%2', '%3')")
                       .arg(version)
                       .arg(fileName, m_clock.now().toUTC().toString(Qt::ISODate)));
        all.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &statement : std::as_const(all)) {
            if (!q.exec(statement)) {
                const QString why = sqlErrorText(q.lastError());
                db.rollback();
                *error = tr("Cannot update the book %1 to format %2: %3. The book was left as it was.")
                             .arg(m_path)
                             .arg(version)
                             .arg(why);
                return false;
            }
        }
        q.finish();
        if (!db.commit()) {
            const QString why = sqlErrorText(db.lastError());
            db.rollback();
            *error = tr("Cannot update the book %1: %2").arg(m_path, why);
            return false;
        }
        qCDebug(lcBook) << "book" << m_path << "now at schema" << version;
    }
    return true;
}

QString Book::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

QLocale Book::locale() const
{
    QString language = setting(QStringLiteral("language"));
    if (language.isEmpty()) {
        const QLocale current; // the default locale: the UI language the app runs in
        language = current.language() == QLocale::C ? QStringLiteral("en") : QLocale::languageToCode(current.language());
    }
    const QLocale withRegion(language + QLatin1Char('_') + region());
    // An unknown pair (say "de_JP") falls back to C; then the language alone is the better choice.
    return withRegion.language() == QLocale::C ? QLocale(language) : withRegion;
}

bool Book::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot save the setting %1: %2").arg(key, sqlErrorText(q.lastError()));
        return false;
    }
    return true;
}

} // namespace duedesk
