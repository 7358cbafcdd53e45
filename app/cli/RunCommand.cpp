// `duedesk-cli run [--once]`: the channel bridges, headless. The channels are configured from the environment
// (DUEDESK_TELEGRAM_API_BASE, DUEDESK_TELEGRAM_TOKEN); a channel without configuration shows as not configured.

#include "CliContext.h"

#include <BridgeSupervisor.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <TelegramBridge.h>
#include <csignal>

namespace duedesk::cli {

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void requestStop(int)
{
    stopRequested = 1;
}

std::unique_ptr<Bridge> telegramFromEnvironment(Book &book, bool once)
{
    TelegramBridgeSettings s;
    const QString base = qEnvironmentVariable("DUEDESK_TELEGRAM_API_BASE");
    if (!base.isEmpty())
        s.apiBase = QUrl(base);
    s.token = qEnvironmentVariable("DUEDESK_TELEGRAM_TOKEN");
    if (once)
        s.pollTimeoutSeconds = 0; // answer at once: --once polls and exits
    return std::make_unique<TelegramBridge>(book, s);
}

QJsonArray channelsJson(const BridgeSupervisor &supervisor)
{
    QJsonArray channels;
    for (const ChannelStatus &s : supervisor.statuses())
        channels.append(QJsonObject{ { QStringLiteral("channel"), channelKey(s.channel) },
            { QStringLiteral("state"), channelStatusStateKey(s.state) },
            { QStringLiteral("last_error"), s.lastError } });
    return channels;
}

void printSummary(CliContext &ctx, const RunSummary &r, const BridgeSupervisor &supervisor)
{
    if (ctx.json) {
        const QJsonObject o{ { QStringLiteral("recovered"), r.recovered },
            { QStringLiteral("reconciled"), r.reconciled }, { QStringLiteral("sent"), r.sent },
            { QStringLiteral("failed"), r.failed }, { QStringLiteral("uncertain"), r.uncertain },
            { QStringLiteral("inbound"), r.inbound }, { QStringLiteral("delivery_statuses"), r.deliveryStatuses },
            { QStringLiteral("channels"), channelsJson(supervisor) } };
        *ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        return;
    }
    *ctx.out << Cli::tr("Sent %1, failed %2, uncertain %3; %4 replies and %5 delivery statuses received.")
                    .arg(r.sent)
                    .arg(r.failed)
                    .arg(r.uncertain)
                    .arg(r.inbound)
                    .arg(r.deliveryStatuses)
             << '\n';
    if (r.recovered > 0)
        *ctx.out << Cli::tr(
            "%n message(s) interrupted by a crash are now uncertain: check them in the outbox.", nullptr, r.recovered)
                 << '\n';
    for (const ChannelStatus &s : supervisor.statuses()) {
        *ctx.out << "  " << channelKey(s.channel) << ": " << channelStatusStateKey(s.state);
        if (!s.lastError.isEmpty())
            *ctx.out << " (" << s.lastError << ')';
        *ctx.out << '\n';
    }
}

} // namespace

int runBridges(CliContext &ctx)
{
    const bool once = ctx.args.takeFlag(QStringLiteral("--once"));
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    BridgeSupervisor supervisor(*book);
    supervisor.addBridge(telegramFromEnvironment(*book, once));

    if (once) {
        const RunSummary summary = supervisor.runOnce();
        printSummary(ctx, summary, supervisor);
        return ExitOk;
    }
    bool anyConfigured = false;
    for (const ChannelStatus &s : supervisor.statuses())
        anyConfigured = anyConfigured || s.state != ChannelStatus::State::NotConfigured;
    if (!anyConfigured)
        return ctx.fail(ExitFailure, Cli::tr("no channel is configured (set DUEDESK_TELEGRAM_TOKEN)"));

    // Until SIGINT or SIGTERM; a message being sent then is found 'uncertain' at the next start, never resent.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    watch.start(200);
    supervisor.start();
    *ctx.err << Cli::tr("Running the channel bridges; stop with Ctrl+C.") << '\n';
    ctx.err->flush();
    QCoreApplication::exec();
    supervisor.stop();
    return ExitOk;
}

} // namespace duedesk::cli
