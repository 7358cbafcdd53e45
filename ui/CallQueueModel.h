#pragma once

#include <CallQueue.h>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "ModelLoading.h"

#include <memory>

namespace duedesk {

class Book;

// The call queue (CallQueue::build) for QML: the bills worth a phone call today, best first, with the client's
// phone number, what is owed and the last messages. The amount threshold is the book's
// "call_queue_min_amount" setting (1000 in the book's currency when unset).
class CallQueueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QString thresholdText READ thresholdText NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY countChanged)

public:
    enum Role {
        BillIdRole = Qt::UserRole + 1,
        ClientNameRole,
        BillNumberRole,
        PhoneRole,                  // formatted for the book's region; empty when the client has no phone
        PhoneE164Role,
        BalanceTextRole,
        DaysOverdueRole,
        ClientOutstandingTextRole,
        LastPaymentTextRole,        // "£120.00 on 3 Nov 2026", empty when none
        LastMessagesRole,           // [{when, channel, inbound, body}], newest first
        WhyRole,
    };
    Q_ENUM(Role)

    explicit CallQueueModel(std::shared_ptr<Book> book, ModelLoading loading = ModelLoading::Now, QObject *parent = nullptr);

    // Reads the book the first time its page is shown (ModelLoading::WhenShown); later calls do nothing.
    Q_INVOKABLE void activate();
    ~CallQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The queue shows the most urgent calls only: nobody makes more than this many in a day.
    static constexpr int shownLimit = 100;
    // How many bills qualify for a call (count shows at most shownLimit of them).
    int total() const { return int(m_total); }
    QString thresholdText() const { return m_thresholdText; }
    QString lastError() const { return m_lastError; }
    const QList<CallQueueEntry> &entries() const { return m_entries; }
    // The threshold in minor units the queue is built with.
    qint64 minAmountMinor() const;

    // Re-reads the queue from the book (resets the model).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void countChanged();

private:
    std::shared_ptr<Book> m_book;
    bool m_active = true;
    QList<CallQueueEntry> m_entries;
    qsizetype m_total = 0;
    QString m_thresholdText;
    QString m_lastError;
};

} // namespace duedesk
