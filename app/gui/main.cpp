// duedesk: the desktop app. Opens the owner's book (or --db PATH, or the demo book with --demo) and shows
// the dashboard.

#include <AppPaths.h>
#include <Book.h>
#include <Clock.h>
#include <DashboardModel.h>
#include <Seeder.h>
#include <TranslationLoader.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;

namespace {

// Creates the demo book with a realistic business on first use.
bool prepareDemoBook(const QString &path, const Clock &clock, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    auto book = Book::open(path, clock, {.create = true});
    if (!book) {
        *error = book.error();
        return false;
    }
    (*book)->setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));
    (*book)->setSetting(QStringLiteral("currency"), QStringLiteral("GBP"));
    (*book)->setSetting(QStringLiteral("region"), QStringLiteral("GB"));
    SeedOptions options;
    options.clients = 60;
    options.bills = 400;
    options.seed = 7;
    const auto seeded = Seeder::seed(**book, options);
    if (!seeded) {
        *error = seeded.error();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("DueDesk"));
    QGuiApplication::setApplicationName(QStringLiteral("DueDesk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("DueDesk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DUEDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(DUEDESK_APP_ID));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QGuiApplication::translate("main", "DueDesk gets your bills paid."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QGuiApplication::translate("main", "Open the book at <path>."),
                                      QStringLiteral("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QGuiApplication::translate("main", "Open the demo book (created on first use)."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QGuiApplication::translate("main", "Use <language> (en, es, fr, de)."),
                                            QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QGuiApplication::translate("main", "Save the first frame to <file> and quit."),
        QStringLiteral("file"));
    parser.addOptions({dbOption, demoOption, languageOption, screenshotOption});
    parser.process(app);
    installTranslations(parser.value(languageOption));

    SystemClock clock;
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultBookPath();
    QString error;
    if (parser.isSet(demoOption)) {
        path = demoBookPath();
        if (!prepareDemoBook(path, clock, &error)) {
            std::fprintf(stderr, "duedesk: %s\n", qPrintable(error));
            return 1;
        }
    }
    auto opened = Book::open(path, clock, {.create = !parser.isSet(dbOption)});
    if (!opened) {
        std::fprintf(stderr, "duedesk: %s\n", qPrintable(opened.error()));
        return 1;
    }

    DashboardModel dashboard(*opened);
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("dashboard"), QVariant::fromValue(&dashboard)}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(screenshotOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        const QString file = parser.value(screenshotOption);
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window, file] {
            static bool done = false;
            if (done)
                return;
            done = true;
            QTimer::singleShot(200, window, [window, file] {
                window->grabWindow().save(file);
                QCoreApplication::quit();
            });
        });
    }
    return app.exec();
}
