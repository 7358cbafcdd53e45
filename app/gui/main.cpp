// duedesk: the desktop app. Opens the owner's book (or --db PATH, or the demo book with --demo) and shows
// the dashboard, the bills, the weekly cash snapshot and the call queue.

#include <AppModels.h>
#include <AppPaths.h>
#include <Book.h>
#include <Clock.h>
#include <ChaseEngine.h>
#include <Seeder.h>
#include <TranslationLoader.h>

#include <QCommandLineParser>
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
    // The models outlive the engine (declared first, destroyed last): QML bindings may read them until the end.
    std::unique_ptr<AppModels> models;
    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    if (opened) {
        // The reminders that fell due since DueDesk last ran are drafted now, for the owner to approve.
        const auto planned = ChaseEngine(**opened).plan(clock.today());
        if (!planned)
            std::fprintf(stderr, "duedesk: %s\n", qPrintable(planned.error()));
        models = std::make_unique<AppModels>(*opened);
        engine.setInitialProperties(models->initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
    } else {
        // The owner may have started DueDesk from a menu: say what is wrong in a window, not only on stderr.
        std::fprintf(stderr, "duedesk: %s\n", qPrintable(opened.error()));
        engine.setInitialProperties({{QStringLiteral("message"), opened.error()}});
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/BookError.qml")));
    }
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(screenshotOption)) {
        // The first frame is rendered once the window is exposed; grabWindow() renders it again synchronously.
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        const QString file = parser.value(screenshotOption);
        auto *poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [window, file, poll] {
            if (!window->isExposed())
                return;
            poll->stop();
            const bool saved = window->grabWindow().save(file);
            if (!saved)
                std::fprintf(stderr, "duedesk: cannot save the screenshot to %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        poll->start(50);
    }
    const int rc = app.exec();
    return opened ? rc : 1;
}
