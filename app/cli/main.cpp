// duedesk-cli: the headless face of DueDesk, for scripts, tests and servers.
// Contract: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND ...; exit 0 ok, 2 bad usage, 1 other
// errors, with one line on stderr.

#include "CliContext.h"

#include <AppPaths.h>
#include <TranslationLoader.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cstdio>

namespace duedesk::cli {
int runBridges(CliContext &ctx); // RunCommand.cpp
}

using namespace duedesk;
using namespace duedesk::cli;

namespace {

QString usageText()
{
    return Cli::tr(
        "Usage: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  seed --clients N --bills M [--seed S]   fill the book with realistic demo data\n"
        "  import FILE.csv                         import bills and clients (generic, Xero or QuickBooks columns)\n"
        "  report aging [--today DATE] [--json]    open balances per aging bucket and currency\n"
        "  plan [--today DATE]                     draft the reminders that are due\n"
        "  drafts [--json]                         reminders waiting for your approval\n"
        "  approve ID|--all, skip ID, edit ID --text TEXT   decide on drafted reminders\n"
        "  chase BILL                              one reminder now, the rest of the policy after it\n"
        "  pay BILL AMOUNT [--on DATE]             record a payment\n"
        "  promise BILL DATE                       pause reminders until a promised day\n"
        "  dispute BILL [--resolve], stop BILL     pause for a dispute / stop reminders\n"
        "  optout CLIENT CHANNEL                   the client gets nothing more on that channel\n"
        "  outbox [--json]                         messages approved for sending, and their state\n"
        "  snapshot [--week-of DATE] --json        the weekly cash snapshot\n"
        "  callqueue [--min AMOUNT] --json         bills worth a phone call\n"
        "  audit verify                            check the audit trail's hash chain\n"
        "  understand --as client|owner [--today DATE] [--region GB]   JSON Lines in, understanding out\n"
        "      [--model-url URL --model NAME [--model-timeout MS]]   ask a local model server about hard replies\n"
        "      a line's optional \"region\" (\"US\", \"GB\") is the sender's: how a date like 3/12 reads\n"
        "  inbound --channel CH --from ADDRESS --text TEXT   a client's reply arrives: stored, understood, acted on\n"
        "  tasks [--json]                          what DueDesk has handed to you\n"
        "  assistant                               talk to DueDesk: one message per line on standard input\n"
        "  run [--once]                            run the channel bridges (DUEDESK_TELEGRAM_TOKEN, DUEDESK_WHATSAPP_TOKEN\n"
        "                                          and _PHONE_ID; DUEDESK_WHATSAPP_APP_SECRET adds the webhook, not with\n"
        "                                          --once); --once sends what may go now, polls replies once and exits;\n"
        "                                          DUEDESK_TELEGRAM_OWNER_TOKEN: your assistant; DUEDESK_RELAY_URL, _KEY\n"
        "  bench [--suite aging|plan|nlu|startup] [--bills N] [--runs R] [--book PATH]   benchmarks against a baseline\n"
        "\n"
        "--db defaults to the book in your DueDesk data folder. --now sets the clock (for scripts and tests).\n");
}

// Reads "2026-11-23" or "2026-11-23T10:00:00[Z|+01:00]"; a date alone means 12:00 local time.
std::optional<QDateTime> parseNow(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        t = QDateTime(d, QTime(12, 0));
    }
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DueDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUEDESK_VERSION));
    installTranslations(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliArgs globals(app.arguments().mid(1));
    const bool help = globals.takeFlag(QStringLiteral("--help")) || globals.takeFlag(QStringLiteral("-h"));
    const bool version = globals.takeFlag(QStringLiteral("--version"));
    const std::optional<QString> db = globals.takeOption(QStringLiteral("--db"));
    const std::optional<QString> now = globals.takeOption(QStringLiteral("--now"));
    const bool json = globals.takeFlag(QStringLiteral("--json"));
    const std::optional<QString> command = globals.takePositional();

    ManualClock fixedClock{QDateTime()};
    SystemClock systemClock;
    CliContext ctx{CliArgs({}), QString(), json, &systemClock, &out, &err};
    if (globals.hasError())
        return ctx.usage(globals.error());
    if (help) {
        out << usageText();
        return ExitOk;
    }
    if (version) {
        out << "duedesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (now) {
        const std::optional<QDateTime> at = parseNow(*now);
        if (!at)
            return ctx.usage(Cli::tr("--now takes an ISO date or date-time, not \"%1\"")
                                 .arg(*now));
        fixedClock.setNow(*at);
        ctx.clock = &fixedClock;
    }
    if (!command) {
        err << usageText();
        return ExitUsage;
    }
    ctx.dbPath = db ? *db : defaultBookPath();

    // What is left after the global options and the command word belongs to the command.
    ctx.args = globals;

    if (*command == QLatin1String("seed"))
        return runSeed(ctx);
    if (*command == QLatin1String("import"))
        return runImport(ctx);
    if (*command == QLatin1String("report"))
        return runReport(ctx);
    if (*command == QLatin1String("bench"))
        return runBench(ctx);
    if (*command == QLatin1String("snapshot"))
        return runSnapshot(ctx);
    if (*command == QLatin1String("callqueue"))
        return runCallQueue(ctx);
    if (*command == QLatin1String("understand"))
        return runUnderstand(ctx);
    if (*command == QLatin1String("inbound"))
        return runInbound(ctx);
    if (*command == QLatin1String("tasks"))
        return runTasks(ctx);
    if (*command == QLatin1String("assistant")) return runAssistant(ctx);
    if (*command == QLatin1String("run"))
        return runBridges(ctx);
    if (isChaseCommand(*command))
        return runChase(ctx, *command);
    return ctx.usage(Cli::tr("unknown command \"%1\" (see --help)").arg(*command));
}
