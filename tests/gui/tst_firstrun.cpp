// The first start: BookChooser decides which book opens at start (the remembered one, the default one, or none:
// ask), and FirstRun's three choices create, open or seed the right book in a temporary folder. Writes
// firstrun.png, firstrun-new.png and firstrun-dark.png for a human to look at.

#include "QuickTestHelpers.h"
#include "TestBook.h"

#include <BookChooser.h>
#include <Repositories.h>

#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;
using namespace quicktest;

namespace {

// A chooser whose default book, demo book and memory all live in a temporary folder.
struct Folder {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    BookChooser::Places places() const
    {
        return {dir.filePath(QStringLiteral("book.duedesk")), dir.filePath(QStringLiteral("demo.duedesk")),
                dir.filePath(QStringLiteral("settings.ini"))};
    }
};

qint64 countOf(Book &book, const QString &table)
{
    QSqlQuery q(book.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class tst_FirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void withoutABookTheOwnerIsAsked()
    {
        Folder f;
        BookChooser chooser(f.clock, f.places());
        QVERIFY(chooser.startupBook().isEmpty());
        // A default book made by an earlier DueDesk opens without asking.
        QVERIFY(Book::open(f.places().newBook, f.clock, {.create = true}));
        QCOMPARE(chooser.startupBook(), f.places().newBook);
    }

    void startingANewBookCreatesItWithTheOwnersSettings()
    {
        Folder f;
        BookChooser chooser(f.clock, f.places());
        QSignalSpy chosen(&chooser, &BookChooser::chosen);
        QVERIFY(chooser.createBook(QStringLiteral("  Nguyen Bakery "), QStringLiteral("EUR"), QStringLiteral("IE")));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), f.places().newBook);
        QVERIFY(chooser.error().isEmpty());
        auto book = Book::open(f.places().newBook, f.clock);
        QVERIFY(book);
        QCOMPARE((*book)->setting(QStringLiteral("business_name")), QStringLiteral("Nguyen Bakery"));
        QCOMPARE((*book)->currency(), QStringLiteral("EUR"));
        QCOMPARE((*book)->region(), QStringLiteral("IE"));
        QCOMPARE(countOf(**book, QStringLiteral("bills")), qint64(0));
        // Next start: straight into it.
        QCOMPARE(BookChooser(f.clock, f.places()).startupBook(), f.places().newBook);
    }

    void aNewBookNeedsANameAndNeverOverwritesOne()
    {
        Folder f;
        BookChooser chooser(f.clock, f.places());
        QSignalSpy chosen(&chooser, &BookChooser::chosen);
        QVERIFY(!chooser.createBook(QStringLiteral("   "), QStringLiteral("GBP"), QStringLiteral("GB")));
        QCOMPARE(chooser.error(), QStringLiteral("Please enter the name of your business."));
        QVERIFY(!QFile::exists(f.places().newBook));
        QVERIFY(!chooser.createBook(QStringLiteral("Bakery"), QStringLiteral("XXX"), QStringLiteral("GB")));
        QVERIFY(chooser.createBook(QStringLiteral("Bakery"), QStringLiteral("GBP"), QStringLiteral("GB")));
        QVERIFY(!chooser.createBook(QStringLiteral("Another"), QStringLiteral("GBP"), QStringLiteral("GB")));
        QVERIFY(chooser.error().startsWith(QStringLiteral("There is already a book at")));
        QCOMPARE(chosen.count(), 1);
        auto book = Book::open(f.places().newBook, f.clock);
        QVERIFY(book);
        QCOMPARE((*book)->setting(QStringLiteral("business_name")), QStringLiteral("Bakery"));
    }

    void openingAnExistingBookRemembersIt()
    {
        Folder f;
        TestBook elsewhere;   // a book kept in another folder
        const qint64 client = elsewhere.addClient(QStringLiteral("Ingrid Nguyen"));
        elsewhere.addBill(QStringLiteral("INV-000123"), client, QDate(2026, 10, 1), 120000);
        BookChooser chooser(f.clock, f.places());
        QSignalSpy chosen(&chooser, &BookChooser::chosen);
        QVERIFY(chooser.openBook(QUrl::fromLocalFile(elsewhere.path())));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), elsewhere.path());
        QVERIFY(!QFile::exists(f.places().newBook));   // nothing created at the default place
        QCOMPARE(BookChooser(f.clock, f.places()).startupBook(), QFileInfo(elsewhere.path()).absoluteFilePath());
    }

    void aFileThatIsNotABookIsRefusedUnchanged()
    {
        Folder f;
        const QString notes = f.dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a book\n");
        }
        BookChooser chooser(f.clock, f.places());
        QSignalSpy chosen(&chooser, &BookChooser::chosen);
        QVERIFY(!chooser.openBook(QUrl::fromLocalFile(notes)));
        QVERIFY(!chooser.error().isEmpty());
        QCOMPARE(chosen.count(), 0);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a book\n"));
        QVERIFY(chooser.startupBook().isEmpty());
    }

    void theDemoIsFilledWithDataAndNotRemembered()
    {
        Folder f;
        BookChooser chooser(f.clock, f.places());
        QSignalSpy chosen(&chooser, &BookChooser::chosen);
        QSignalSpy busy(&chooser, &BookChooser::busyChanged);
        chooser.openDemo();
        QVERIFY(chooser.isBusy());   // filled on a worker thread
        QTRY_COMPARE_WITH_TIMEOUT(chosen.count(), 1, 60000);
        QVERIFY(!chooser.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(chosen.first().first().toString(), f.places().demoBook);
        auto book = Book::open(f.places().demoBook, f.clock);
        QVERIFY(book);
        QCOMPARE((*book)->setting(QStringLiteral("business_name")), QStringLiteral("Brightwater Plumbing & Heating"));
        QCOMPARE(countOf(**book, QStringLiteral("bills")), qint64(400));
        QCOMPARE(countOf(**book, QStringLiteral("clients")), qint64(60));
        QVERIFY(chooser.startupBook().isEmpty());   // the owner still has no book of their own
    }

    void suggestionsComeFromTheLocale()
    {
        QCOMPARE(BookChooser::currencyFor(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("EUR"));
        QCOMPARE(BookChooser::regionFor(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("DE"));
        QCOMPARE(BookChooser::currencyFor(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("USD"));
        QCOMPARE(BookChooser::regionFor(QLocale::c()), QStringLiteral("GB"));
        QCOMPARE(BookChooser::currencyFor(QLocale::c()), QStringLiteral("GBP"));
        Folder f;
        const QVariantList regions = BookChooser(f.clock, f.places()).regions();
        QVERIFY(regions.size() > 200);
        QVERIFY(regions.contains(QVariantMap{{QStringLiteral("code"), QStringLiteral("IE")},
                                             {QStringLiteral("name"), QStringLiteral("Ireland")}}));
    }

    void theWindowCreatesTheBookTheOwnerDescribes()
    {
        Folder f;
        BookChooser chooser(f.clock, f.places());
        QSignalSpy chosen(&chooser, &BookChooser::chosen);
        QQmlApplicationEngine engine;
        engine.setInitialProperties({{QStringLiteral("chooser"), QVariant::fromValue(&chooser)}});
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/FirstRun.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(itemNamed(window, QStringLiteral("tryDemo")));
        QVERIFY(itemNamed(window, QStringLiteral("openExistingBook")));
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("firstrun.png")));

        QQuickItem *start = itemNamed(window, QStringLiteral("startNewBook"));
        QVERIFY(start);
        click(window, start);
        QTRY_VERIFY(itemNamed(window, QStringLiteral("businessName")));
        QQuickItem *name = itemNamed(window, QStringLiteral("businessName"));
        QTRY_VERIFY(name->hasActiveFocus());
        for (const char c : QByteArrayLiteral("Nguyen Bakery"))
            QTest::keyClick(window, c);
        QCOMPARE(name->property("text").toString(), QStringLiteral("Nguyen Bakery"));
        // Prefilled from the system locale.
        QCOMPARE(itemNamed(window, QStringLiteral("currency"))->property("currentText").toString(), chooser.suggestedCurrency());
        QCOMPARE(itemNamed(window, QStringLiteral("region"))->property("currentValue").toString(), chooser.suggestedRegion());
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("firstrun-new.png")));

        QVERIFY(useDarkTheme(window));
        QVERIFY(window->grabWindow().save(QStringLiteral("firstrun-dark.png")));

        click(window, itemNamed(window, QStringLiteral("createBook")));
        QCOMPARE(chosen.count(), 1);
        auto book = Book::open(f.places().newBook, f.clock);
        QVERIFY(book);
        QCOMPARE((*book)->setting(QStringLiteral("business_name")), QStringLiteral("Nguyen Bakery"));
        QCOMPARE((*book)->currency(), chooser.suggestedCurrency());
    }
};

QTEST_MAIN(tst_FirstRun)
#include "tst_firstrun.moc"
