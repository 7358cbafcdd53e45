#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// One client for the Clients page's panel: contacts (phones formatted for the book's region), consent per channel,
// segment and reminder policy, the conversation on every channel, their bills and their DSO; and the owner's
// changes to them. Every change goes through the chase engine (an opt-out cancels that channel's pending drafts
// and queued messages at once), re-reads the client, and emits changed() and bookChanged(); a failed change leaves
// the book as it was and sets lastError (translated).
class ClientDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // 0: no client shown.
    Q_PROPERTY(qint64 clientId READ clientId WRITE setClientId NOTIFY clientIdChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString company READ company NOTIFY changed)
    // Why the owner should look at this client ("a reply said: wrong number"); empty when nothing is flagged.
    Q_PROPERTY(QString flag READ flag NOTIFY changed)
    Q_PROPERTY(QString relationshipText READ relationshipText NOTIFY changed)
    // Contacts. Each entry: {kind: email|phone|whatsapp|telegram, label, value (as shown), warning}; only the
    // ones the client has. Phones read as at home for the book's region, international otherwise.
    Q_PROPERTY(QVariantList contacts READ contacts NOTIFY changed)
    Q_PROPERTY(QString phoneText READ phoneText NOTIFY changed)
    Q_PROPERTY(QString preferredChannelText READ preferredChannelText NOTIFY changed)
    // One entry per channel (WhatsApp, Telegram, text message, email): {channel (key), name, allowed (bool),
    // state: in|out|none, stateText, hasAddress (bool)}.
    Q_PROPERTY(QVariantList consents READ consents NOTIFY changed)
    Q_PROPERTY(QString segment READ segment NOTIFY changed)
    Q_PROPERTY(QString segmentText READ segmentText NOTIFY changed)
    // The segments that have a default policy: {key, text, policyName}.
    Q_PROPERTY(QVariantList segments READ segments NOTIFY changed)
    // The choices of reminder policy: the segment's default first ({policyId: 0, text: "Segment default (Gentle)"}),
    // then every policy ({policyId, text}).
    Q_PROPERTY(QVariantList policyChoices READ policyChoices NOTIFY changed)
    // The client's own policy; 0: the segment's default.
    Q_PROPERTY(qint64 policyOverrideId READ policyOverrideId NOTIFY changed)
    // The name of the policy that applies.
    Q_PROPERTY(QString policyText READ policyText NOTIFY changed)
    // Oldest first: reminders that went out (or are on their way) and the client's messages, on every channel.
    // Each entry: {at (ISO), atText, direction: out|in, channel (key), channelText, text, billNumber, status (outbox
    // state, outbound only), statusText, intent (inbound only: paid, promise, ...; empty: not read yet),
    // intentText}. The latest threadLimit messages.
    Q_PROPERTY(QVariantList thread READ thread NOTIFY changed)
    // Outstanding bills first (oldest due first), then the others (newest first); the first billLimit. Each entry:
    // {billId, number, amountText, balanceText, dueText, daysOverdue, bucket, status, statusText}.
    Q_PROPERTY(QVariantList bills READ bills NOTIFY changed)
    Q_PROPERTY(int billCount READ billCount NOTIFY changed)
    // In the book's currency: what is owed now (open and disputed bills), and the part of it that is overdue.
    Q_PROPERTY(QString outstandingText READ outstandingText NOTIFY changed)
    Q_PROPERTY(QString overdueText READ overdueText NOTIFY changed)
    // Days sales outstanding as the cash snapshot counts it (see ClientDso.h), and what it is made of.
    Q_PROPERTY(double dsoDays READ dsoDays NOTIFY changed)
    Q_PROPERTY(QString dsoText READ dsoText NOTIFY changed)
    Q_PROPERTY(QString dsoOutstandingText READ dsoOutstandingText NOTIFY changed)
    Q_PROPERTY(QString dsoSalesText READ dsoSalesText NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    static constexpr int threadLimit = 100;
    static constexpr int billLimit = 50;

    explicit ClientDetails(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~ClientDetails() override;

    qint64 clientId() const { return m_clientId; }
    void setClientId(qint64 clientId);
    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }
    QString company() const { return m_company; }
    QString flag() const { return m_flag; }
    QString relationshipText() const { return m_relationshipText; }
    QVariantList contacts() const { return m_contacts; }
    QString phoneText() const { return m_phoneText; }
    QString preferredChannelText() const { return m_preferredChannelText; }
    QVariantList consents() const { return m_consents; }
    QString segment() const { return m_segment; }
    QString segmentText() const;
    QVariantList segments() const { return m_segments; }
    QVariantList policyChoices() const { return m_policyChoices; }
    qint64 policyOverrideId() const { return m_policyOverrideId; }
    QString policyText() const { return m_policyText; }
    QVariantList thread() const { return m_thread; }
    QVariantList bills() const { return m_bills; }
    int billCount() const { return m_billCount; }
    QString outstandingText() const { return m_outstandingText; }
    QString overdueText() const { return m_overdueText; }
    double dsoDays() const { return m_dsoDays; }
    QString dsoText() const { return m_dsoText; }
    QString dsoOutstandingText() const { return m_dsoOutstandingText; }
    QString dsoSalesText() const { return m_dsoSalesText; }
    QString lastError() const { return m_lastError; }

    // Re-reads the client.
    Q_INVOKABLE void refresh();

    // Turns a channel ("whatsapp", "telegram", "sms", "email") off (the client is opted out: that channel's
    // pending drafts and queued messages for the client are cancelled) or back on (opted in by the owner).
    Q_INVOKABLE bool setChannelAllowed(const QString &channel, bool allowed);
    // Moves the client to a segment (a key of segments).
    Q_INVOKABLE bool setSegment(const QString &segment);
    // The client's own reminder policy; 0: the segment's default. Running chases are re-scheduled to it.
    Q_INVOKABLE bool setPolicyOverride(qint64 policyId);

Q_SIGNALS:
    void clientIdChanged();
    void changed();
    void lastErrorChanged();
    // Something the owner did changed the book (for other views to refresh).
    void bookChanged();

private:
    bool finish(bool ok, const QString &error);
    void clear();
    void loadPolicies();
    void loadThread();
    void loadBills();
    void loadFigures();

    std::shared_ptr<Book> m_book;
    qint64 m_clientId = 0;
    bool m_valid = false;
    QString m_name;
    QString m_company;
    QString m_flag;
    QString m_relationshipText;
    QVariantList m_contacts;
    QString m_phoneText;
    QString m_preferredChannelText;
    QVariantList m_consents;
    QString m_segment;
    QVariantList m_segments;
    QVariantList m_policyChoices;
    qint64 m_policyOverrideId = 0;
    QString m_policyText;
    QVariantList m_thread;
    QVariantList m_bills;
    int m_billCount = 0;
    QString m_outstandingText;
    QString m_overdueText;
    double m_dsoDays = 0;
    QString m_dsoText;
    QString m_dsoOutstandingText;
    QString m_dsoSalesText;
    QString m_lastError;
};

} // namespace duedesk
