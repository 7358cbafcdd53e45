#include "CliContext.h"

#include <BillImporter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duedesk::cli {

int runImport(CliContext &ctx)
{
    const auto file = ctx.args.takePositional();
    if (!ctx.args.finish())
        return ctx.usage();
    if (!file)
        return ctx.usage(Cli::tr("import needs a CSV file: import FILE.csv"));
    const auto book = ctx.openBook(true);
    if (!book)
        return ExitFailure;
    BillImporter importer(*book);
    const ImportOutcome outcome = importer.importFile(*file);
    const ImportSummary &s = outcome.summary;
    if (ctx.json) {
        QJsonArray problems;
        for (const ImportProblem &p : outcome.problems)
            problems.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("reason"), p.reason}});
        const QJsonObject o{{QStringLiteral("ok"), outcome.ok},
                            {QStringLiteral("error"), outcome.error},
                            {QStringLiteral("format"), s.format},
                            {QStringLiteral("rows"), s.rows},
                            {QStringLiteral("clients_added"), s.clientsAdded},
                            {QStringLiteral("bills_added"), s.billsAdded},
                            {QStringLiteral("bills_unchanged"), s.billsUnchanged},
                            {QStringLiteral("payments_added"), s.paymentsAdded},
                            {QStringLiteral("problems"), problems}};
        *ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    }
    if (!outcome.ok) {
        if (!outcome.error.isEmpty())
            return ctx.fail(ExitFailure, Cli::tr("%1: nothing imported: %2").arg(*file, outcome.error));
        ctx.fail(ExitFailure, Cli::tr("%1: nothing imported: %n bad row(s)", "", int(outcome.problems.size())).arg(*file));
        for (const ImportProblem &p : outcome.problems)
            *ctx.err << "  " << Cli::tr("line %1: %2").arg(p.line).arg(p.reason) << '\n';
        return ExitFailure;
    }
    if (!ctx.json) {
        *ctx.out << Cli::tr("Imported %1 (%2 format): %3 new bills, %4 new clients, %5 payments; "
                            "%6 bills were already in the book.")
                        .arg(*file, s.format)
                        .arg(s.billsAdded)
                        .arg(s.clientsAdded)
                        .arg(s.paymentsAdded)
                        .arg(s.billsUnchanged)
                 << '\n';
    }
    return ExitOk;
}

} // namespace duedesk::cli
