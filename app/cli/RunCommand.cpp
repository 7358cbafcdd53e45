// `duedesk-cli run [--once]`: the channel bridges, headless, wired as the desktop wires them (BridgeHost): the
// business channels, the owner's assistant and the weekly cash snapshot. Non-secret settings come from the book's
// Settings > Channels, overridden by the environment (DUEDESK_TELEGRAM_API_BASE; DUEDESK_WHATSAPP_API_BASE,
// DUEDESK_WHATSAPP_PHONE_ID); secrets only from the environment (DUEDESK_TELEGRAM_TOKEN,
// DUEDESK_TELEGRAM_OWNER_TOKEN, DUEDESK_WHATSAPP_TOKEN, DUEDESK_TRANSCRIPTION_API_KEY), since a headless run may
// have no keychain. A channel without configuration shows as not configured.
//
// Without --once, DUEDESK_WHATSAPP_APP_SECRET also starts the WhatsApp webhook on loopback
// (DUEDESK_WHATSAPP_VERIFY_TOKEN for Meta's handshake, DUEDESK_WHATSAPP_WEBHOOK_PORT, default any free port):
// WhatsApp pushes replies and statuses, it has nothing to poll, so --once, which exits after one round, does not
// listen for them. With DUEDESK_RELAY_URL and DUEDESK_RELAY_KEY as well, the webhook's events come from
// duedesk-relay on a public host instead of straight from Meta.

#include "CliContext.h"

#include <BridgeHost.h>
#include <BridgeSupervisor.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <SecretStore.h>
#include <WhatsAppWebhookServer.h>
#include <csignal>

namespace duedesk::cli {

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void requestStop(int)
{
    stopRequested = 1;
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

QJsonArray ownerChannelsJson(const BridgeSupervisor &supervisor)
{
    QJsonArray owners;
    for (const OwnerChannelStatus &s : supervisor.ownerStatuses())
        owners.append(QJsonObject{ { QStringLiteral("channel"), channelKey(s.channel) },
            { QStringLiteral("configured"), s.configured }, { QStringLiteral("paired"), s.paired },
            { QStringLiteral("last_error"), s.lastError } });
    return owners;
}

void printSummary(CliContext &ctx, const RunSummary &r, const BridgeSupervisor &supervisor)
{
    if (ctx.json) {
        const QJsonObject o{ { QStringLiteral("recovered"), r.recovered },
            { QStringLiteral("reconciled"), r.reconciled }, { QStringLiteral("sent"), r.sent },
            { QStringLiteral("failed"), r.failed }, { QStringLiteral("uncertain"), r.uncertain },
            { QStringLiteral("inbound"), r.inbound }, { QStringLiteral("delivery_statuses"), r.deliveryStatuses },
            { QStringLiteral("owner_polls"), r.ownerPolls }, { QStringLiteral("channels"), channelsJson(supervisor) },
            { QStringLiteral("owner_channels"), ownerChannelsJson(supervisor) } };
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
    for (const OwnerChannelStatus &s : supervisor.ownerStatuses()) {
        if (!s.configured)
            continue;
        *ctx.out << "  " << Cli::tr("assistant on %1: %2")
                                .arg(channelKey(s.channel), s.paired ? Cli::tr("paired") : Cli::tr("not paired"));
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
    EnvironmentSecretStore secrets;
    BridgeHost host(*book, secrets);
    host.setLongPolling(!once); // --once: every poll answers at once
    host.prepare();
    BridgeSupervisor &supervisor = *host.supervisor();

    if (once) {
        const RunSummary summary = supervisor.runOnce();
        printSummary(ctx, summary, supervisor);
        return ExitOk;
    }
    QString webhookError;
    if (!host.startWebhook(&webhookError))
        return ctx.fail(ExitFailure, webhookError);
    const WhatsAppWebhookServer *webhook = host.webhook();
    bool anyConfigured = webhook != nullptr;
    for (const ChannelStatus &s : supervisor.statuses())
        anyConfigured = anyConfigured || s.state != ChannelStatus::State::NotConfigured;
    for (const OwnerChannelStatus &s : supervisor.ownerStatuses())
        anyConfigured = anyConfigured || s.configured;
    if (!anyConfigured)
        return ctx.fail(ExitFailure,
            Cli::tr("no channel is configured (set DUEDESK_TELEGRAM_TOKEN, or DUEDESK_WHATSAPP_TOKEN and "
                    "DUEDESK_WHATSAPP_PHONE_ID)"));
    QObject::connect(&host, &BridgeHost::problem, &host, [&ctx](const QString &message) {
        *ctx.err << message << '\n';
        ctx.err->flush();
    });

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
    if (webhook)
        *ctx.err << Cli::tr("WhatsApp webhook listening at %1").arg(webhook->url().toString()) << '\n';
    ctx.err->flush();
    QCoreApplication::exec();
    supervisor.stop();
    return ExitOk;
}

} // namespace duedesk::cli
