#include "BillListModel.h"

#include <Aging.h>
#include <Book.h>
#include <Clock.h>
#include <Money.h>

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace duedesk {

Q_LOGGING_CATEGORY(lcBillList, "duedesk.ui.bills")

namespace {

// Outstanding: what the dashboard's buckets count.
const QLatin1String outstandingSql("b.status IN ('open', 'disputed') AND b.amount_minor - b.paid_minor > 0");

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString orderBy(BillListModel::Sort sort)
{
    // Each order matches an index (bills_by_due, bills_by_status_due, bills_by_balance, clients_by_name); the id
    // breaks ties so that pages never overlap or skip a row.
    switch (sort) {
    case BillListModel::DueAscending:
        return QStringLiteral("b.due_on, b.id");
    case BillListModel::DueDescending:
        return QStringLiteral("b.due_on DESC, b.id DESC");
    case BillListModel::BalanceDescending:
        return QStringLiteral("(b.amount_minor - b.paid_minor) DESC, b.id DESC");
    case BillListModel::ClientName:
        return QStringLiteral("c.name COLLATE NOCASE, c.id, b.id");
    }
    return QStringLiteral("b.id");
}

} // namespace

BillListModel::BillListModel(std::shared_ptr<Book> book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(std::move(book))
{
    reset();
}

BillListModel::~BillListModel() = default;

int BillListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString BillListModel::statusText(const QString &key)
{
    if (key == QLatin1String("open"))
        return tr("Open");
    if (key == QLatin1String("disputed"))
        return tr("Disputed");
    if (key == QLatin1String("paid"))
        return tr("Paid");
    if (key == QLatin1String("written_off"))
        return tr("Written off");
    if (key == QLatin1String("cancelled"))
        return tr("Cancelled");
    return key;
}

QString BillListModel::chaseStateText(const QString &key)
{
    if (key == QLatin1String("active"))
        return tr("Reminders on");
    if (key == QLatin1String("paused_promise"))
        return tr("Waiting for a promised payment");
    if (key == QLatin1String("paused_dispute"))
        return tr("Paused while disputed");
    if (key == QLatin1String("paused_review"))
        return tr("Paused: client says it is paid");
    if (key == QLatin1String("stopped"))
        return tr("Reminders stopped");
    if (key == QLatin1String("finished"))
        return tr("No more reminders");
    return {};
}

QVariant BillListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case BillIdRole:
        return r.id;
    case Qt::DisplayRole:
    case BillNumberRole:
        return r.number;
    case ClientNameRole:
        return r.clientName;
    case AmountTextRole:
        return r.amountText;
    case BalanceTextRole:
        return r.balanceText;
    case DueTextRole:
        return r.dueText;
    case DaysOverdueRole:
        return r.daysOverdue;
    case BucketRole:
        return r.bucket;
    case StatusRole:
        return r.status;
    case StatusTextRole:
        return statusText(r.status);
    case ChaseStateRole:
        return r.chaseState;
    case ChaseStateTextRole:
        return chaseStateText(r.chaseState);
    }
    return {};
}

QHash<int, QByteArray> BillListModel::roleNames() const
{
    return {{BillIdRole, "billId"},           {BillNumberRole, "billNumber"}, {ClientNameRole, "clientName"},
            {AmountTextRole, "amountText"},   {BalanceTextRole, "balanceText"}, {DueTextRole, "dueText"},
            {DaysOverdueRole, "daysOverdue"}, {BucketRole, "bucket"},         {StatusRole, "status"},
            {StatusTextRole, "statusText"},   {ChaseStateRole, "chaseState"}, {ChaseStateTextRole, "chaseStateText"}};
}

bool BillListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_totalCount;
}

void BillListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> page = loadPage(int(m_rows.size()));
    if (page.isEmpty()) {
        // The book shrank since the count: nothing more to fetch.
        m_totalCount = int(m_rows.size());
        Q_EMIT totalCountChanged();
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_fetching = false;
    Q_EMIT countChanged();
}

void BillListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    reset();
}

void BillListModel::setBucketFilter(const QString &bucket)
{
    if (bucket == m_bucketFilter)
        return;
    m_bucketFilter = bucket;
    Q_EMIT bucketFilterChanged();
    reset();
}

void BillListModel::setStatusFilter(const QString &status)
{
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
    Q_EMIT statusFilterChanged();
    reset();
}

void BillListModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    Q_EMIT sortChanged();
    reset();
}

int BillListModel::rowOfBill(qint64 billId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == billId)
            return i;
    return -1;
}

QString BillListModel::whereClause(QVariantList *values) const
{
    QStringList terms;
    if (!m_filterText.trimmed().isEmpty()) {
        terms << QStringLiteral("(b.number LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')");
        *values << likePattern(m_filterText) << likePattern(m_filterText);
    }
    if (!m_statusFilter.isEmpty()) {
        terms << QStringLiteral("b.status = ?");
        *values << m_statusFilter;
    }
    if (!m_bucketFilter.isEmpty()) {
        terms << QString(outstandingSql);
        // Due dates are ISO text, so date ranges compare as strings. A bill without a due date is never overdue.
        const auto day = [this](int daysAgo) { return m_today.addDays(-daysAgo).toString(Qt::ISODate); };
        if (m_bucketFilter == QLatin1String("not_due")) {
            terms << QStringLiteral("(b.due_on IS NULL OR b.due_on >= ?)");
            *values << day(0);
        } else if (m_bucketFilter == QLatin1String("90+")) {
            terms << QStringLiteral("b.due_on <= ?");
            *values << day(91);
        } else {
            const int from = m_bucketFilter == QLatin1String("1-30") ? 1 : m_bucketFilter == QLatin1String("31-60") ? 31 : 61;
            terms << QStringLiteral("b.due_on BETWEEN ? AND ?");
            *values << day(from + 29) << day(from);
        }
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "));
}

QList<BillListModel::Row> BillListModel::loadPage(int offset, int limit) const
{
    QVariantList values;
    const QString where = whereClause(&values);
    QSqlQuery q(m_book->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.id, b.number, c.name, b.amount_minor, b.paid_minor, b.currency, b.due_on, b.status, "
                             "coalesce(ch.state, '') FROM bills b JOIN clients c ON c.id = b.client_id "
                             "LEFT JOIN chases ch ON ch.bill_id = b.id%1 ORDER BY %2 LIMIT ? OFFSET ?")
                  .arg(where, orderBy(m_sort)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec()) {
        qCWarning(lcBillList) << "cannot read the bills:" << sqlErrorText(q.lastError());
        return rows;
    }
    const QLocale locale = m_book->locale();
    rows.reserve(limit);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.clientName = q.value(2).toString();
        const qint64 amount = q.value(3).toLongLong();
        const qint64 balance = amount - q.value(4).toLongLong();
        const QString currency = q.value(5).toString();
        r.amountText = Money(amount, currency).toDisplayString(locale);
        r.balanceText = Money(balance, currency).toDisplayString(locale);
        const QDate due = q.value(6).isNull() ? QDate() : QDate::fromString(q.value(6).toString(), Qt::ISODate);
        r.dueText = due.isValid() ? locale.toString(due, QLocale::ShortFormat) : QString();
        r.daysOverdue = due.isValid() ? int(daysOverdue(due, m_today)) : 0;
        r.status = q.value(7).toString();
        const bool outstanding = (r.status == QLatin1String("open") || r.status == QLatin1String("disputed")) && balance > 0;
        r.bucket = outstanding ? agingBucketKey(agingBucketFor(due, m_today)) : QString();
        r.chaseState = q.value(8).toString();
        rows.append(r);
    }
    return rows;
}

int BillListModel::countMatching() const
{
    QVariantList values;
    const QString where = whereClause(&values);
    // The client join is only needed to match the text against client names.
    const bool needsClient = !m_filterText.trimmed().isEmpty();
    QSqlQuery q(m_book->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM bills b%1%2")
                  .arg(needsClient ? QStringLiteral(" JOIN clients c ON c.id = b.client_id") : QString(), where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    qCWarning(lcBillList) << "cannot count the bills:" << sqlErrorText(q.lastError());
    return 0;
}

void BillListModel::reset()
{
    m_today = m_book->clock().today();
    const int total = countMatching();
    m_fetching = true;
    beginResetModel();
    m_totalCount = total;
    m_rows = loadPage(0);
    endResetModel();
    m_fetching = false;
    Q_EMIT totalCountChanged();
    Q_EMIT countChanged();
}

void BillListModel::refresh()
{
    if (m_rows.isEmpty() || m_today != m_book->clock().today()) {
        reset();
        return;
    }
    const int total = countMatching();
    const QList<Row> rows = loadPage(0, int(qMax<qsizetype>(pageSize, m_rows.size())));
    const bool sameBills = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) { return a.id == b.id; });
    if (!sameBills) {
        m_fetching = true;
        beginResetModel();
        m_rows = rows;
        m_totalCount = total;
        endResetModel();
        m_fetching = false;
    } else {
        m_rows = rows;
        m_totalCount = total;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
    Q_EMIT totalCountChanged();
    Q_EMIT countChanged();
}

} // namespace duedesk
