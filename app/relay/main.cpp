// duedesk-relay: receives the WhatsApp Cloud API webhook on a public host and forwards every verified notification
// to the DueDesk desktop over an authenticated WebSocket, with acknowledgement and replay (RelayServer.h).
// Contract: exit 0 on a clean stop (or after --status), 2 on bad usage or missing secrets, 1 on other errors, with
// one line on stderr. Once both listeners are up, one JSON line {"webhook":URL,"desktop":URL} goes to stdout.

#include "RelayServer.h"
#include "RelayStore.h"

#include <Clock.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <cstdio>

using namespace duedesk;

namespace {

struct Relay {
    Q_DECLARE_TR_FUNCTIONS(duedesk::Relay)
};

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "duedesk-relay: %s\n", qPrintable(message));
    return code;
}

void printLine(const QJsonObject &object)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

bool readPort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    *port = quint16(value);
    return ok && value <= 65535;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duedesk-relay"));
    QCoreApplication::setOrganizationName(QStringLiteral("DueDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Relay::tr(
        "Receives WhatsApp webhooks on a public host and forwards them to the DueDesk desktop over a WebSocket.\n"
        "It speaks plain HTTP and WebSocket and listens on loopback by default: put it behind a TLS reverse proxy\n"
        "(https:// for Meta's webhook, wss:// for the desktop) and never expose these ports directly.\n"
        "Secrets come from the environment only, never from the command line:\n"
        "  DUEDESK_WHATSAPP_APP_SECRET    the app secret that signs Meta's notifications (required)\n"
        "  DUEDESK_WHATSAPP_VERIFY_TOKEN  the verify token entered in Meta's app dashboard\n"
        "  DUEDESK_RELAY_KEY              the key the desktop authenticates with (required)\n"
        "  DUEDESK_RELAY_STORE            the store file, when --store is not given"));
    parser.addHelpOption();
    const QCommandLineOption webhookAddress(QStringLiteral("webhook-address"),
        Relay::tr("Address for Meta's webhook (default 127.0.0.1)."), QStringLiteral("address"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption webhookPort(QStringLiteral("webhook-port"),
        Relay::tr("Port for Meta's webhook (default 8480)."), QStringLiteral("port"), QStringLiteral("8480"));
    const QCommandLineOption webhookPath(QStringLiteral("webhook-path"),
        Relay::tr("Path of the webhook (default /whatsapp/webhook)."), QStringLiteral("path"),
        QStringLiteral("/whatsapp/webhook"));
    const QCommandLineOption desktopAddress(QStringLiteral("desktop-address"),
        Relay::tr("Address for the desktop's WebSocket (default 127.0.0.1)."), QStringLiteral("address"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption desktopPort(QStringLiteral("desktop-port"),
        Relay::tr("Port for the desktop's WebSocket (default 8481)."), QStringLiteral("port"), QStringLiteral("8481"));
    const QCommandLineOption store(QStringLiteral("store"),
        Relay::tr("The relay's own SQLite file of received notifications (default: in the "
                  "user's data folder)."),
        QStringLiteral("path"));
    const QCommandLineOption status(
        QStringLiteral("status"), Relay::tr("Print {\"events\":N,\"unacknowledged\":M} for the store and exit."));
    parser.addOptions({ webhookAddress, webhookPort, webhookPath, desktopAddress, desktopPort, store, status });
    parser.process(app);

    RelayServer::Settings settings;
    settings.appSecret = qgetenv("DUEDESK_WHATSAPP_APP_SECRET");
    settings.verifyToken = qEnvironmentVariable("DUEDESK_WHATSAPP_VERIFY_TOKEN");
    settings.relayKey = qgetenv("DUEDESK_RELAY_KEY");
    settings.webhookPath = parser.value(webhookPath);
    if (!settings.webhookAddress.setAddress(parser.value(webhookAddress))
        || !settings.desktopAddress.setAddress(parser.value(desktopAddress)))
        return fail(2, Relay::tr("an address is not an IP address"));
    if (!readPort(parser.value(webhookPort), &settings.webhookPort)
        || !readPort(parser.value(desktopPort), &settings.desktopPort))
        return fail(2, Relay::tr("a port is not a number from 0 to 65535"));

    QString storePath = parser.isSet(store) ? parser.value(store) : qEnvironmentVariable("DUEDESK_RELAY_STORE");
    if (storePath.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        storePath = folder + QStringLiteral("/relay.sqlite");
    }
    SystemClock clock;
    RelayStore relayStore(clock);
    if (!relayStore.open(storePath))
        return fail(1, relayStore.error());

    if (parser.isSet(status)) {
        const Result<RelayStore::Counts> counts = relayStore.counts();
        if (!counts)
            return fail(1, counts.error());
        printLine({ { QStringLiteral("events"), counts->events },
            { QStringLiteral("unacknowledged"), counts->unacknowledged } });
        return 0;
    }

    if (settings.appSecret.isEmpty() || settings.relayKey.isEmpty())
        return fail(2, Relay::tr("set DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY in the environment"));
    RelayServer server(relayStore, settings);
    if (!server.listen())
        return fail(1, server.error());
    printLine({ { QStringLiteral("webhook"), server.webhookUrl().toString() },
        { QStringLiteral("desktop"), server.desktopUrl().toString() } });
    return app.exec();
}
