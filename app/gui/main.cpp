// duedesk: the desktop app. Opens the owner's book (or --db PATH, or the demo book with --demo; on the first
// start the owner chooses one) and shows the dashboard, the bills, the weekly cash snapshot and the call queue,
// with the approvals waiting in the system tray.

#include <AppModels.h>
#include <AppPaths.h>
#include <BookChooser.h>
#include <FirstFrameProbe.h>
#include <Book.h>
#include <BusinessProfile.h>
#include <Clock.h>
#include <ChaseEngine.h>
#include <TranslationLoader.h>

#include "TrayIcon.h"

#include <BridgeHost.h>
#include <ChannelSettings.h>
#include <OwnerAssistant.h>
#include <SecretStore.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;

namespace {

// The first start: FirstRun.qml asks the owner for a book (new, existing or the demo). Returns its path, or an
// empty path when the window was closed without a choice. The window stays up (owned by `engine`) until the
// caller replaces it with the main window.
QString chooseFirstBook(BookChooser &chooser, std::unique_ptr<QQmlApplicationEngine> &engine)
{
    engine = std::make_unique<QQmlApplicationEngine>();
    engine->setInitialProperties({{QStringLiteral("chooser"), QVariant::fromValue(&chooser)}});
    engine->load(QUrl(QStringLiteral("qrc:/DueDesk/qml/FirstRun.qml")));
    auto *window = engine->rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    if (!window)
        return {};
    QString path;
    QEventLoop loop;
    QObject::connect(&chooser, &BookChooser::chosen, &loop, [&](const QString &chosen) {
        path = chosen;
        loop.quit();
    });
    QObject::connect(window, &QWindow::visibleChanged, &loop, [&](bool visible) {
        if (!visible)
            loop.quit();
    });
    loop.exec();
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);   // widgets for the tray icon's menu only
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
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark-startup"),
        QGuiApplication::translate("main", "Print the milliseconds to the first frame of the dashboard and quit."));
    parser.addOptions({dbOption, demoOption, languageOption, screenshotOption, benchmarkOption});
    parser.process(app);
    // --language wins; otherwise the language chosen in Settings (per user), otherwise the system's.
    installTranslations(parser.isSet(languageOption) ? parser.value(languageOption) : BusinessProfile::savedAppLanguage());

    SystemClock clock;
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultBookPath();
    QString error;
    if (parser.isSet(demoOption)) {
        path = demoBookPath();
        if (!BookChooser::prepareDemoBook(path, clock, &error)) {
            std::fprintf(stderr, "duedesk: %s\n", qPrintable(error));
            return 1;
        }
    }
    // Without --db the owner's own book opens; when there is none yet, the owner chooses one first.
    BookChooser chooser(clock, {defaultBookPath(), demoBookPath(), {}});
    std::unique_ptr<QQmlApplicationEngine> firstRun;
    if (!parser.isSet(dbOption) && !parser.isSet(demoOption)) {
        path = chooser.startupBook();
        if (path.isEmpty()) {
            QGuiApplication::setQuitOnLastWindowClosed(false);   // until the main window replaces FirstRun
            path = chooseFirstBook(chooser, firstRun);
            QGuiApplication::setQuitOnLastWindowClosed(true);
            if (path.isEmpty())
                return 0;
        }
    }
    auto opened = Book::open(path, clock, {.create = !parser.isSet(dbOption)});
    // The models outlive the engine (declared first, destroyed last): QML bindings may read them until the end.
    std::unique_ptr<AppModels> models;
    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    if (opened) {
        models = std::make_unique<AppModels>(*opened);
        engine.setInitialProperties(models->initialProperties());
        // A language chosen in Settings applies at once: every qsTr() binding is evaluated again.
        QObject::connect(&models->business(), &BusinessProfile::appLanguageChanged, &engine, [&engine](const QString &code) {
            installTranslations(code == QLatin1String("system") ? QString() : code);
            engine.retranslate();
        });
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
    } else {
        // The owner may have started DueDesk from a menu: say what is wrong in a window, not only on stderr.
        std::fprintf(stderr, "duedesk: %s\n", qPrintable(opened.error()));
        engine.setInitialProperties({{QStringLiteral("message"), opened.error()}});
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/BookError.qml")));
    }
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *mainWindow = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    firstRun.reset();
    // The pending approvals and replies that need the owner, in the system tray (when there is one).
    std::unique_ptr<TrayIcon> tray;
    if (opened && mainWindow && TrayIcon::isSystemTrayAvailable())
        tray = std::make_unique<TrayIcon>(*opened, models->drafts(), mainWindow);
    if (parser.isSet(benchmarkOption) && mainWindow)
        new FirstFrameProbe(mainWindow, sinceStart, &app);
    if (opened && parser.isSet(screenshotOption)) {
        // A screenshot shows the drafts of today, so it waits for them.
        const auto planned = ChaseEngine(**opened).plan(clock.today());
        if (!planned)
            std::fprintf(stderr, "duedesk: %s\n", qPrintable(planned.error()));
        models->refreshAll();
    } else if (opened && !parser.isSet(benchmarkOption)) {
        // The reminders that fell due since DueDesk last ran are drafted on a worker thread (its own connection
        // to the book), so the window shows at once even when a long absence left many to catch up.
        QThread *planner = QThread::create([book = *opened, today = clock.today()] {
            const auto planned = ChaseEngine(*book).plan(today);
            if (!planned)
                std::fprintf(stderr, "duedesk: %s\n", qPrintable(planned.error()));
        });
        QObject::connect(planner, &QThread::finished, models.get(), &AppModels::refreshAll);
        QObject::connect(planner, &QThread::finished, planner, &QObject::deleteLater);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, planner, [planner] { planner->wait(); });
        planner->start();
    }

    // The channels run in the background for the whole session (their own worker thread and book connection),
    // with the secrets from the system keychain; they start again, a moment after the owner stops typing, when
    // Settings > Channels change.
    std::unique_ptr<KeychainSecretStore> secrets;
    std::unique_ptr<BridgeHost> bridges;
    QTimer restartBridges;
    if (opened && !parser.isSet(screenshotOption) && !parser.isSet(benchmarkOption)) {
        secrets = std::make_unique<KeychainSecretStore>();
        bridges = std::make_unique<BridgeHost>(**opened, *secrets);
        models->channels().setBridgeHost(bridges.get());
        models->assistant().setBridgeHost(bridges.get());
        QObject::connect(bridges.get(), &BridgeHost::bookChanged, models.get(), &AppModels::refreshAfterBridges);
        restartBridges.setSingleShot(true);
        restartBridges.setInterval(2000);
        QObject::connect(&restartBridges, &QTimer::timeout, bridges.get(), &BridgeHost::start);
        QObject::connect(&models->channels(), &ChannelSettings::settingsChanged, &restartBridges,
                         qOverload<>(&QTimer::start));
        QObject::connect(&app, &QCoreApplication::aboutToQuit, bridges.get(), &BridgeHost::stop);
        bridges->start();
    }

    if (parser.isSet(screenshotOption)) {
        // The first frame is rendered once the window is exposed; grabWindow() renders it again synchronously.
        auto *window = mainWindow;
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
