#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "ModelLoading.h"

#include <memory>

namespace duedesk {

class Book;

// The weekly cash snapshot for QML (CashSnapshotBuilder for the current week): this week's figures as
// display strings, the promises falling due this week, the five largest debtors and the 12-week trend.
class CashModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString currency READ currency NOTIFY changed)
    Q_PROPERTY(QString weekText READ weekText NOTIFY changed)
    Q_PROPERTY(QString outstandingText READ outstandingText NOTIFY changed)
    Q_PROPERTY(QString overdueText READ overdueText NOTIFY changed)
    Q_PROPERTY(QString paidText READ paidText NOTIFY changed)
    Q_PROPERTY(QString promisedText READ promisedText NOTIFY changed)
    Q_PROPERTY(QString dsoText READ dsoText NOTIFY changed)
    Q_PROPERTY(double dsoDays READ dsoDays NOTIFY changed)
    // Each entry: {billNumber, clientName, amountText, dateText}
    Q_PROPERTY(QVariantList promised READ promised NOTIFY changed)
    // Each entry: {clientName, outstandingText, overdueText, bills, dsoText}
    Q_PROPERTY(QVariantList topDebtors READ topDebtors NOTIFY changed)
    // Oldest first, this week last. Each entry: {weekLabel, outstanding, overdue, paid (major units),
    // outstandingText, overdueText, paidText, current (bool)}
    Q_PROPERTY(QVariantList trend READ trend NOTIFY changed)
    // The largest value in trend, for scaling a chart.
    Q_PROPERTY(double trendMax READ trendMax NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    explicit CashModel(std::shared_ptr<Book> book, ModelLoading loading = ModelLoading::Now, QObject *parent = nullptr);

    // Reads the book the first time its page is shown (ModelLoading::WhenShown); later calls do nothing.
    Q_INVOKABLE void activate();
    ~CashModel() override;

    QString currency() const { return m_currency; }
    QString weekText() const { return m_weekText; }
    QString outstandingText() const { return m_outstandingText; }
    QString overdueText() const { return m_overdueText; }
    QString paidText() const { return m_paidText; }
    QString promisedText() const { return m_promisedText; }
    QString dsoText() const { return m_dsoText; }
    double dsoDays() const { return m_dsoDays; }
    QVariantList promised() const { return m_promised; }
    QVariantList topDebtors() const { return m_topDebtors; }
    QVariantList trend() const { return m_trend; }
    double trendMax() const { return m_trendMax; }
    QString lastError() const { return m_lastError; }

    // Re-reads the snapshot of the current week from the book.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<Book> m_book;
    bool m_active = true;
    QString m_currency;
    QString m_weekText;
    QString m_outstandingText;
    QString m_overdueText;
    QString m_paidText;
    QString m_promisedText;
    QString m_dsoText;
    double m_dsoDays = 0;
    QVariantList m_promised;
    QVariantList m_topDebtors;
    QVariantList m_trend;
    double m_trendMax = 0;
    QString m_lastError;
};

} // namespace duedesk
