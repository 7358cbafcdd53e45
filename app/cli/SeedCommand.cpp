#include "CliContext.h"

#include <Seeder.h>

#include <QCoreApplication>
#include <QElapsedTimer>

namespace duedesk::cli {

namespace {

// Reads a whole number option; sets a usage error when it is there but not a number >= minimum.
std::optional<qint64> numberOption(CliArgs &args, const QString &name, qint64 minimum)
{
    const auto text = args.takeOption(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < minimum) {
        args.setError(Cli::tr("%1 takes a whole number of at least %2, not \"%3\"").arg(name).arg(minimum).arg(*text));
        return std::nullopt;
    }
    return value;
}

} // namespace

int runSeed(CliContext &ctx)
{
    SeedOptions options;
    const auto clients = numberOption(ctx.args, QStringLiteral("--clients"), 1);
    const auto bills = numberOption(ctx.args, QStringLiteral("--bills"), 0);
    const auto seed = numberOption(ctx.args, QStringLiteral("--seed"), 0);
    if (!ctx.args.finish())
        return ctx.usage();
    if (!clients || !bills)
        return ctx.usage(Cli::tr("seed needs --clients N and --bills M"));
    if (*clients > 10'000'000)
        return ctx.usage(Cli::tr("--clients is limited to 10000000"));
    options.clients = int(*clients);
    options.bills = *bills;
    if (seed)
        options.seed = quint64(*seed);
    const auto book = ctx.openBook(true);
    if (!book)
        return ExitFailure;
    QElapsedTimer timer;
    timer.start();
    const auto summary = Seeder::seed(*book, options);
    if (!summary)
        return ctx.fail(ExitFailure, summary.error());
    if (ctx.json) {
        *ctx.out << QStringLiteral("{\"clients\":%1,\"bills\":%2,\"payments\":%3,\"ms\":%4}")
                        .arg(summary->clients)
                        .arg(summary->bills)
                        .arg(summary->payments)
                        .arg(timer.elapsed())
                 << '\n';
    } else {
        *ctx.out << Cli::tr("Seeded %1 clients, %2 bills and %3 payments in %4 ms.")
                        .arg(summary->clients)
                        .arg(summary->bills)
                        .arg(summary->payments)
                        .arg(timer.elapsed())
                 << '\n';
    }
    return ExitOk;
}

} // namespace duedesk::cli
