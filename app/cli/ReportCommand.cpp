#include "CliContext.h"

#include <AgingReport.h>
#include <Currency.h>
#include <Money.h>

#include <QCoreApplication>

namespace duedesk::cli {

namespace {

int agingReport(CliContext &ctx)
{
    const QDate today = ctx.dateOption(QStringLiteral("--today"));
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    const QList<AgingTotals> totals = AgingReport::compute(*book, today);
    if (ctx.json) {
        *ctx.out << QString::fromLatin1(AgingReport::toJson(today, totals)) << '\n';
        return ExitOk;
    }
    *ctx.out << Cli::tr("Aging on %1").arg(today.toString(Qt::ISODate)) << '\n';
    if (totals.isEmpty())
        *ctx.out << Cli::tr("Nothing is outstanding.") << '\n';
    for (const AgingTotals &t : totals) {
        const int digits = qMax(0, Currency::minorDigits(t.currency));
        *ctx.out << '\n' << t.currency << '\n';
        for (AgingBucket b : allAgingBuckets) {
            const int i = static_cast<int>(b);
            *ctx.out << "  " << qSetFieldWidth(8) << Qt::left << agingBucketKey(b) << qSetFieldWidth(16) << Qt::right
                     << minorToDecimalString(t.balanceMinor[i], digits) << qSetFieldWidth(0) << "  "
                     << Cli::tr("%n bill(s)", "", int(t.billCount[i])) << '\n';
        }
        *ctx.out << "  " << qSetFieldWidth(8) << Qt::left << Cli::tr("total") << qSetFieldWidth(16) << Qt::right
                 << minorToDecimalString(t.totalMinor(), digits) << qSetFieldWidth(0) << '\n';
    }
    return ExitOk;
}

} // namespace

int runReport(CliContext &ctx)
{
    const auto which = ctx.args.takePositional();
    if (!which)
        return ctx.usage(Cli::tr("report needs a kind: report aging"));
    if (*which == QLatin1String("aging"))
        return agingReport(ctx);
    return ctx.usage(Cli::tr("unknown report \"%1\" (known: aging)").arg(*which));
}

} // namespace duedesk::cli
