#include "ModelReplyClassifier.h"

#include "ChatCompletionsClient.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace duedesk {

Q_LOGGING_CATEGORY(lcModelClassifier, "duedesk.model.classifier", QtInfoMsg)

namespace {

constexpr ReplyIntent allIntents[]
    = { ReplyIntent::Paid, ReplyIntent::Promise, ReplyIntent::Dispute, ReplyIntent::InvoiceCopy,
          ReplyIntent::PaymentPlan, ReplyIntent::Stop, ReplyIntent::WrongPerson, ReplyIntent::Other };

// What the model is told; it is not shown to the owner, so it is not translated.
QString systemPrompt(const QDate &today)
{
    return QStringLiteral(
        "You classify a client's reply to a payment reminder from a small business. Answer only with the "
        "JSON object of the schema.\n"
        "intent: paid (says they paid or sent the money), promise (will pay at a future time), dispute "
        "(queries or disputes the bill or the work), invoice_copy (asks for the invoice, its details or how "
        "to pay), payment_plan (asks for instalments or more time without a date, or is in hardship), stop "
        "(opts out of messages), wrong_person (wrong number, not them), other (anything else).\n"
        "promise_date: for promise only, the date they will pay as YYYY-MM-DD, resolved against today "
        "%1 (%2); null when no date is stated or implied, and null for every other intent.\n"
        "amount: for paid and promise only, the sum paid or promised as a plain number without currency; "
        "otherwise null.\n"
        "confidence: how sure you are, from 0 to 1.")
        .arg(today.toString(Qt::ISODate), QLocale::c().dayName(today.dayOfWeek()));
}

} // namespace

ModelReplyClassifier::ModelReplyClassifier(
    const ModelBackendSettings &settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(new ChatCompletionsClient(network, this))
{
    connect(m_client, &ChatCompletionsClient::completed, this, &ModelReplyClassifier::onModelAnswer);
    connect(m_client, &ChatCompletionsClient::failed, this, &ModelReplyClassifier::onModelFailure);
    setApiKey(QString());
}

ModelReplyClassifier::~ModelReplyClassifier() = default;

void ModelReplyClassifier::setApiKey(const QString &apiKey)
{
    m_client->setEndpoint(m_settings.baseUrl, m_settings.model, apiKey, m_settings.timeoutMs);
}

quint64 ModelReplyClassifier::classify(const QString &text, const QDate &today, DateOrder order)
{
    const quint64 id = m_nextId++;
    Job job{ id, ReplyClassifier::classify(text, today, order), today };
    if (!m_settings.enabled || job.rules.confidence >= m_settings.threshold) {
        finishLater(id, keepRules(job, QString()));
        return id;
    }
    if (const QString problem = m_settings.problem(); !problem.isEmpty()) {
        finishLater(id, keepRules(job, problem));
        return id;
    }
    const QList<ChatMessage> messages{ { QStringLiteral("system"), systemPrompt(today) },
        { QStringLiteral("user"), text } };
    m_jobs.insert(m_client->complete(messages, QStringLiteral("reply_understanding"), answerSchema()), job);
    return id;
}

QJsonObject ModelReplyClassifier::answerSchema()
{
    QJsonArray labels;
    for (ReplyIntent intent : allIntents)
        labels.append(replyIntentKey(intent));
    const auto nullable = [](const QString &type) { return QJsonArray{ type, QStringLiteral("null") }; };
    const QJsonObject properties{
        { QStringLiteral("intent"),
            QJsonObject{ { QStringLiteral("type"), QStringLiteral("string") }, { QStringLiteral("enum"), labels } } },
        { QStringLiteral("promise_date"),
            QJsonObject{ { QStringLiteral("type"), nullable(QStringLiteral("string")) },
                { QStringLiteral("pattern"), QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$") } } },
        { QStringLiteral("amount"), QJsonObject{ { QStringLiteral("type"), nullable(QStringLiteral("number")) } } },
        { QStringLiteral("confidence"),
            QJsonObject{ { QStringLiteral("type"), QStringLiteral("number") }, { QStringLiteral("minimum"), 0 },
                { QStringLiteral("maximum"), 1 } } }
    };
    return QJsonObject{ { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"), properties },
        { QStringLiteral("required"),
            QJsonArray{ QStringLiteral("intent"), QStringLiteral("promise_date"), QStringLiteral("amount"),
                QStringLiteral("confidence") } },
        { QStringLiteral("additionalProperties"), false } };
}

Result<ReplyUnderstanding> ModelReplyClassifier::understandingFromAnswer(const QJsonObject &answer, const QDate &today)
{
    using R = Result<ReplyUnderstanding>;
    ReplyUnderstanding u;
    const QString label = answer.value(QStringLiteral("intent")).toString();
    const auto *found = std::find_if(std::begin(allIntents), std::end(allIntents),
        [&label](ReplyIntent intent) { return replyIntentKey(intent) == label; });
    if (found == std::end(allIntents))
        return R::failure(tr("the model answered an unknown intent \"%1\"").arg(label));
    u.intent = *found;

    const QJsonValue confidence = answer.value(QStringLiteral("confidence"));
    if (!confidence.isDouble() || confidence.toDouble() < 0 || confidence.toDouble() > 1)
        return R::failure(tr("the model's confidence is not a number from 0 to 1"));
    u.confidence = confidence.toDouble();

    // The labels give a date only to a promise and an amount only to paid and promise; the others' are ignored.
    if (u.intent == ReplyIntent::Promise) {
        const QJsonValue date = answer.value(QStringLiteral("promise_date"));
        if (date.isString()) {
            u.promiseDate = QDate::fromString(date.toString(), Qt::ISODate);
            if (!u.promiseDate.isValid())
                return R::failure(tr("the model's promise date \"%1\" is not a date").arg(date.toString()));
            if (u.promiseDate < today || u.promiseDate > today.addYears(1))
                return R::failure(
                    tr("the model's promise date %1 is not between today and a year from now").arg(date.toString()));
        } else if (!date.isNull() && !date.isUndefined()) {
            return R::failure(tr("the model's promise date is not a date"));
        }
    }
    if (u.intent == ReplyIntent::Promise || u.intent == ReplyIntent::Paid) {
        const QJsonValue amount = answer.value(QStringLiteral("amount"));
        if (amount.isDouble()) {
            if (!(amount.toDouble() > 0) || !std::isfinite(amount.toDouble()))
                return R::failure(tr("the model's amount %1 is not a positive number").arg(amount.toDouble()));
            u.amount = amount.toDouble();
        } else if (!amount.isNull() && !amount.isUndefined()) {
            return R::failure(tr("the model's amount is not a number"));
        }
    }
    return u;
}

void ModelReplyClassifier::finishLater(quint64 id, const ModelClassification &result)
{
    QMetaObject::invokeMethod(
        this, [this, id, result] { Q_EMIT classified(id, result); }, Qt::QueuedConnection);
}

ModelClassification ModelReplyClassifier::keepRules(const Job &job, const QString &problem) const
{
    ModelClassification c;
    c.rules = job.rules;
    c.understanding = job.rules;
    c.modelProblem = problem;
    if (!problem.isEmpty()) {
        c.understanding.why += QStringLiteral("; ") + tr("model not used: %1").arg(problem);
        qCDebug(lcModelClassifier) << "keeping the rules' answer:" << problem;
    }
    return c;
}

void ModelReplyClassifier::onModelAnswer(quint64 clientRequest, const QJsonObject &answer)
{
    const Job job = m_jobs.take(clientRequest);
    const Result<ReplyUnderstanding> fromModel = understandingFromAnswer(answer, job.today);
    ModelClassification c;
    if (!fromModel) {
        c = keepRules(job, fromModel.error());
    } else if (fromModel->confidence <= job.rules.confidence) {
        c = keepRules(job, tr("the model (%1) was no surer than the rules").arg(fromModel->confidence));
    } else {
        c.rules = job.rules;
        c.understanding = *fromModel;
        c.decidedBy = ReplyDecider::Model;
        c.understanding.why = tr("model %1: %2 (the rules said: %3)")
                                  .arg(m_settings.model, replyIntentKey(fromModel->intent), job.rules.why);
    }
    c.modelAsked = true;
    Q_EMIT classified(job.id, c);
}

void ModelReplyClassifier::onModelFailure(quint64 clientRequest, const QString &error)
{
    const Job job = m_jobs.take(clientRequest);
    ModelClassification c = keepRules(job, error);
    c.modelAsked = true;
    Q_EMIT classified(job.id, c);
}

} // namespace duedesk
