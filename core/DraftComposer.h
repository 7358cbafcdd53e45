#pragma once

#include "AuditLog.h"
#include "ChaseTypes.h"
#include "Domain.h"
#include "Result.h"
#include "TemplateOverrides.h"
#include "ToneGrader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace duedesk {

class Book;

// One bill as the planner sees it.
struct ChaseBill {
    qint64 billId = 0;
    QString number;
    qint64 clientId = 0;
    QDate dueOn;
    qint64 balanceMinor = 0;
    QString currency;
    QString paymentLink;
    // The chase (defaults describe a chase that does not exist yet).
    bool hasChase = false;
    ChaseState state = ChaseState::Active;
    QDate pausedUntil;
    int cycle = 0;
    QDate anchorOn;
    int nextPosition = 0;
    QDate nextDueOn;
    int toneBump = 0;
    int promisesBroken = 0;
};

// Writes drafts for chase steps: picks the channel, grades the tone, renders the template and inserts the
// draft (and, for an auto-send policy, its outbox row), with an audit record. Caches clients, policies and
// client histories for one planning run; all writes go through the caller's transaction.
class DraftComposer
{
    Q_DECLARE_TR_FUNCTIONS(DraftComposer)
public:
    DraftComposer(Book &book, const QDate &today);

    const Policy *policyForClient(qint64 clientId);
    const ClientRow *client(qint64 clientId);
    // The book's display locale (read once per run).
    const QLocale &bookLocale() const { return m_bookLocale; }

    // The channel the step uses for this client, or nothing when the client accepts none of the candidates.
    // Email needs no opt-in (it is where invoices go) but honours an opt-out; the others need an opt-in.
    std::optional<Channel> channelFor(const ClientRow &client, const PolicyStep &step) const;
    static QString addressFor(const ClientRow &client, Channel channel);
    static bool channelAllowed(const ClientRow &client, Channel channel);

    // Drafts that the client has had in the last 7 days (pending or approved), counting this run's.
    int draftsThisWeek(qint64 clientId);
    // The first day the client's weekly cap lets another reminder through.
    QDate weekHasRoomOn(qint64 clientId);

    enum class Outcome { Drafted, AlreadyDrafted, NoChannel, OverWeeklyCap, Failed };
    struct Composed {
        Outcome outcome = Outcome::Failed;
        qint64 draftId = 0;
        bool autoApproved = false;
        QString error;
    };
    struct Options {
        bool ignoreCap = false;        // a manual chase, or a reply: not held back by the weekly cap
        bool reply = false;            // a reply to the client's message: friendly, not graded
        bool ignoreConsent = false;    // only for the one confirmation of an opt-out
        QDate promisedOn;              // for a promise confirmation

        static Options manualChase() { Options o; o.ignoreCap = true; return o; }
        static Options replyTo(const QDate &promisedOn = {}) { Options o; o.reply = true; o.promisedOn = promisedOn; return o; }
        static Options optOutConfirmation() { Options o; o.reply = true; o.ignoreConsent = true; return o; }
    };
    // Drafts `step` for the bill under stepKey, with an optional note for the owner.
    Composed compose(const ChaseBill &bill, const PolicyStep &step, const QString &stepKey, const QString &note,
                     const QString &actor, const Options &options);

    // Inserts the outbox row for an approved draft. False (with error) when the step already has one.
    static bool queueDraft(QSqlDatabase &db, qint64 draftId, const QDateTime &now, QString *error);

private:
    ToneGrade gradeFor(const ChaseBill &bill, const PolicyStep &step, const ClientRow &client);

    Book &m_book;
    QDate m_today;
    AuditLog m_audit;
    // Statements prepared once per run; a composer lives on one thread.
    QSqlQuery m_ignoredQuery;
    QSqlQuery m_historyQuery;
    QSqlQuery m_overdueQuery;
    QSqlQuery m_insertDraft;
    QSqlQuery m_weekCountQuery;
    QSqlQuery m_weekRoomQuery;
    // Book settings read once per run.
    QString m_bookLanguage;
    QString m_region;
    QString m_businessName;
    QLocale m_bookLocale;
    TemplateOverrides m_templates; // the owner's own wording, read once per run
    QHash<qint64, Policy> m_policies;
    QHash<QString, qint64> m_segmentDefaults;
    qint64 m_standardPolicy = 0;
    QHash<qint64, ClientRow> m_clients;
    QHash<qint64, qint64> m_clientPolicy;
    QHash<qint64, int> m_weekCounts;
    QHash<qint64, QDate> m_weekRoom;
};

} // namespace duedesk
