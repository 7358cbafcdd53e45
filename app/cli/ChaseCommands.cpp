// The chase engine on the command line: plan, drafts, approve, skip, edit, chase, pay, promise, dispute, stop,
// optout, outbox, audit verify.

#include "CliContext.h"

#include <AuditLog.h>
#include <ChaseEngine.h>
#include <Repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duedesk::cli {

namespace {

void printJson(CliContext &ctx, const QJsonValue &value)
{
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    *ctx.out << QString::fromUtf8(text) << '\n';
}

std::optional<qint64> idArgument(CliContext &ctx, const QString &what)
{
    const auto text = ctx.args.takePositional();
    bool ok = false;
    const qint64 id = text ? text->toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        ctx.args.setError(Cli::tr("%1 needs a draft id (a number)").arg(what));
        return std::nullopt;
    }
    return id;
}

// Finds a client by id or by name (case-insensitive); sets a usage or lookup error otherwise.
std::optional<qint64> clientArgument(CliContext &ctx, Book &book, const QString &text, QString *error)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    ClientRepository clients(book);
    if (isNumber && clients.byId(id))
        return id;
    const QList<ClientRow> byName = clients.byName(text);
    if (byName.size() == 1)
        return byName.first().id;
    *error = byName.isEmpty() ? Cli::tr("no client is called \"%1\"").arg(text)
                              : Cli::tr("%1 clients are called \"%2\"; use the client's id").arg(byName.size()).arg(text);
    Q_UNUSED(ctx);
    return std::nullopt;
}

QJsonObject draftJson(const DraftRow &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("bill_number"), d.billNumber},
            {QStringLiteral("client"), d.clientName},
            {QStringLiteral("channel"), channelKey(d.channel)},
            {QStringLiteral("address"), d.address},
            {QStringLiteral("tone"), toneKey(d.tone)},
            {QStringLiteral("reasons"), d.reasons},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("subject"), d.subject},
            {QStringLiteral("text"), d.body},
            {QStringLiteral("note"), d.note},
            {QStringLiteral("step_key"), d.stepKey}};
}

QJsonObject outboxJson(const OutboxRow &o)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("draft_id"), o.draftId},
            {QStringLiteral("bill_number"), o.billNumber},
            {QStringLiteral("channel"), channelKey(o.channel)},
            {QStringLiteral("address"), o.address},
            {QStringLiteral("tone"), toneKey(o.tone)},
            {QStringLiteral("state"), outboxStateKey(o.state)},
            {QStringLiteral("attempts"), o.attempts},
            {QStringLiteral("provider_id"), o.providerId},
            {QStringLiteral("last_error"), o.lastError},
            {QStringLiteral("step_key"), o.stepKey}};
}

int plan(CliContext &ctx)
{
    const QDate today = ctx.dateOption(QStringLiteral("--today"));
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    const auto result = ChaseEngine(*book).plan(today);
    if (!result)
        return ctx.fail(ExitFailure, result.error());
    if (ctx.json) {
        printJson(ctx, QJsonObject{{QStringLiteral("drafted"), result->drafted},
                                   {QStringLiteral("caught_up"), result->caughtUp},
                                   {QStringLiteral("auto_approved"), result->autoApproved},
                                   {QStringLiteral("no_channel"), result->noChannel},
                                   {QStringLiteral("deferred_by_cap"), result->deferredByCap},
                                   {QStringLiteral("promises_broken"), result->promisesBroken}});
        return ExitOk;
    }
    *ctx.out << Cli::tr("%n reminder(s) drafted for %1.", "", result->drafted).arg(today.toString(Qt::ISODate)) << '\n';
    if (result->noChannel > 0)
        *ctx.out << Cli::tr("%n bill(s) have a reminder due but no channel the client accepts.", "", result->noChannel) << '\n';
    if (result->deferredByCap > 0)
        *ctx.out << Cli::tr("%n reminder(s) held back by the weekly limit per client.", "", result->deferredByCap) << '\n';
    return ExitOk;
}

int drafts(CliContext &ctx)
{
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    const QList<DraftRow> rows = ChaseEngine(*book).pendingDrafts();
    if (ctx.json) {
        QJsonArray a;
        for (const DraftRow &d : rows)
            a.append(draftJson(d));
        printJson(ctx, a);
        return ExitOk;
    }
    if (rows.isEmpty())
        *ctx.out << Cli::tr("No reminders are waiting for your approval.") << '\n';
    for (const DraftRow &d : rows) {
        *ctx.out << '#' << d.id << "  " << d.billNumber << "  " << d.clientName << "  " << channelKey(d.channel) << "  "
                 << d.reasons << '\n';
        if (!d.note.isEmpty())
            *ctx.out << "    " << d.note << '\n';
        for (const QString &line : d.body.split(QLatin1Char('\n')))
            *ctx.out << "    " << line << '\n';
    }
    return ExitOk;
}

int approve(CliContext &ctx)
{
    const bool all = ctx.args.takeFlag(QStringLiteral("--all"));
    std::optional<qint64> id;
    if (!all)
        id = idArgument(ctx, QStringLiteral("approve"));
    if (!ctx.args.finish())
        return ctx.usage(Cli::tr("approve needs a draft id or --all"));
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    ChaseEngine engine(*book);
    if (all) {
        const auto n = engine.approveAll();
        *ctx.out << Cli::tr("%n reminder(s) approved.", "", n ? *n : 0) << '\n';
        return ExitOk;
    }
    const auto outboxId = engine.approve(*id);
    if (!outboxId)
        return ctx.fail(ExitFailure, outboxId.error());
    *ctx.out << Cli::tr("Approved; queued as message %1.").arg(*outboxId) << '\n';
    return ExitOk;
}

int skipOrEdit(CliContext &ctx, bool isEdit)
{
    const auto id = idArgument(ctx, isEdit ? QStringLiteral("edit") : QStringLiteral("skip"));
    const auto text = isEdit ? ctx.args.takeOption(QStringLiteral("--text")) : std::nullopt;
    if (!ctx.args.finish())
        return ctx.usage();
    if (isEdit && !text)
        return ctx.usage(Cli::tr("edit needs --text"));
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    QString error;
    ChaseEngine engine(*book);
    const bool ok = isEdit ? engine.edit(*id, *text, QStringLiteral("owner"), &error) : engine.skip(*id, QStringLiteral("owner"), &error);
    if (!ok)
        return ctx.fail(ExitFailure, error);
    *ctx.out << (isEdit ? Cli::tr("Draft %1 changed.") : Cli::tr("Draft %1 skipped.")).arg(*id) << '\n';
    return ExitOk;
}

// Commands that act on one bill: chase, pay, promise, dispute, stop.
int billCommand(CliContext &ctx, const QString &command)
{
    const auto number = ctx.args.takePositional();
    if (!number)
        return ctx.usage(Cli::tr("%1 needs a bill number").arg(command));
    std::optional<QString> second;
    if (command == QLatin1String("pay") || command == QLatin1String("promise"))
        second = ctx.args.takePositional();
    const auto on = ctx.args.takeOption(QStringLiteral("--on"));
    const bool resolve = ctx.args.takeFlag(QStringLiteral("--resolve"));
    if (!ctx.args.finish())
        return ctx.usage();
    if ((command == QLatin1String("pay") || command == QLatin1String("promise")) && !second)
        return ctx.usage(command == QLatin1String("pay") ? Cli::tr("pay needs an amount: pay BILL AMOUNT")
                                                         : Cli::tr("promise needs a date: promise BILL DATE"));
    QString error;
    QDate date = ctx.clock->today();
    if (command == QLatin1String("promise") || on) {
        date = parseIsoDate(command == QLatin1String("promise") ? *second : *on, &error);
        if (!date.isValid())
            return ctx.usage(error);
    }
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    ChaseEngine engine(*book);
    bool ok = false;
    QString done;
    if (command == QLatin1String("chase")) {
        const auto draftId = engine.chaseNow(*number);
        ok = draftId.ok();
        error = draftId.error();
        if (ok)
            done = Cli::tr("Drafted reminder %1 for %2; the rest of the policy follows from today.").arg(*draftId).arg(*number);
    } else if (command == QLatin1String("pay")) {
        const std::optional<BillRow> bill = BillRepository(*book).byNumber(*number);
        if (!bill)
            return ctx.fail(ExitFailure, Cli::tr("there is no bill %1").arg(*number));
        const auto amount = Money::parse(*second, bill->currency, Money::Rounding::Reject, &error);
        if (!amount)
            return ctx.usage(error);
        ok = engine.recordPayment(*number, *amount, date, PaymentSource::Manual, QStringLiteral("owner"), &error);
        done = Cli::tr("Payment of %1 %2 recorded for %3.").arg(amount->toDecimalString(), amount->currency(), *number);
    } else if (command == QLatin1String("promise")) {
        ok = engine.recordPromise(*number, date, QStringLiteral("owner"), &error);
        done = Cli::tr("Reminders for %1 paused until %2.").arg(*number, date.toString(Qt::ISODate));
    } else if (command == QLatin1String("dispute")) {
        ok = engine.setDisputed(*number, !resolve, QStringLiteral("owner"), &error);
        done = resolve ? Cli::tr("Dispute on %1 resolved; reminders resume.").arg(*number)
                       : Cli::tr("%1 is disputed; reminders are paused.").arg(*number);
    } else {
        ok = engine.stopChase(*number, QStringLiteral("owner"), &error);
        done = Cli::tr("Reminders for %1 stopped.").arg(*number);
    }
    if (!ok)
        return ctx.fail(ExitFailure, error);
    *ctx.out << done << '\n';
    return ExitOk;
}

int optout(CliContext &ctx)
{
    const auto client = ctx.args.takePositional();
    const auto channelText = ctx.args.takePositional();
    if (!ctx.args.finish() || !client || !channelText)
        return ctx.usage(Cli::tr("optout needs a client and a channel: optout CLIENT whatsapp|telegram|sms|email"));
    const auto channel = channelFromKey(*channelText);
    if (!channel)
        return ctx.usage(Cli::tr("unknown channel \"%1\" (whatsapp, telegram, sms or email)").arg(*channelText));
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    QString error;
    const auto clientId = clientArgument(ctx, *book, *client, &error);
    if (!clientId)
        return ctx.fail(ExitFailure, error);
    if (!ChaseEngine(*book).optOut(*clientId, *channel, QStringLiteral("owner"), &error))
        return ctx.fail(ExitFailure, error);
    *ctx.out << Cli::tr("%1 will get nothing more by %2.").arg(*client, *channelText) << '\n';
    return ExitOk;
}

int outbox(CliContext &ctx)
{
    if (!ctx.args.finish())
        return ctx.usage();
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    const QList<OutboxRow> rows = ChaseEngine(*book).outbox();
    if (ctx.json) {
        QJsonArray a;
        for (const OutboxRow &o : rows)
            a.append(outboxJson(o));
        printJson(ctx, a);
        return ExitOk;
    }
    for (const OutboxRow &o : rows)
        *ctx.out << '#' << o.id << "  " << o.billNumber << "  " << channelKey(o.channel) << "  " << outboxStateKey(o.state)
                 << (o.lastError.isEmpty() ? QString() : QStringLiteral("  (") + o.lastError + QLatin1Char(')')) << '\n';
    return ExitOk;
}

int audit(CliContext &ctx)
{
    const auto what = ctx.args.takePositional();
    if (!ctx.args.finish() || what != QStringLiteral("verify"))
        return ctx.usage(Cli::tr("usage: audit verify"));
    const auto book = ctx.openBook();
    if (!book)
        return ExitFailure;
    const AuditLog::Verification v = AuditLog(*book).verify();
    if (ctx.json)
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), v.ok},
                                   {QStringLiteral("rows"), v.rows},
                                   {QStringLiteral("first_broken_id"), v.firstBrokenId},
                                   {QStringLiteral("reason"), v.reason}});
    if (!v.ok)
        return ctx.fail(ExitFailure, Cli::tr("the audit trail is broken: %1").arg(v.reason));
    if (!ctx.json)
        *ctx.out << Cli::tr("The audit trail is intact (%n row(s)).", "", int(v.rows)) << '\n';
    return ExitOk;
}

} // namespace

int runChase(CliContext &ctx, const QString &command)
{
    if (command == QLatin1String("plan"))
        return plan(ctx);
    if (command == QLatin1String("drafts"))
        return drafts(ctx);
    if (command == QLatin1String("approve"))
        return approve(ctx);
    if (command == QLatin1String("skip"))
        return skipOrEdit(ctx, false);
    if (command == QLatin1String("edit"))
        return skipOrEdit(ctx, true);
    if (command == QLatin1String("optout"))
        return optout(ctx);
    if (command == QLatin1String("outbox"))
        return outbox(ctx);
    if (command == QLatin1String("audit"))
        return audit(ctx);
    return billCommand(ctx, command);
}

bool isChaseCommand(const QString &command)
{
    static const QStringList commands{QStringLiteral("plan"),   QStringLiteral("drafts"),  QStringLiteral("approve"),
                                      QStringLiteral("skip"),   QStringLiteral("edit"),    QStringLiteral("chase"),
                                      QStringLiteral("pay"),    QStringLiteral("promise"), QStringLiteral("dispute"),
                                      QStringLiteral("stop"),   QStringLiteral("optout"),  QStringLiteral("outbox"),
                                      QStringLiteral("audit")};
    return commands.contains(command);
}

} // namespace duedesk::cli
