#include "DraftListModel.h"

#include <Book.h>
#include <ChaseEngine.h>
#include <Tone.h>

namespace duedesk {

DraftListModel::DraftListModel(std::shared_ptr<Book> book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(std::move(book))
{
    refresh();
}

DraftListModel::~DraftListModel() = default;

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const QList<DraftRow> rows = ChaseEngine(*m_book).pendingDrafts();
    beginResetModel();
    m_rows = rows;
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
