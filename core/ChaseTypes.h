#pragma once

#include "Domain.h"
#include "Tone.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

// Value rows of the chase engine: policies, drafts, outbox rows. No database access here.
namespace duedesk {

enum class ChannelRule { Preferred, Fixed, Fallback };
// PausedReview: the client says they paid; the chase waits until the owner confirms (or resumes it).
enum class ChaseState { Active, PausedPromise, PausedDispute, PausedReview, Stopped, Finished };

QString chaseStateKey(ChaseState state);
std::optional<ChaseState> chaseStateFromKey(const QString &key);

struct PolicyStep {
    int position = 0;
    int offsetDays = 0;               // from the due date (or the manual chase); negative: before it
    ChannelRule channelRule = ChannelRule::Preferred;
    QList<Channel> channels;          // Fixed: one; Fallback: in order; Preferred: ignored
    Tone tone = Tone::Friendly;
    QString templateKind;             // "heads_up", "reminder", "final_notice"
    QString onBucket;                 // when set ("31-60"), the step fires on the day the bill enters that bucket
    // Days after the anchor when this step is due.
    int dueOffset() const;
    bool isFinal() const { return templateKind == QLatin1String("final_notice"); }
};

struct Policy {
    qint64 id = 0;
    QString key;
    QString name;
    bool autoSend = false;
    QTime quietStart{20, 0};
    QTime quietEnd{8, 0};
    QList<int> quietDays{7};          // ISO weekdays without sends (7 = Sunday)
    int weeklyCap = 2;
    QList<PolicyStep> steps;          // ordered by position

    // True when a message may go out at `local` (the owner's local time): outside quiet hours and days.
    bool allowsSendingAt(const QDateTime &local) const;
    // The first moment at or after `local` when sending is allowed.
    QDateTime nextSendingTime(const QDateTime &local) const;
};

enum class DraftState { Pending, Approved, Skipped, Cancelled };
QString draftStateKey(DraftState state);

struct DraftRow {
    qint64 id = 0;
    qint64 billId = 0;
    QString billNumber;
    qint64 clientId = 0;
    QString clientName;
    QString stepKey;
    QString kind;
    Channel channel = Channel::Email;
    QString address;
    Tone tone = Tone::Friendly;
    QString reasons;
    QString subject;
    QString body;
    QString note;
    DraftState state = DraftState::Pending;
    QDateTime createdAt;
};

enum class OutboxState { Queued, Sending, Sent, Delivered, Read, Failed, Uncertain, Cancelled };
QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(const QString &key);

struct OutboxRow {
    qint64 id = 0;
    qint64 draftId = 0;
    QString stepKey;
    qint64 billId = 0;
    QString billNumber;
    qint64 clientId = 0;
    Channel channel = Channel::Email;
    QString address;
    Tone tone = Tone::Friendly;
    QString subject;
    QString body;
    OutboxState state = OutboxState::Queued;
    QString providerId;
    int attempts = 0;
    QString lastError;
    QDateTime retryAfter;
    QDateTime createdAt;
    QDateTime sentAt;
};

struct PlanResult {
    int drafted = 0;          // new drafts
    int caughtUp = 0;         // of those, drafted for a step whose day had passed
    int autoApproved = 0;     // of those, approved at once by a policy with auto-send
    int noChannel = 0;        // bills with a due step but no channel the client accepts
    int deferredByCap = 0;    // bills with a due step held back by the client's weekly cap
    int promisesBroken = 0;   // promises found broken today
};

} // namespace duedesk
