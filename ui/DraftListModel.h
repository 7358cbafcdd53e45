#pragma once

#include <ChaseTypes.h>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// The reminders waiting for the owner's approval, for QML. Each action goes through the chase engine
// (approve queues exactly one message; skip and edit are recorded in the audit trail) and the list follows.
class DraftListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // All pending drafts; the rows shown may be fewer (shownLimit).
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // At most this many rows are shown (0: all): after a long absence thousands may wait, and a page of cards
    // is what the owner can read. showMore() shows another page.
    Q_PROPERTY(int shownLimit READ shownLimit WRITE setShownLimit NOTIFY countChanged)
    Q_PROPERTY(int shown READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BillNumberRole,
        ClientNameRole,
        ChannelRole,       // translated channel name ("WhatsApp", "Email", ...)
        ToneRole,          // tone key: friendly, neutral, firm, final
        ToneNameRole,      // translated tone name
        ReasonsRole,
        SubjectRole,
        BodyRole,
        NoteRole,
    };
    Q_ENUM(Role)

    explicit DraftListModel(std::shared_ptr<Book> book, QObject *parent = nullptr);
    // Shows at most shownLimit rows from the start (see shownLimit), reading only those.
    DraftListModel(std::shared_ptr<Book> book, int shownLimit, QObject *parent = nullptr);
    ~DraftListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int count() const { return m_count; }
    int shownLimit() const { return m_shownLimit; }
    void setShownLimit(int limit);
    Q_INVOKABLE void showMore();
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString lastError() const { return m_lastError; }

    // Re-reads the pending drafts.
    Q_INVOKABLE void refresh();
    // Reads the drafts again and resets the list only when they differ from those shown (the bridges changed the
    // book: a draft approved from the owner's phone), so a draft being edited here is not disturbed for nothing.
    void refreshIfChanged();
    Q_INVOKABLE bool approve(int row);
    Q_INVOKABLE bool skip(int row);
    Q_INVOKABLE bool edit(int row, const QString &body);
    Q_INVOKABLE int approveAll();

Q_SIGNALS:
    void countChanged();
    void lastErrorChanged();
    // Something the owner did changed the book (for other views to refresh).
    void bookChanged();

private:
    bool finish(bool ok, const QString &error);

    std::shared_ptr<Book> m_book;
    QList<DraftRow> m_rows;
    QString m_lastError;
    int m_shownLimit = 0;
    int m_count = 0;
    int m_pageSize = 0;
};

} // namespace duedesk
