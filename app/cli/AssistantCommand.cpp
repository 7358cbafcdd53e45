// `duedesk-cli [--db PATH] [--now T] assistant`: a conversation with the assistant over standard input and output.
// One owner message per line in; the assistant's answer (one or more lines) out, flushed after each, until end of
// input. Blank lines are skipped. Changes happen only after the assistant asked and the owner said yes.

#include "CliContext.h"

#include <Assistant.h>

#include <QFile>

namespace duedesk::cli {

int runAssistant(CliContext &ctx)
{
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(ExitFailure, Cli::tr("cannot read standard input"));
    Assistant assistant(*book);
    while (!in.atEnd()) {
        const QString line = QString::fromUtf8(in.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        *ctx.out << assistant.reply(line) << '\n';
        ctx.out->flush();
    }
    return ExitOk;
}

} // namespace duedesk::cli
