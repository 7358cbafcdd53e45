#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QLocale>
#include <QtQml/qqmlregistration.h>

#include "ModelLoading.h"

#include <memory>

namespace duedesk {

class Book;

// Every client of the book for the Clients page: segment, what they owe in the book's currency (outstanding, and
// the overdue part of it), how many of their bills are still owed (in any currency), and when DueDesk last heard
// from or wrote to them. One SQL query with the aggregates (bills grouped by client; the last message and the last
// sent reminder from their client indexes), so a book of thousands of clients loads at once; sorting and the text
// filter happen in that query too.
//
// Outstanding counts open and disputed bills with a positive balance, as the dashboard does; overdue is the part
// of it due before today.
class ClientListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // Part of a client's name, company or email, or digits of their phone number, case-insensitive; empty: every
    // client.
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(Sort sort READ sort WRITE setSort NOTIFY sortChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Every client of the book, whatever the filter (to tell "no clients yet" from "none match").
    Q_PROPERTY(int bookClientCount READ bookClientCount NOTIFY countChanged)

public:
    enum Role {
        ClientIdRole = Qt::UserRole + 1,
        NameRole,
        CompanyRole,
        SegmentRole,          // segment key: standard, new, vip, strategic, government
        SegmentTextRole,      // translated segment
        OutstandingMinorRole, // book currency, minor units
        OutstandingTextRole,
        OverdueMinorRole,
        OverdueTextRole,
        OpenBillsRole,        // bills still owed, any currency
        LastContactRole,      // ISO date-time of the last message in or reminder out; empty: never
        LastContactTextRole,  // "Today", "Yesterday", or the local date; empty: never
        FlagRole,             // why the owner should look at the client; empty: nothing flagged
    };
    Q_ENUM(Role)

    enum Sort { NameAscending, OutstandingDescending, OverdueDescending };
    Q_ENUM(Sort)

    explicit ClientListModel(std::shared_ptr<Book> book, ModelLoading loading = ModelLoading::Now,
                             QObject *parent = nullptr);

    // Reads the book the first time its page is shown (ModelLoading::WhenShown); later calls do nothing.
    Q_INVOKABLE void activate();
    ~ClientListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    Sort sort() const { return m_sort; }
    void setSort(Sort sort);
    int bookClientCount() const { return m_bookClientCount; }

    // Re-reads the clients (after the book changed). When the same clients are still there in the same order,
    // the rows are updated in place (dataChanged, the view keeps its place); otherwise the model resets.
    Q_INVOKABLE void refresh();
    // The row of a client, or -1.
    Q_INVOKABLE int rowOfClient(qint64 clientId) const;

    // The translated name of a segment key ("vip" -> "VIP").
    static QString segmentText(const QString &segmentKey);

Q_SIGNALS:
    void filterTextChanged();
    void sortChanged();
    void countChanged();

private:
    struct Row {
        qint64 id = 0;
        QString name;
        QString company;
        QString segment;
        qint64 outstandingMinor = 0;
        qint64 overdueMinor = 0;
        int openBills = 0;
        QString lastContact;
        QString flag;
    };

    QList<Row> load() const;
    void reset();
    QString lastContactText(const QString &iso) const;

    std::shared_ptr<Book> m_book;
    bool m_active = true;
    QList<Row> m_rows;
    QString m_filterText;
    Sort m_sort = NameAscending;
    int m_bookClientCount = 0;
    // Of the last load: every row is counted and shown from the same day, currency and locale.
    QDate m_today;
    QString m_currency;
    QLocale m_locale;
};

} // namespace duedesk
