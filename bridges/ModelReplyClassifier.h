#pragma once

#include "ModelBackendSettings.h"

#include <ReplyClassifier.h>
#include <Result.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

namespace duedesk {

class ChatCompletionsClient;

// Which side decided a reply's understanding.
enum class ReplyDecider { Rules, Model };

struct ModelClassification {
    ReplyUnderstanding understanding; // what to act on
    ReplyUnderstanding rules; // what the rules said (the same as understanding when the rules decided)
    ReplyDecider decidedBy = ReplyDecider::Rules;
    bool modelAsked = false; // a request went to the model server
    QString modelProblem; // why the model's answer was not used (translated); empty otherwise
};

// Understands a client's reply with the rules (ReplyClassifier) and, only for hard cases, an optional model.
//
// Contract:
// - The rules always run first. The model is asked only when the settings are enabled and usable AND the
//   rules' confidence is below settings.threshold; otherwise no byte goes to the network.
// - The model's answer is validated (intent among the labels, confidence in 0..1, a promise date that parses
//   and lies between today and a year ahead, an amount that is a positive number) and used only when it is
//   valid and more confident than the rules. Otherwise (junk, schema violation, HTTP error, timeout) the
//   rules' answer stands, and modelProblem and `why` say why.
// - `why` says who decided: the rules' own text, or "model <name>: ..." when the model did.
// - classified() comes exactly once per classify(), always after classify() has returned.
class ModelReplyClassifier : public QObject
{
    Q_OBJECT
public:
    ModelReplyClassifier(
        const ModelBackendSettings &settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ModelReplyClassifier() override;

    // The key for the Authorization header (see ModelApiKey); empty sends none.
    void setApiKey(const QString &apiKey);
    const ModelBackendSettings &settings() const { return m_settings; }

    // Starts understanding text; returns the id that classified() will carry.
    quint64 classify(const QString &text, const QDate &today, DateOrder order = DateOrder::DayFirst);

    // The JSON schema the model must answer in: {intent, promise_date, amount, confidence}.
    static QJsonObject answerSchema();
    // Checks a model's answer against the schema and the plausibility rules above; the error is translated.
    static Result<ReplyUnderstanding> understandingFromAnswer(const QJsonObject &answer, const QDate &today);

Q_SIGNALS:
    void classified(quint64 requestId, const duedesk::ModelClassification &result);

private:
    struct Job {
        quint64 id = 0;
        ReplyUnderstanding rules;
        QDate today;
    };

    void finishLater(quint64 id, const ModelClassification &result);
    void onModelAnswer(quint64 clientRequest, const QJsonObject &answer);
    void onModelFailure(quint64 clientRequest, const QString &error);
    ModelClassification keepRules(const Job &job, const QString &problem) const;

    ModelBackendSettings m_settings;
    ChatCompletionsClient *m_client;
    quint64 m_nextId = 1;
    QHash<quint64, Job> m_jobs; // by the client's request id
};

} // namespace duedesk

Q_DECLARE_METATYPE(duedesk::ModelClassification)
