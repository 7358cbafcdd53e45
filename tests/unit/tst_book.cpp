#include "TestBook.h"

#include <Book.h>
#include <Clock.h>
#include <Repositories.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <unistd.h>

using namespace duedesk;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file through a private connection, outside DueDesk, as another program would.
bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

int latestVersionIn(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next())
            version = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return version;
}

} // namespace

class tst_Book : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsANewBookAtTheLatestSchema()
    {
        TestBook t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QVERIFY(Book::latestSchemaVersion() >= 1);
        QCOMPARE(t.book().schemaVersion(), Book::latestSchemaVersion());
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Book::applicationId);
    }

    void reopeningAppliesNoMigrationTwiceAndKeepsData()
    {
        TestBook t;
        const qint64 client = t.addClient(QStringLiteral("Rachel Green"));
        t.addBill(QStringLiteral("INV-1"), client, QDate(2026, 11, 1), 12000);
        const QString path = t.path();
        for (int i = 0; i < 3; ++i) {
            auto again = Book::open(path, t.clock());
            QVERIFY2(again, qPrintable(again.error()));
            QCOMPARE((*again)->schemaVersion(), Book::latestSchemaVersion());
            QCOMPARE(BillRepository(**again).count(), qint64(1));
        }
        QCOMPARE(latestVersionIn(path), Book::latestSchemaVersion());
    }

    void refusesABookFromANewerDueDeskAndLeavesItUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.duedesk"));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        {
            auto book = Book::open(path, clock, {.create = true});
            QVERIFY(book);
        }
        QVERIFY(rawExec(path, {QStringLiteral("INSERT INTO schema_migrations VALUES (999, '999_future.sql', 'x')"),
                               QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
        const QByteArray before = fingerprint(path);
        auto book = Book::open(path, clock);
        QVERIFY(!book);
        QVERIFY2(book.error().contains(QStringLiteral("newer DueDesk")), qPrintable(book.error()));
        QVERIFY2(book.error().contains(QStringLiteral("999")), qPrintable(book.error()));
        QCOMPARE(fingerprint(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.duedesk"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear diary, today the Henderson invoice is still unpaid.\n");
        f.close();
        const QByteArray before = fingerprint(path);
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        auto book = Book::open(path, clock, {.create = true});
        QVERIFY(!book);
        QVERIFY2(book.error().contains(QStringLiteral("not a DueDesk book")), qPrintable(book.error()));
        QCOMPARE(fingerprint(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherProgramsDatabase_data()
    {
        QTest::addColumn<int>("applicationId");
        QTest::newRow("no application id") << 0;
        QTest::newRow("someone else's id") << 0x12345678;
    }
    void refusesAnotherProgramsDatabase()
    {
        QFETCH(int, applicationId);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                               QStringLiteral("INSERT INTO songs VALUES ('Yesterday')"),
                               QStringLiteral("PRAGMA application_id = %1").arg(applicationId)}));
        const QByteArray before = fingerprint(path);
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        auto book = Book::open(path, clock, {.create = true});
        QVERIFY(!book);
        QVERIFY2(book.error().contains(QStringLiteral("another program")), qPrintable(book.error()));
        QCOMPARE(fingerprint(path), before);
    }

    void refusesAMissingBookUnlessAskedToCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.duedesk"));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        auto book = Book::open(path, clock);
        QVERIFY(!book);
        QVERIFY2(book.error().contains(QStringLiteral("no book")), qPrintable(book.error()));
        QVERIFY(!QFile::exists(path));
        auto created = Book::open(path, clock, {.create = true});
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(QFile::exists(path));
    }

    // A book on a read-only disk: a clear error and the file untouched. As root, permission bits do not
    // stop writes, so the folder is a tmpfs remounted read-only; otherwise the folder is made read-only.
    void refusesABookOnAReadOnlyDiskAndLeavesItUnchanged()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(folder));
        const bool root = ::geteuid() == 0;
        if (root)
            QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                       {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                        QStringLiteral("size=8m"), QStringLiteral("duedesk-test"), folder}),
                     0);
        auto cleanup = qScopeGuard([&] {
            if (root)
                QProcess::execute(QStringLiteral("umount"), {folder});
            else
                QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        const QString path = folder + QStringLiteral("/book.duedesk");
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        {
            auto book = Book::open(path, clock, {.create = true});
            QVERIFY2(book, qPrintable(book.error()));
            ClientRow c;
            c.name = QStringLiteral("Tom Baker");
            QVERIFY(ClientRepository(**book).insert(c));
        }
        const QByteArray before = fingerprint(path);
        if (root)
            QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}), 0);
        else
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));

        auto book = Book::open(path, clock);
        QVERIFY(!book);
        QVERIFY2(book.error().contains(QStringLiteral("read-only")), qPrintable(book.error()));
        QCOMPARE(fingerprint(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void enforcesForeignKeys()
    {
        TestBook t;
        BillRow b;
        b.number = QStringLiteral("INV-ORPHAN");
        b.clientId = 4242;
        b.dueOn = QDate(2026, 12, 1);
        b.amountMinor = 100;
        b.currency = QStringLiteral("GBP");
        const auto id = BillRepository(t.book()).insert(b);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QStringLiteral("FOREIGN KEY")), qPrintable(id.error()));
    }

    void keepsBillNumbersUnique()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Priya Patel"));
        QVERIFY(t.addBill(QStringLiteral("INV-7"), c, QDate(2026, 12, 1), 100) > 0);
        BillRow b;
        b.number = QStringLiteral("INV-7");
        b.clientId = c;
        b.amountMinor = 5;
        b.currency = QStringLiteral("GBP");
        QVERIFY(!BillRepository(t.book()).insert(b));
        QCOMPARE(BillRepository(t.book()).count(), qint64(1));
    }

    void storesSettings()
    {
        TestBook t;
        QCOMPARE(t.book().currency(), QStringLiteral("GBP"));
        QVERIFY(t.book().setSetting(QStringLiteral("currency"), QStringLiteral("EUR")));
        QVERIFY(t.book().setSetting(QStringLiteral("currency"), QStringLiteral("USD")));
        QCOMPARE(t.book().currency(), QStringLiteral("USD"));
        QCOMPARE(t.book().setting(QStringLiteral("nope"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    }

    void givesEachThreadItsOwnConnection()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Aisha Khan"));
        const QString mine = t.book().database().connectionName();
        QString theirs;
        qint64 seenClients = -1;
        QThread *worker = QThread::create([&] {
            theirs = t.book().database().connectionName();
            seenClients = ClientRepository(t.book()).count();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QCOMPARE(seenClients, qint64(1));
        QVERIFY(ClientRepository(t.book()).byId(c).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_Book)
#include "tst_book.moc"
