#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// The dashboard's figures for QML: open balances per aging bucket in the book's own currency, the number of
// overdue bills in it, and one line (with its own overdue count) for each other currency. Reads the book's aggregate, so refresh() is cheap.
class DashboardModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString businessName READ businessName NOTIFY changed)
    Q_PROPERTY(QString todayText READ todayText NOTIFY changed)
    Q_PROPERTY(QString currency READ currency NOTIFY changed)
    Q_PROPERTY(QString outstandingText READ outstandingText NOTIFY changed)
    Q_PROPERTY(QString overdueText READ overdueText NOTIFY changed)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY changed)
    Q_PROPERTY(QString paidThisWeekText READ paidThisWeekText NOTIFY changed)
    // Days sales outstanding today, rounded ("34 days"); see CashSnapshot.cpp for the formula.
    Q_PROPERTY(QString dsoText READ dsoText NOTIFY changed)
    // Replies and events that need the owner (open owner tasks), newest first. Each entry:
    // {id, kind, summary, suggestion, whenText}
    Q_PROPERTY(QVariantList needsYou READ needsYou NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    // Each entry: {key, label, amountText, count, share (0..1 of the outstanding total)}
    Q_PROPERTY(QVariantList buckets READ buckets NOTIFY changed)
    // Each entry: {currency, outstandingText, overdueText, overdueCount}
    Q_PROPERTY(QVariantList otherCurrencies READ otherCurrencies NOTIFY changed)
    Q_PROPERTY(QString bookPath READ bookPath CONSTANT)

public:
    DashboardModel(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~DashboardModel() override;

    QString businessName() const { return m_businessName; }
    QString todayText() const { return m_todayText; }
    QString currency() const { return m_currency; }
    QString outstandingText() const { return m_outstandingText; }
    QString overdueText() const { return m_overdueText; }
    int overdueCount() const { return m_overdueCount; }
    QString paidThisWeekText() const { return m_paidThisWeekText; }
    QString dsoText() const { return m_dsoText; }
    QVariantList needsYou() const { return m_needsYou; }
    QString lastError() const { return m_lastError; }
    QVariantList buckets() const { return m_buckets; }
    QVariantList otherCurrencies() const { return m_otherCurrencies; }
    QString bookPath() const;

    // Re-reads the figures from the book.
    Q_INVOKABLE void refresh();
    // The owner has dealt with a task (done) or dismissed it; it leaves the list.
    Q_INVOKABLE void closeTask(qint64 id, bool done);

    // The user-facing name of an aging bucket key ("1-30" -> "1–30 days overdue").
    static QString bucketLabel(const QString &key);

Q_SIGNALS:
    void changed();
    // The owner changed the book here (closed a task).
    void bookChanged();

private:
    std::shared_ptr<Book> m_book;
    QString m_businessName;
    QString m_todayText;
    QString m_currency;
    QString m_outstandingText;
    QString m_overdueText;
    int m_overdueCount = 0;
    QString m_paidThisWeekText;
    QString m_dsoText;
    QVariantList m_needsYou;
    QString m_lastError;
    QVariantList m_buckets;
    QVariantList m_otherCurrencies;
};

} // namespace duedesk
