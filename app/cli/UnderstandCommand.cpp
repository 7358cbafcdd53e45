// `duedesk-cli understand --as client|owner [--today DATE]`: JSON Lines {"id","text"} in, the same lines with the
// understanding filled in out, in the format of ../shared/nlu-dev (intent, promise_date, amount / actions).

#include "CliContext.h"

#include <Book.h>
#include <OwnerCommands.h>
#include <ReplyClassifier.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duedesk::cli {

namespace {

// A JSON object with its keys in the given order (QJsonObject would sort them).
QString orderedObject(const QList<QPair<QString, QJsonValue>> &fields)
{
    QStringList parts;
    for (const auto &[key, value] : fields) {
        const QByteArray v = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        parts.append(QLatin1Char('"') + key + QStringLiteral("\":") + QString::fromUtf8(v.mid(1, v.size() - 2)));
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int runUnderstand(CliContext &ctx)
{
    const QString as = ctx.args.takeOption(QStringLiteral("--as")).value_or(QString());
    const QDate today = ctx.dateOption(QStringLiteral("--today"));
    const QString region = ctx.args.takeOption(QStringLiteral("--region")).value_or(QStringLiteral("GB"));
    if (!ctx.args.finish())
        return ctx.usage();
    if (as != QLatin1String("client") && as != QLatin1String("owner"))
        return ctx.usage(Cli::tr("understand needs --as client or --as owner"));
    const DateOrder order = dateOrderForRegion(region.toUpper());

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(ExitFailure, Cli::tr("cannot read standard input"));
    int lineNumber = 0;
    int bad = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || !o.value(QStringLiteral("text")).isString()) {
            *ctx.err << Cli::tr("line %1: not a JSON object with a \"text\"").arg(lineNumber) << '\n';
            ++bad;
            continue;
        }
        const QString text = o.value(QStringLiteral("text")).toString();
        QList<QPair<QString, QJsonValue>> fields{{QStringLiteral("id"), o.value(QStringLiteral("id"))},
                                                 {QStringLiteral("text"), text}};
        if (as == QLatin1String("client")) {
            const ReplyUnderstanding u = ReplyClassifier::classify(text, today, order);
            fields.append({QStringLiteral("intent"), replyIntentKey(u.intent)});
            fields.append({QStringLiteral("promise_date"), dateOrNull(u.promiseDate)});
            fields.append({QStringLiteral("amount"), u.amount ? QJsonValue(*u.amount) : QJsonValue(QJsonValue::Null)});
            fields.append({QStringLiteral("confidence"), qRound(u.confidence * 100) / 100.0});
        } else {
            QJsonArray actions;
            for (const OwnerAction &a : OwnerCommandParser::parse(text, today, order))
                actions.append(a.toJson());
            fields.append({QStringLiteral("actions"), actions});
        }
        *ctx.out << orderedObject(fields) << '\n';
    }
    ctx.out->flush();
    if (bad > 0)
        return ctx.fail(ExitFailure, Cli::tr("%n line(s) could not be read", "", bad));
    return ExitOk;
}

} // namespace duedesk::cli
