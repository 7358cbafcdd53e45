#include "ClientListModel.h"

#include <Book.h>
#include <Clock.h>
#include <Money.h>
#include <Repositories.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace duedesk {

Q_LOGGING_CATEGORY(lcClientList, "duedesk.ui.clients")

namespace {

QString orderBy(ClientListModel::Sort sort)
{
    // The id breaks ties, so equal names or balances keep one order from refresh to refresh.
    switch (sort) {
    case ClientListModel::NameAscending:
        return QStringLiteral("c.name COLLATE NOCASE, c.id");
    case ClientListModel::OutstandingDescending:
        return QStringLiteral("outstanding DESC, c.name COLLATE NOCASE, c.id");
    case ClientListModel::OverdueDescending:
        return QStringLiteral("overdue DESC, outstanding DESC, c.name COLLATE NOCASE, c.id");
    }
    return QStringLiteral("c.id");
}

// The digits of a phone number typed in any form, without the leading zeros of a trunk or international prefix
// ("07700 900123" and "0044 7700 900123" -> "7700900123"), so they are found inside a stored E.164 number.
QString phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar ch : text)
        if (ch.isDigit())
            digits.append(ch);
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits;
}

} // namespace

ClientListModel::ClientListModel(std::shared_ptr<Book> book, ModelLoading loading, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(std::move(book))
    , m_active(loading == ModelLoading::Now)
{
    reset();
}

void ClientListModel::activate()
{
    if (m_active)
        return;
    m_active = true;
    reset();
}

ClientListModel::~ClientListModel() = default;

QString ClientListModel::segmentText(const QString &key)
{
    if (key == QLatin1String("standard"))
        return tr("Standard");
    if (key == QLatin1String("new"))
        return tr("New");
    if (key == QLatin1String("vip"))
        return tr("VIP");
    if (key == QLatin1String("strategic"))
        return tr("Strategic");
    if (key == QLatin1String("government"))
        return tr("Government");
    return key;
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ClientIdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case CompanyRole:
        return r.company;
    case SegmentRole:
        return r.segment;
    case SegmentTextRole:
        return segmentText(r.segment);
    case OutstandingMinorRole:
        return r.outstandingMinor;
    case OutstandingTextRole:
        return Money(r.outstandingMinor, m_currency).toDisplayString(m_locale);
    case OverdueMinorRole:
        return r.overdueMinor;
    case OverdueTextRole:
        return Money(r.overdueMinor, m_currency).toDisplayString(m_locale);
    case OpenBillsRole:
        return r.openBills;
    case LastContactRole:
        return r.lastContact;
    case LastContactTextRole:
        return lastContactText(r.lastContact);
    case FlagRole:
        return r.flag;
    }
    return {};
}

QHash<int, QByteArray> ClientListModel::roleNames() const
{
    return {{ClientIdRole, "clientId"},
            {NameRole, "name"},
            {CompanyRole, "company"},
            {SegmentRole, "segment"},
            {SegmentTextRole, "segmentText"},
            {OutstandingMinorRole, "outstandingMinor"},
            {OutstandingTextRole, "outstandingText"},
            {OverdueMinorRole, "overdueMinor"},
            {OverdueTextRole, "overdueText"},
            {OpenBillsRole, "openBills"},
            {LastContactRole, "lastContact"},
            {LastContactTextRole, "lastContactText"},
            {FlagRole, "flag"}};
}

QString ClientListModel::lastContactText(const QString &iso) const
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    const QDate day = at.toLocalTime().date();
    if (day == m_today)
        return tr("Today");
    if (day == m_today.addDays(-1))
        return tr("Yesterday");
    return m_locale.toString(day, QLocale::ShortFormat);
}

void ClientListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    reset();
}

void ClientListModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    Q_EMIT sortChanged();
    reset();
}

int ClientListModel::rowOfClient(qint64 clientId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [clientId](const Row &r) { return r.id == clientId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QList<ClientListModel::Row> ClientListModel::load() const
{
    QVariantList values{m_currency, m_currency, m_today.toString(Qt::ISODate)};
    QString where;
    const QString text = m_filterText.trimmed();
    if (!text.isEmpty()) {
        QStringList terms;
        for (const char *column : {"c.name", "c.company", "c.email"}) {
            terms << QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(QLatin1String(column));
            values << text;
        }
        // Three digits at least, so that a house number in a name search does not match every phone.
        const QString digits = phoneDigits(text);
        if (digits.size() >= 3) {
            terms << QStringLiteral("instr(c.phone_e164, ?) > 0") << QStringLiteral("instr(c.whatsapp_id, ?) > 0");
            values << digits << digits;
        }
        where = QStringLiteral(" WHERE ") + terms.join(QLatin1String(" OR "));
    }
    QSqlQuery q(m_book->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.company, c.segment, c.flag, coalesce(a.outstanding, 0) AS outstanding, "
        "       coalesce(a.overdue, 0) AS overdue, coalesce(a.open_bills, 0), "
        "       max(coalesce((SELECT max(m.at) FROM messages m WHERE m.client_id = c.id), ''), "
        "           coalesce((SELECT max(o.sent_at) FROM outbox o WHERE o.client_id = c.id), '')) "
        "FROM clients c LEFT JOIN ("
        "  SELECT client_id, sum(CASE WHEN currency = ? THEN amount_minor - paid_minor ELSE 0 END) AS outstanding, "
        "         sum(CASE WHEN currency = ? AND due_on < ? THEN amount_minor - paid_minor ELSE 0 END) AS overdue, "
        "         count(*) AS open_bills "
        "  FROM bills WHERE status IN ('open', 'disputed') AND amount_minor - paid_minor > 0 GROUP BY client_id"
        ") a ON a.client_id = c.id%1 ORDER BY %2")
                  .arg(where, orderBy(m_sort)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<Row> rows;
    if (!q.exec()) {
        qCWarning(lcClientList) << "cannot read the clients:" << sqlErrorText(q.lastError());
        return rows;
    }
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.company = q.value(2).toString();
        r.segment = q.value(3).toString();
        r.flag = q.value(4).toString();
        r.outstandingMinor = q.value(5).toLongLong();
        r.overdueMinor = q.value(6).toLongLong();
        r.openBills = q.value(7).toInt();
        r.lastContact = q.value(8).toString();
        rows.append(r);
    }
    return rows;
}

void ClientListModel::reset()
{
    if (!m_active)
        return;
    m_today = m_book->clock().today();
    m_currency = m_book->currency();
    m_locale = m_book->locale();
    const QList<Row> rows = load();
    beginResetModel();
    m_rows = rows;
    m_bookClientCount = int(ClientRepository(*m_book).count());
    endResetModel();
    Q_EMIT countChanged();
}

void ClientListModel::refresh()
{
    if (!m_active)
        return;
    if (m_rows.isEmpty() || m_today != m_book->clock().today()) {
        reset();
        return;
    }
    const QList<Row> rows = load();
    m_bookClientCount = int(ClientRepository(*m_book).count());
    const bool sameClients = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) { return a.id == b.id; });
    if (!sameClients) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
    Q_EMIT countChanged();
}

} // namespace duedesk
