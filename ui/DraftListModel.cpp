#include "DraftListModel.h"

#include <algorithm>

#include <Book.h>
#include <ChaseEngine.h>
#include <Tone.h>

namespace duedesk {

DraftListModel::DraftListModel(std::shared_ptr<Book> book, QObject *parent) : DraftListModel(std::move(book), 0, parent)
{
}

DraftListModel::DraftListModel(std::shared_ptr<Book> book, int shownLimit, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(std::move(book))
    , m_shownLimit(qMax(0, shownLimit))
    , m_pageSize(m_shownLimit)
{
    refresh();
}

DraftListModel::~DraftListModel() = default;

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void DraftListModel::setShownLimit(int limit)
{
    limit = qMax(0, limit);
    if (m_pageSize == 0)
        m_pageSize = limit;
    if (limit == m_shownLimit)
        return;
    m_shownLimit = limit;
    refresh();
}

void DraftListModel::showMore()
{
    if (m_shownLimit > 0)
        setShownLimit(m_shownLimit + qMax(1, m_pageSize));
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftRow &d = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case Qt::DisplayRole:
    case BillNumberRole:
        return d.billNumber;
    case ClientNameRole:
        return d.clientName;
    case ChannelRole:
        return channelDisplayName(d.channel);
    case ToneRole:
        return toneKey(d.tone);
    case ToneNameRole:
        return toneDisplayName(d.tone);
    case ReasonsRole:
        return d.reasons;
    case SubjectRole:
        return d.subject;
    case BodyRole:
        return d.body;
    case NoteRole:
        return d.note;
    }
    return {};
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    return {{IdRole, "draftId"},     {BillNumberRole, "billNumber"}, {ClientNameRole, "clientName"},
            {ChannelRole, "channel"}, {ToneRole, "tone"},             {ToneNameRole, "toneName"},
            {ReasonsRole, "reasons"}, {SubjectRole, "subject"},       {BodyRole, "body"},
            {NoteRole, "note"}};
}

void DraftListModel::refresh()
{
    // Only the rows shown are read: after a long absence thousands of drafts may wait.
    const ChaseEngine engine(*m_book);
    const QList<DraftRow> rows = engine.pendingDrafts(m_shownLimit > 0 ? m_shownLimit : -1);
    const int count = m_shownLimit > 0 && rows.size() == m_shownLimit ? engine.pendingDraftCount() : int(rows.size());
    beginResetModel();
    m_rows = rows;
    m_count = count;
    endResetModel();
    Q_EMIT countChanged();
}

void DraftListModel::refreshIfChanged()
{
    const ChaseEngine engine(*m_book);
    const QList<DraftRow> rows = engine.pendingDrafts(m_shownLimit > 0 ? m_shownLimit : -1);
    const int count = m_shownLimit > 0 && rows.size() == m_shownLimit ? engine.pendingDraftCount() : int(rows.size());
    const auto same = [](const DraftRow &a, const DraftRow &b) { return a.id == b.id && a.body == b.body; };
    if (count == m_count && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(), same))
        return;
    beginResetModel();
    m_rows = rows;
    m_count = count;
    endResetModel();
    Q_EMIT countChanged();
}

bool DraftListModel::finish(bool ok, const QString &error)
{
    m_lastError = ok ? QString() : error;
    Q_EMIT lastErrorChanged();
    refresh();
    Q_EMIT bookChanged();
    return ok;
}

bool DraftListModel::approve(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const auto queued = ChaseEngine(*m_book).approve(m_rows.at(row).id);
    return finish(queued.ok(), queued.error());
}

bool DraftListModel::skip(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    QString error;
    const bool ok = ChaseEngine(*m_book).skip(m_rows.at(row).id, QStringLiteral("owner"), &error);
    return finish(ok, error);
}

bool DraftListModel::edit(int row, const QString &body)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    QString error;
    const bool ok = ChaseEngine(*m_book).edit(m_rows.at(row).id, body, QStringLiteral("owner"), &error);
    return finish(ok, error);
}

int DraftListModel::approveAll()
{
    const auto approved = ChaseEngine(*m_book).approveAll();
    finish(approved.ok(), approved.error());
    return approved ? *approved : 0;
}

} // namespace duedesk
