#pragma once

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// One bill for the Bills page's side panel: its figures, a timeline of what happened to it, and the owner's
// actions on it. Every action goes through the chase engine (or, for a write-off, through the bill's status
// and the audit log in one transaction), re-reads the bill, and emits changed() and bookChanged(); a failed
// action leaves the book as it was and sets lastError (translated).
class BillDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // 0: no bill shown.
    Q_PROPERTY(qint64 billId READ billId WRITE setBillId NOTIFY billIdChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QString billNumber READ billNumber NOTIFY changed)
    Q_PROPERTY(QString clientName READ clientName NOTIFY changed)
    Q_PROPERTY(QString currency READ currency NOTIFY changed)
    Q_PROPERTY(QString amountText READ amountText NOTIFY changed)
    Q_PROPERTY(QString paidText READ paidText NOTIFY changed)
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY changed)
    // The balance as a plain decimal ("1234.50"), to prefill the payment field.
    Q_PROPERTY(QString balanceDecimal READ balanceDecimal NOTIFY changed)
    Q_PROPERTY(QString issuedText READ issuedText NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(int daysOverdue READ daysOverdue NOTIFY changed)
    Q_PROPERTY(QString bucket READ bucket NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString chaseState READ chaseState NOTIFY changed)
    Q_PROPERTY(QString chaseStateText READ chaseStateText NOTIFY changed)
    Q_PROPERTY(QString payLink READ payLink NOTIFY changed)
    // Today and tomorrow in ISO form, for the promise date field.
    Q_PROPERTY(QString tomorrowIso READ tomorrowIso NOTIFY changed)
    // Newest first. Each entry: {at (ISO), atText (locale), kind, text}. kind: reminder, reply, payment,
    // promise, dispute, pause, resume, stop, write_off, note.
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // What the owner may do now.
    Q_PROPERTY(bool canPay READ canPay NOTIFY changed)
    Q_PROPERTY(bool canPromise READ canPromise NOTIFY changed)
    Q_PROPERTY(bool canDispute READ canDispute NOTIFY changed)
    Q_PROPERTY(bool canResolveDispute READ canResolveDispute NOTIFY changed)
    Q_PROPERTY(bool canStop READ canStop NOTIFY changed)
    Q_PROPERTY(bool canResume READ canResume NOTIFY changed)
    Q_PROPERTY(bool canChaseNow READ canChaseNow NOTIFY changed)
    Q_PROPERTY(bool canWriteOff READ canWriteOff NOTIFY changed)

public:
    explicit BillDetails(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~BillDetails() override;

    qint64 billId() const { return m_billId; }
    void setBillId(qint64 billId);
    bool isValid() const { return m_valid; }
    QString billNumber() const { return m_billNumber; }
    QString clientName() const { return m_clientName; }
    QString currency() const { return m_currency; }
    QString amountText() const { return m_amountText; }
    QString paidText() const { return m_paidText; }
    QString balanceText() const { return m_balanceText; }
    QString balanceDecimal() const { return m_balanceDecimal; }
    QString issuedText() const { return m_issuedText; }
    QString dueText() const { return m_dueText; }
    int daysOverdue() const { return m_daysOverdue; }
    QString bucket() const { return m_bucket; }
    QString status() const { return m_status; }
    QString statusText() const;
    QString chaseState() const { return m_chaseState; }
    QString chaseStateText() const;
    QString payLink() const { return m_payLink; }
    QString tomorrowIso() const;
    QVariantList timeline() const { return m_timeline; }
    QString lastError() const { return m_lastError; }

    bool canPay() const { return isOutstanding(); }
    bool canPromise() const { return isOutstanding(); }
    bool canDispute() const { return m_valid && m_status == QLatin1String("open") && m_balanceMinor > 0; }
    bool canResolveDispute() const { return m_valid && m_status == QLatin1String("disputed"); }
    bool canStop() const;
    bool canResume() const;
    bool canChaseNow() const { return m_valid && m_status == QLatin1String("open") && m_balanceMinor > 0; }
    bool canWriteOff() const { return isOutstanding(); }

    // Re-reads the bill.
    Q_INVOKABLE void refresh();
    // The book's today plus `days`, as an ISO date (for "in a week" in the promise form).
    Q_INVOKABLE QString isoDateIn(int days) const;

    // A payment of `amount` (plain decimal in the bill's currency, "120", "1,234.50") received today.
    Q_INVOKABLE bool recordPayment(const QString &amount);
    // The client promised to pay by `date`: an ISO date text ("2026-12-01") or a QDate from a date picker.
    Q_INVOKABLE bool promiseUntil(const QVariant &date);
    Q_INVOKABLE bool dispute();
    Q_INVOKABLE bool resolveDispute();
    Q_INVOKABLE bool stop();
    Q_INVOKABLE bool resume();
    Q_INVOKABLE bool chaseNow();
    // Gives up on the balance: the bill is written off and its reminders end (pending drafts and queued messages
    // are cancelled), recorded in the audit log.
    Q_INVOKABLE bool writeOff();

Q_SIGNALS:
    void billIdChanged();
    void changed();
    void lastErrorChanged();
    // Something the owner did changed the book (for other views to refresh).
    void bookChanged();

private:
    bool isOutstanding() const;
    bool finish(bool ok, const QString &error);
    void loadTimeline();

    std::shared_ptr<Book> m_book;
    qint64 m_billId = 0;
    bool m_valid = false;
    QString m_billNumber;
    QString m_clientName;
    QString m_currency;
    qint64 m_balanceMinor = 0;
    QString m_amountText;
    QString m_paidText;
    QString m_balanceText;
    QString m_balanceDecimal;
    QString m_issuedText;
    QString m_dueText;
    int m_daysOverdue = 0;
    QString m_bucket;
    QString m_status;
    QString m_chaseState;
    QDate m_pausedUntil;
    QString m_payLink;
    QVariantList m_timeline;
    QString m_lastError;
};

} // namespace duedesk
