// `duedesk-cli understand --as client|owner [--today DATE]`: JSON Lines {"id","text"} in, the same lines with the
// understanding filled in out, in the format of ../shared/nlu-dev (intent, promise_date, amount / actions).
// A line may carry "region" (ISO 3166, "US"): the sender's region, which decides how "3/12" reads; else --region.
// With `--model-url URL --model NAME [--model-timeout MS]` (client replies only) hard cases go to an
// OpenAI-compatible model server (ModelReplyClassifier); each line then also says "decided_by": rules or model.

#include "CliContext.h"

#include <Book.h>
#include <ModelReplyClassifier.h>
#include <OwnerCommands.h>
#include <ReplyClassifier.h>
#include <SecretStore.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

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

// The model backend of --model-url/--model/--model-timeout; sets error when they do not make a usable backend.
ModelBackendSettings modelSettings(const QString &url, const std::optional<QString> &model,
                                   const std::optional<QString> &timeout, QString *error)
{
    ModelBackendSettings s;
    s.enabled = true;
    s.baseUrl = QUrl(url, QUrl::StrictMode);
    s.model = model.value_or(QString());
    if (timeout) {
        bool ok = false;
        s.timeoutMs = timeout->toInt(&ok);
        if (!ok)
            s.timeoutMs = 0;
    }
    *error = s.problem();
    return s;
}

// The model server's key (DUEDESK_MODEL_API_KEY or the keychain); without one, a warning and no key.
QString modelApiKey(const CliContext &ctx)
{
    QEventLoop loop;
    std::optional<Result<QString>> key;
    KeychainSecretStore keychain;
    ModelApiKey::read(keychain, [&](const Result<QString> &k) {
        key = k;
        loop.quit();
    });
    if (!key)
        loop.exec();
    if (!key->ok()) {
        *ctx.err << Cli::tr("warning: %1; asking the model server without a key").arg(key->error()) << '\n';
        return {};
    }
    return key->value();
}

ModelClassification classifyWithModel(ModelReplyClassifier &classifier, const QString &text, const QDate &today,
                                      DateOrder order)
{
    QEventLoop loop;
    ModelClassification result;
    QObject::connect(&classifier, &ModelReplyClassifier::classified, &loop, [&](quint64, const ModelClassification &c) {
        result = c;
        loop.quit();
    });
    classifier.classify(text, today, order);   // finishes after it returns, within the timeout
    loop.exec();
    return result;
}

} // namespace

int runUnderstand(CliContext &ctx)
{
    const QString as = ctx.args.takeOption(QStringLiteral("--as")).value_or(QString());
    const QDate today = ctx.dateOption(QStringLiteral("--today"));
    const QString region = ctx.args.takeOption(QStringLiteral("--region")).value_or(QStringLiteral("GB"));
    const std::optional<QString> modelUrl = ctx.args.takeOption(QStringLiteral("--model-url"));
    const std::optional<QString> modelName = ctx.args.takeOption(QStringLiteral("--model"));
    const std::optional<QString> modelTimeout = ctx.args.takeOption(QStringLiteral("--model-timeout"));
    if (!ctx.args.finish())
        return ctx.usage();
    if (as != QLatin1String("client") && as != QLatin1String("owner"))
        return ctx.usage(Cli::tr("understand needs --as client or --as owner"));
    QNetworkAccessManager network;
    std::unique_ptr<ModelReplyClassifier> model;
    if (modelUrl || modelName || modelTimeout) {
        if (!modelUrl || as != QLatin1String("client"))
            return ctx.usage(Cli::tr("--model and --model-timeout need --model-url, and work with --as client only"));
        QString problem;
        const ModelBackendSettings settings = modelSettings(*modelUrl, modelName, modelTimeout, &problem);
        if (!problem.isEmpty())
            return ctx.usage(problem);
        model = std::make_unique<ModelReplyClassifier>(settings, &network);
        model->setApiKey(modelApiKey(ctx));
    }
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
        const QJsonValue lineRegion = o.value(QStringLiteral("region"));
        const DateOrder lineOrder = lineRegion.isString() ? dateOrderForRegion(lineRegion.toString()) : order;
        QList<QPair<QString, QJsonValue>> fields{{QStringLiteral("id"), o.value(QStringLiteral("id"))},
                                                 {QStringLiteral("text"), text}};
        if (as == QLatin1String("client")) {
            const ModelClassification c =
                model ? classifyWithModel(*model, text, today, lineOrder) : ModelClassification();
            if (!c.modelProblem.isEmpty())
                *ctx.err << Cli::tr("line %1: model answer not used: %2").arg(lineNumber).arg(c.modelProblem) << '\n';
            const ReplyUnderstanding u = model ? c.understanding : ReplyClassifier::classify(text, today, lineOrder);
            fields.append({QStringLiteral("intent"), replyIntentKey(u.intent)});
            fields.append({QStringLiteral("promise_date"), dateOrNull(u.promiseDate)});
            fields.append({QStringLiteral("amount"), u.amount ? QJsonValue(*u.amount) : QJsonValue(QJsonValue::Null)});
            fields.append({QStringLiteral("confidence"), qRound(u.confidence * 100) / 100.0});
            if (model)
                fields.append({QStringLiteral("decided_by"),
                               c.decidedBy == ReplyDecider::Model ? QStringLiteral("model") : QStringLiteral("rules")});
        } else {
            QJsonArray actions;
            for (const OwnerAction &a : OwnerCommandParser::parse(text, today, lineOrder))
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
