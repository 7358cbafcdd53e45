#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// Every bill of the book for the Bills page, with its client, balance, age and chase state, in pages of
// pageSize rows (canFetchMore/fetchMore, SQL LIMIT/OFFSET over an index order), so a book of 100k bills
// scrolls without loading them all. Changing the filter text, bucket, status or sort resets the model and
// loads the first page again; totalCount counts every bill that matches.
//
// The bucket of a bill is its aging bucket while it is outstanding (open or disputed with a balance), and
// empty otherwise: filtering by a bucket shows the same bills the dashboard counts in it.
class BillListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // Part of a bill number or client name, case-insensitive; empty: every bill.
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    // "", "not_due", "1-30", "31-60", "61-90", "90+".
    Q_PROPERTY(QString bucketFilter READ bucketFilter WRITE setBucketFilter NOTIFY bucketFilterChanged)
    // "", "open", "disputed", "paid", "written_off", "cancelled".
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY statusFilterChanged)
    Q_PROPERTY(Sort sort READ sort WRITE setSort NOTIFY sortChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        BillIdRole = Qt::UserRole + 1,
        BillNumberRole,
        ClientNameRole,
        AmountTextRole,
        BalanceTextRole,
        DueTextRole,
        DaysOverdueRole,
        BucketRole,        // aging bucket key, empty when the bill is not outstanding
        StatusRole,        // status key: open, disputed, paid, written_off, cancelled
        StatusTextRole,    // translated status
        ChaseStateRole,    // chase state key: active, paused_promise, ..., finished
        ChaseStateTextRole,
    };
    Q_ENUM(Role)

    enum Sort { DueAscending, DueDescending, BalanceDescending, ClientName };
    Q_ENUM(Sort)

    static constexpr int pageSize = 200;

    explicit BillListModel(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~BillListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QString bucketFilter() const { return m_bucketFilter; }
    void setBucketFilter(const QString &bucket);
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &status);
    Sort sort() const { return m_sort; }
    void setSort(Sort sort);
    int totalCount() const { return m_totalCount; }

    // Re-reads the rows loaded so far (after the book changed). When the same bills are still there in the same
    // order, the rows are updated in place (dataChanged, the view keeps its place); otherwise the model resets.
    Q_INVOKABLE void refresh();
    // The row of a loaded bill, or -1.
    Q_INVOKABLE int rowOfBill(qint64 billId) const;

    static QString statusText(const QString &statusKey);
    static QString chaseStateText(const QString &chaseStateKey);

Q_SIGNALS:
    void filterTextChanged();
    void bucketFilterChanged();
    void statusFilterChanged();
    void sortChanged();
    void totalCountChanged();
    void countChanged();

private:
    struct Row {
        qint64 id = 0;
        QString number;
        QString clientName;
        QString amountText;
        QString balanceText;
        QString dueText;
        int daysOverdue = 0;
        QString bucket;
        QString status;
        QString chaseState;
    };

    // The WHERE clause (with "?" placeholders) and its values, for the current filters.
    QString whereClause(QVariantList *values) const;
    QList<Row> loadPage(int offset, int limit = pageSize) const;
    int countMatching() const;
    // Resets to the first page (after a filter or sort change).
    void reset();

    std::shared_ptr<Book> m_book;
    QList<Row> m_rows;
    QString m_filterText;
    QString m_bucketFilter;
    QString m_statusFilter;
    Sort m_sort = DueAscending;
    int m_totalCount = 0;
    // Set while rows are inserted or reset: a view or tester reacting to that must not fetch a page in the middle.
    bool m_fetching = false;
    QDate m_today;   // of the last refresh: every row's age is counted from the same day
};

} // namespace duedesk
