// Replies coming home, on the command line: `inbound` records a client's message and acts on it (as the bridges
// do), `tasks` lists what was handed to the owner.

#include "CliContext.h"

#include <OwnerTasks.h>
#include <ReplyHandler.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace duedesk::cli {

int runInbound(CliContext &ctx)
{
    const auto channelText = ctx.args.takeOption(QStringLiteral("--channel"));
    const auto from = ctx.args.takeOption(QStringLiteral("--from"));
    const auto text = ctx.args.takeOption(QStringLiteral("--text"));
    const auto id = ctx.args.takeOption(QStringLiteral("--id"));
    if (!ctx.args.finish() || !channelText || !from || !text)
        return ctx.usage(Cli::tr("inbound needs --channel whatsapp|telegram|sms|email --from ADDRESS --text TEXT [--id PROVIDER_ID]"));
    const auto channel = channelFromKey(*channelText);
    if (!channel)
        return ctx.usage(Cli::tr("unknown channel \"%1\" (whatsapp, telegram, sms or email)").arg(*channelText));
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    const QString providerId = id.value_or(QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const auto handled = ReplyHandler(*book).handle(*channel, *from, providerId, *text);
    if (!handled)
        return ctx.fail(ExitFailure, handled.error());
    const QJsonObject o{{QStringLiteral("message_id"), handled->messageId},
                        {QStringLiteral("duplicate"), handled->duplicate},
                        {QStringLiteral("intent"), replyIntentKey(handled->understanding.intent)},
                        {QStringLiteral("confidence"), handled->understanding.confidence},
                        {QStringLiteral("promise_date"), handled->understanding.promiseDate.isValid()
                                                             ? QJsonValue(handled->understanding.promiseDate.toString(Qt::ISODate))
                                                             : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("draft_id"), handled->draftId},
                        {QStringLiteral("task_id"), handled->taskId}};
    *ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    return ExitOk;
}

int runTasks(CliContext &ctx)
{
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    const QList<OwnerTask> tasks = OwnerTaskRepository(*book).open();
    if (ctx.json) {
        QJsonArray a;
        for (const OwnerTask &t : tasks)
            a.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("kind"), t.kind},
                                 {QStringLiteral("summary"), t.summary},
                                 {QStringLiteral("suggestion"), t.suggestion}});
        *ctx.out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)) << '\n';
        return ExitOk;
    }
    if (tasks.isEmpty())
        *ctx.out << Cli::tr("Nothing is waiting for you.") << '\n';
    for (const OwnerTask &t : tasks)
        *ctx.out << '#' << t.id << "  " << t.summary << (t.suggestion.isEmpty() ? QString() : QStringLiteral("  → ") + t.suggestion) << '\n';
    return ExitOk;
}

} // namespace duedesk::cli
