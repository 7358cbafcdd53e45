#pragma once

#include <AuditLog.h>

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QThread;

namespace duedesk {

class Book;

// The audit trail for the Activity page: every entry of the book's audit log, newest first, told in plain words
// ("Reminder approved for INV-000123 (Ingrid Nguyen)"), with who did it (you, DueDesk, the message service).
//
// The log grows without bound, so the model loads pageSize entries at a time, keyed on the entry id (no OFFSET:
// the 500th page costs what the first does). Filters (text, kind of entry, date range) reset the model and load
// the first page again; totalCount counts every matching entry. The log is append-only: refresh() only adds the
// entries written since, at the top, and keeps the rows already loaded.
//
// verifyChain() checks the whole hash chain (AuditLog::verify) on a worker thread with its own connection to the
// book, so a long log never freezes the window; verifyState and verifyText say how it went.
class ActivityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // Part of a client name, bill number, or of what happened ("approved"), case-insensitive; empty: every entry.
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    // "" (every entry) or a category key: reminders, messages, payments, replies, bills, other.
    Q_PROPERTY(QString kindFilter READ kindFilter WRITE setKindFilter NOTIFY kindFilterChanged)
    // Local calendar days, both included; an invalid date leaves that end open.
    Q_PROPERTY(QDate fromDate READ fromDate WRITE setFromDate NOTIFY dateRangeChanged)
    Q_PROPERTY(QDate toDate READ toDate WRITE setToDate NOTIFY dateRangeChanged)
    // The date range in words ("20/11/2026", "01/11/2026 – 20/11/2026", "Until 20/11/2026"); empty when open.
    Q_PROPERTY(QString dateRangeText READ dateRangeText NOTIFY dateRangeChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // True when a filter or period hides some entries.
    Q_PROPERTY(bool filtered READ isFiltered NOTIFY totalCountChanged)
    Q_PROPERTY(VerifyState verifyState READ verifyState NOTIFY verifyChanged)
    Q_PROPERTY(QString verifyText READ verifyText NOTIFY verifyChanged)
    // The first entry that does not check out, 0 while the chain holds (or was not checked).
    Q_PROPERTY(qint64 brokenEntryId READ brokenEntryId NOTIFY verifyChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        AtRole,            // QDateTime, UTC
        TimeTextRole,      // local time of day, "14:05"
        DayTextRole,       // "Today", "Yesterday", "Monday, 16 November 2026": the list's sections
        ActorRole,         // actor key: owner, planner, assistant, auto-send, bridge, ...
        ActorTextRole,     // "You", "DueDesk", "Message service"
        KindRole,          // the audit kind: approve, payment, reply, ...
        CategoryRole,      // reminders, messages, payments, replies, bills, other
        SentenceRole,      // what happened, translated
        BillNumberRole,
        ClientNameRole,
    };
    Q_ENUM(Role)

    enum VerifyState { NotChecked, Checking, Intact, Broken };
    Q_ENUM(VerifyState)

    static constexpr int pageSize = 200;

    explicit ActivityModel(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~ActivityModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QString kindFilter() const { return m_kindFilter; }
    void setKindFilter(const QString &category);
    QDate fromDate() const { return m_fromDate; }
    void setFromDate(const QDate &day);
    QDate toDate() const { return m_toDate; }
    void setToDate(const QDate &day);
    QString dateRangeText() const;
    int totalCount() const { return m_totalCount; }
    bool isFiltered() const;
    VerifyState verifyState() const { return m_verifyState; }
    QString verifyText() const { return m_verifyText; }
    qint64 brokenEntryId() const { return m_brokenEntryId; }

    // The last `days` days up to the book's today (1: today only); 0 clears the date range.
    Q_INVOKABLE void showLastDays(int days);
    // Adds the entries written since the last load at the top (after the book changed).
    Q_INVOKABLE void refresh();
    // The row of a loaded entry, or -1.
    Q_INVOKABLE int rowOfEntry(qint64 entryId) const;
    // Clears the filters and shows the day of the entry, loaded far enough to hold it; returns its row, or -1
    // when there is no such entry.
    Q_INVOKABLE int showEntry(qint64 entryId);
    // Starts checking the hash chain; verifyChanged() reports the outcome. Does nothing while a check runs.
    Q_INVOKABLE void verifyChain();

    // The category key of an audit kind (unknown kinds: "other").
    static QString categoryOf(const QString &kind);
    // Who did it, for people.
    static QString actorText(const QString &actor);
    // What happened, for people. billNumber and clientName may be empty.
    static QString sentence(const QString &kind, const QString &actor, const QJsonObject &detail,
                            const QString &billNumber, const QString &clientName, const QLocale &locale);

Q_SIGNALS:
    void filterTextChanged();
    void kindFilterChanged();
    void dateRangeChanged();
    void totalCountChanged();
    void countChanged();
    void verifyChanged();

private:
    struct Row {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString kind;
        QString sentence;
        QString billNumber;
        QString clientName;
    };

    // The WHERE terms (with "?" placeholders) and their values, for the current filters.
    QStringList filterTerms(QVariantList *values) const;
    // Entries with an id below `beforeId` (0: from the newest) and above `afterId`, newest first; only those the
    // filters let through when `filtered`.
    QList<Row> load(qint64 beforeId, qint64 afterId, int limit, bool filtered = true) const;
    int countMatching() const;
    void reset();
    void finishVerify(const AuditLog::Verification &v);
    QString dayText(const QDate &day) const;

    std::shared_ptr<Book> m_book;
    QList<Row> m_rows;
    QString m_filterText;
    QString m_kindFilter;
    QDate m_fromDate;
    QDate m_toDate;
    int m_totalCount = 0;
    bool m_fetching = false;   // set while rows are inserted or reset: a view must not fetch in the middle
    QDate m_today;             // of the last load: "Today" and "Yesterday" are counted from it

    VerifyState m_verifyState = NotChecked;
    QString m_verifyText;
    qint64 m_brokenEntryId = 0;
    // The verification thread, started on the first check and kept for the next ones: one connection to the book.
    std::unique_ptr<QThread> m_verifyThread;
    std::unique_ptr<QObject> m_verifyContext;
};

} // namespace duedesk
