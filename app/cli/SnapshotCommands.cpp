// Weekly cash snapshot and call queue on the command line.

#include "CliContext.h"

#include <Book.h>
#include <CallQueue.h>
#include <CashSnapshot.h>
#include <Currency.h>
#include <Money.h>

namespace duedesk::cli {

int runSnapshot(CliContext &ctx)
{
    const QDate weekOf = ctx.dateOption(QStringLiteral("--week-of"));
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    *ctx.out << QString::fromUtf8(CashSnapshotBuilder::toJson(CashSnapshotBuilder::build(*book, weekOf))) << '\n';
    return ExitOk;
}

int runCallQueue(CliContext &ctx)
{
    std::optional<QString> minText = ctx.args.takeOption(QStringLiteral("--min"));
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    // The threshold: --min, else the book's setting, else 1000 in the book's currency.
    const QString text = minText.value_or(book->setting(QStringLiteral("call_queue_min_amount"), QStringLiteral("1000")));
    QString error;
    const auto min = Money::parse(text, book->currency(), Money::Rounding::Reject, &error);
    if (!min)
        return ctx.usage(error);
    *ctx.out << QString::fromUtf8(CallQueue::toJson(CallQueue::build(*book, ctx.clock->today(), min->minor()))) << '\n';
    return ExitOk;
}

} // namespace duedesk::cli
