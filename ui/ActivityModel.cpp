#include "ActivityModel.h"

#include <AuditLog.h>
#include <Book.h>
#include <Clock.h>
#include <Domain.h>
#include <Money.h>
#include <SqlValues.h>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <array>

namespace duedesk {

Q_LOGGING_CATEGORY(lcActivity, "duedesk.ui.activity")

namespace {

struct KindCategory {
    const char *kind;
    const char *category;
};

// Every audit kind core writes, with the category the Activity page files it under. Kinds not listed here
// (written by a newer part of DueDesk: settings, backups, imports) are "other".
constexpr std::array<KindCategory, 23> kindCategories{{
    {"draft", "reminders"},         {"approve", "reminders"},        {"skip", "reminders"},
    {"edit", "reminders"},          {"manual_chase", "reminders"},   {"sending", "messages"},
    {"sent", "messages"},           {"send_failed", "messages"},     {"send_uncertain", "messages"},
    {"send_cancelled", "messages"}, {"delivery_status", "messages"}, {"payment", "payments"},
    {"promise", "payments"},        {"promise_broken", "payments"},  {"write_off", "payments"},
    {"reply", "replies"},           {"handed_to_owner", "replies"},  {"opt_out", "replies"},
    {"dispute", "bills"},           {"dispute_resolved", "bills"},   {"pause_review", "bills"},
    {"resume", "bills"},            {"stop", "bills"},
}};

const std::array<const char *, 6> knownActors{"owner", "planner", "assistant", "auto-send", "bridge", "import"};

QStringList kindsOf(const QString &category)
{
    QStringList kinds;
    for (const KindCategory &k : kindCategories)
        if (category == QLatin1String(k.category))
            kinds << QLatin1String(k.kind);
    return kinds;
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// "?, ?, ?" for n values.
QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1String(", "));
}

// The first instant of a local calendar day, as the audit log stores times (UTC ISO text, which sorts as time).
QString startOfDayKey(const QDate &day)
{
    return sql::dateTime(day.startOfDay()).toString();
}

QString moneyText(const QJsonObject &detail, const char *amountKey, const QLocale &locale)
{
    const QString currency = detail.value(QLatin1String("currency")).toString();
    const QString amount = detail.value(QLatin1String(amountKey)).toString();
    const std::optional<Money> money = Money::parse(amount, currency);
    return money ? money->toDisplayString(locale) : amount;
}

QString dateText(const QJsonObject &detail, const char *key, const QLocale &locale)
{
    const QDate day = QDate::fromString(detail.value(QLatin1String(key)).toString(), Qt::ISODate);
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
}

QString channelText(const QJsonObject &detail)
{
    const std::optional<Channel> channel = channelFromKey(detail.value(QLatin1String("channel")).toString());
    return channel ? channelDisplayName(*channel) : detail.value(QLatin1String("channel")).toString();
}

} // namespace

ActivityModel::ActivityModel(std::shared_ptr<Book> book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(std::move(book))
{
    reset();
}

ActivityModel::~ActivityModel()
{
    if (!m_verifyThread)
        return;
    // The thread's connection to the book is closed on the thread that opened it, after a check in progress.
    QMetaObject::invokeMethod(
        m_verifyContext.get(),
        [book = m_book] {
            const QString name = book->database().connectionName();
            QSqlDatabase::removeDatabase(name);
        },
        Qt::BlockingQueuedConnection);
    m_verifyThread->quit();
    m_verifyThread->wait();
}

QString ActivityModel::categoryOf(const QString &kind)
{
    for (const KindCategory &k : kindCategories)
        if (kind == QLatin1String(k.kind))
            return QLatin1String(k.category);
    return QStringLiteral("other");
}

QString ActivityModel::actorText(const QString &actor)
{
    if (actor == QLatin1String("owner"))
        return tr("You");
    if (actor == QLatin1String("bridge"))
        return tr("Message service");
    if (actor == QLatin1String("import"))
        return tr("Import");
    if (actor == QLatin1String("planner") || actor == QLatin1String("assistant") || actor == QLatin1String("auto-send"))
        return tr("DueDesk");
    return actor;
}

QString ActivityModel::sentence(const QString &kind, const QString &actor, const QJsonObject &detail,
                                const QString &billNumber, const QString &clientName, const QLocale &locale)
{
    QString s;   // the bill and its client: "INV-000123 (Ingrid Nguyen)"
    if (!billNumber.isEmpty() && !clientName.isEmpty())
        s = tr("%1 (%2)").arg(billNumber, clientName);
    else
        s = billNumber.isEmpty() ? clientName : billNumber;
    const QString reason = detail.value(QLatin1String("reason")).toString();
    auto withReason = [&](const QString &withIt, const QString &without) {
        return reason.isEmpty() ? without.arg(s) : withIt.arg(s, reason);
    };

    if (kind == QLatin1String("draft"))
        return tr("Reminder drafted for %1").arg(s);
    if (kind == QLatin1String("approve"))
        return actor == QLatin1String("auto-send") ? tr("Reminder approved automatically for %1").arg(s)
                                                   : tr("Reminder approved for %1").arg(s);
    if (kind == QLatin1String("skip"))
        return tr("Reminder skipped for %1").arg(s);
    if (kind == QLatin1String("edit"))
        return tr("Reminder edited for %1").arg(s);
    if (kind == QLatin1String("manual_chase"))
        return tr("Extra reminder drafted for %1").arg(s);
    if (kind == QLatin1String("sending"))
        return tr("Reminder handed to the message service for %1").arg(s);
    if (kind == QLatin1String("sent"))
        return tr("Reminder sent for %1").arg(s);
    if (kind == QLatin1String("send_failed"))
        return withReason(tr("Reminder for %1 could not be sent: %2"), tr("Reminder for %1 could not be sent"));
    if (kind == QLatin1String("send_uncertain"))
        return withReason(tr("Reminder for %1 may not have been sent: %2"), tr("Reminder for %1 may not have been sent"));
    if (kind == QLatin1String("send_cancelled"))
        return withReason(tr("Reminder for %1 was not sent: %2"), tr("Reminder for %1 was not sent"));
    if (kind == QLatin1String("delivery_status")) {
        const QString status = detail.value(QLatin1String("status")).toString();
        if (status == QLatin1String("delivered"))
            return tr("Reminder delivered for %1").arg(s);
        if (status == QLatin1String("read"))
            return tr("Reminder read for %1").arg(s);
        return tr("Reminder for %1 could not be delivered").arg(s);
    }
    if (kind == QLatin1String("payment"))
        return detail.value(QLatin1String("settled")).toBool()
            ? tr("Payment of %1 recorded for %2: paid in full").arg(moneyText(detail, "amount", locale), s)
            : tr("Payment of %1 recorded for %2").arg(moneyText(detail, "amount", locale), s);
    if (kind == QLatin1String("promise"))
        return tr("Promise to pay %1 by %2").arg(s, dateText(detail, "promised_on", locale));
    if (kind == QLatin1String("promise_broken"))
        return tr("Promise to pay %1 by %2 was not kept").arg(s, dateText(detail, "promised_on", locale));
    if (kind == QLatin1String("write_off"))
        return tr("%1 written off (%2)").arg(s, moneyText(detail, "balance", locale));
    if (kind == QLatin1String("reply"))
        return tr("Reply received for %1").arg(s);
    if (kind == QLatin1String("handed_to_owner")) {
        const QString task = detail.value(QLatin1String("kind")).toString();
        if (task == QLatin1String("confirm_payment"))
            return tr("Reply for %1 handed to you: they say it is paid").arg(s);
        if (task == QLatin1String("dispute"))
            return tr("Reply for %1 handed to you: they dispute the bill").arg(s);
        if (task == QLatin1String("payment_plan"))
            return tr("Reply for %1 handed to you: they ask for a payment plan").arg(s);
        if (task == QLatin1String("promise_without_date"))
            return tr("Reply for %1 handed to you: a promise without a date").arg(s);
        if (task == QLatin1String("wrong_person"))
            return tr("Reply for %1 handed to you: they say it is the wrong person").arg(s);
        return tr("Reply for %1 handed to you").arg(s);
    }
    if (kind == QLatin1String("opt_out"))
        return tr("%1 asked for no more messages by %2").arg(s, channelText(detail));
    if (kind == QLatin1String("dispute"))
        return tr("%1 marked as disputed").arg(s);
    if (kind == QLatin1String("dispute_resolved"))
        return tr("Dispute on %1 resolved").arg(s);
    if (kind == QLatin1String("pause_review"))
        return tr("Reminders paused for %1 while you check a payment").arg(s);
    if (kind == QLatin1String("resume"))
        return tr("Reminders resumed for %1").arg(s);
    if (kind == QLatin1String("stop"))
        return tr("Reminders stopped for %1").arg(s);
    // A kind this version does not know: its key in words, with the bill when there is one.
    QString words = kind;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return s.isEmpty() ? words : tr("%1: %2").arg(words, s);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ActivityModel::dayText(const QDate &day) const
{
    if (day == m_today)
        return tr("Today");
    if (day == m_today.addDays(-1))
        return tr("Yesterday");
    return m_book->locale().toString(day, QLocale::LongFormat);
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole:
        return r.id;
    case AtRole:
        return r.at;
    case TimeTextRole:
        return m_book->locale().toString(r.at.toLocalTime().time(), QLocale::ShortFormat);
    case DayTextRole:
        return dayText(r.at.toLocalTime().date());
    case ActorRole:
        return r.actor;
    case ActorTextRole:
        return actorText(r.actor);
    case KindRole:
        return r.kind;
    case CategoryRole:
        return categoryOf(r.kind);
    case Qt::DisplayRole:
    case SentenceRole:
        return r.sentence;
    case BillNumberRole:
        return r.billNumber;
    case ClientNameRole:
        return r.clientName;
    }
    return {};
}

QHash<int, QByteArray> ActivityModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},   {AtRole, "at"},           {TimeTextRole, "timeText"},
            {DayTextRole, "dayText"},   {ActorRole, "actor"},     {ActorTextRole, "actorText"},
            {KindRole, "kind"},         {CategoryRole, "category"}, {SentenceRole, "sentence"},
            {BillNumberRole, "billNumber"}, {ClientNameRole, "clientName"}};
}

bool ActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_totalCount;
}

void ActivityModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> page = load(m_rows.isEmpty() ? 0 : m_rows.constLast().id, 0, pageSize);
    if (page.isEmpty()) {
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

void ActivityModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    reset();
}

void ActivityModel::setKindFilter(const QString &category)
{
    if (category == m_kindFilter)
        return;
    m_kindFilter = category;
    Q_EMIT kindFilterChanged();
    reset();
}

void ActivityModel::setFromDate(const QDate &day)
{
    if (day == m_fromDate)
        return;
    m_fromDate = day;
    Q_EMIT dateRangeChanged();
    reset();
}

void ActivityModel::setToDate(const QDate &day)
{
    if (day == m_toDate)
        return;
    m_toDate = day;
    Q_EMIT dateRangeChanged();
    reset();
}

QString ActivityModel::dateRangeText() const
{
    const QLocale locale = m_book->locale();
    const QString from = m_fromDate.isValid() ? locale.toString(m_fromDate, QLocale::ShortFormat) : QString();
    const QString to = m_toDate.isValid() ? locale.toString(m_toDate, QLocale::ShortFormat) : QString();
    if (from.isEmpty())
        return to.isEmpty() ? QString() : tr("Until %1").arg(to);
    if (to.isEmpty())
        return tr("From %1").arg(from);
    return from == to ? from : tr("%1 – %2").arg(from, to);
}

void ActivityModel::showLastDays(int days)
{
    const QDate today = m_book->clock().today();
    const QDate from = days > 0 ? today.addDays(1 - days) : QDate();
    const QDate to = days > 0 ? today : QDate();
    if (from == m_fromDate && to == m_toDate)
        return;
    m_fromDate = from;
    m_toDate = to;
    Q_EMIT dateRangeChanged();
    reset();
}

int ActivityModel::rowOfEntry(qint64 entryId) const
{
    // Newest first: ids fall down the list.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), entryId,
                                     [](const Row &r, qint64 id) { return r.id > id; });
    return it != m_rows.end() && it->id == entryId ? int(it - m_rows.begin()) : -1;
}

bool ActivityModel::isFiltered() const
{
    return !m_filterText.trimmed().isEmpty() || !m_kindFilter.isEmpty() || m_fromDate.isValid() || m_toDate.isValid();
}

int ActivityModel::showEntry(qint64 entryId)
{
    const QList<Row> entry = load(entryId + 1, entryId - 1, 1, false);
    if (entry.isEmpty())
        return -1;
    const QDate day = entry.constFirst().at.toLocalTime().date();
    const bool changed = !m_filterText.isEmpty() || !m_kindFilter.isEmpty() || m_fromDate != day || m_toDate != day;
    if (!m_filterText.isEmpty()) {
        m_filterText.clear();
        Q_EMIT filterTextChanged();
    }
    if (!m_kindFilter.isEmpty()) {
        m_kindFilter.clear();
        Q_EMIT kindFilterChanged();
    }
    if (m_fromDate != day || m_toDate != day) {
        m_fromDate = day;
        m_toDate = day;
        Q_EMIT dateRangeChanged();
    }
    if (changed)
        reset();
    while (rowOfEntry(entryId) < 0 && canFetchMore({}))
        fetchMore({});
    return rowOfEntry(entryId);
}

QStringList ActivityModel::filterTerms(QVariantList *values) const
{
    QStringList terms;
    const QString text = m_filterText.trimmed();
    if (!text.isEmpty()) {
        // Bill numbers and client names in SQL; the words of what happened and who did it through the kinds and
        // actors whose text contains the search, so "approved" or "you" find what the page shows.
        QStringList alternatives{QStringLiteral("b.number LIKE ? ESCAPE '\\'"), QStringLiteral("c.name LIKE ? ESCAPE '\\'")};
        *values << likePattern(text) << likePattern(text);
        const QLocale locale = m_book->locale();
        QStringList kinds;
        for (const KindCategory &k : kindCategories) {
            const QString kind = QLatin1String(k.kind);
            if (sentence(kind, {}, {}, {}, {}, locale).contains(text, Qt::CaseInsensitive)
                || sentence(kind, QStringLiteral("auto-send"), {}, {}, {}, locale).contains(text, Qt::CaseInsensitive))
                kinds << kind;
        }
        if (!kinds.isEmpty()) {
            alternatives << QStringLiteral("a.kind IN (%1)").arg(marks(kinds.size()));
            for (const QString &k : std::as_const(kinds))
                *values << k;
        }
        QStringList actors;
        for (const char *a : knownActors)
            if (actorText(QLatin1String(a)).contains(text, Qt::CaseInsensitive))
                actors << QLatin1String(a);
        if (!actors.isEmpty()) {
            alternatives << QStringLiteral("a.actor IN (%1)").arg(marks(actors.size()));
            for (const QString &a : std::as_const(actors))
                *values << a;
        }
        terms << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (!m_kindFilter.isEmpty()) {
        // "other" is every kind no category claims, so entries of kinds added later still show somewhere.
        const bool other = m_kindFilter == QLatin1String("other");
        QStringList kinds = kindsOf(m_kindFilter);
        if (other)
            for (const KindCategory &k : kindCategories)
                if (qstrcmp(k.category, "other") != 0)
                    kinds << QLatin1String(k.kind);
        terms << QStringLiteral("a.kind %1 (%2)").arg(other ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                                                      marks(kinds.size()));
        for (const QString &k : std::as_const(kinds))
            *values << k;
        if (kinds.isEmpty())
            terms.last() = QStringLiteral("0");
    }
    if (m_fromDate.isValid()) {
        terms << QStringLiteral("a.at >= ?");
        *values << startOfDayKey(m_fromDate);
    }
    if (m_toDate.isValid()) {
        terms << QStringLiteral("a.at < ?");
        *values << startOfDayKey(m_toDate.addDays(1));
    }
    return terms;
}

QList<ActivityModel::Row> ActivityModel::load(qint64 beforeId, qint64 afterId, int limit, bool filtered) const
{
    QVariantList values;
    QStringList terms = filtered ? filterTerms(&values) : QStringList();
    if (beforeId > 0) {
        terms << QStringLiteral("a.id < ?");
        values << beforeId;
    }
    if (afterId > 0) {
        terms << QStringLiteral("a.id > ?");
        values << afterId;
    }
    QSqlQuery q(m_book->database());
    q.setForwardOnly(true);
    // The client of an entry without one is the bill's client. Newest first walks the primary key backwards.
    q.prepare(QStringLiteral("SELECT a.id, a.at, a.actor, a.kind, a.detail, b.number, c.name FROM audit_log a "
                             "LEFT JOIN bills b ON b.id = a.bill_id "
                             "LEFT JOIN clients c ON c.id = coalesce(a.client_id, b.client_id)%1 "
                             "ORDER BY a.id DESC LIMIT ?")
                  .arg(terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<Row> rows;
    if (!q.exec()) {
        qCWarning(lcActivity) << "cannot read the audit log:" << sqlErrorText(q.lastError());
        return rows;
    }
    const QLocale locale = m_book->locale();
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.at = sql::toDateTime(q.value(1));
        r.actor = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.billNumber = q.value(5).toString();
        r.clientName = q.value(6).toString();
        const QJsonObject detail = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        r.sentence = sentence(r.kind, r.actor, detail, r.billNumber, r.clientName, locale);
        rows.append(r);
    }
    return rows;
}

int ActivityModel::countMatching() const
{
    QVariantList values;
    const QStringList terms = filterTerms(&values);
    // The joins are only needed to match the text against bill numbers and client names.
    const bool joins = !m_filterText.trimmed().isEmpty();
    QSqlQuery q(m_book->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log a%1%2")
                  .arg(joins ? QStringLiteral(" LEFT JOIN bills b ON b.id = a.bill_id LEFT JOIN clients c "
                                              "ON c.id = coalesce(a.client_id, b.client_id)")
                             : QString(),
                       terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    qCWarning(lcActivity) << "cannot count the audit log:" << sqlErrorText(q.lastError());
    return 0;
}

void ActivityModel::reset()
{
    m_today = m_book->clock().today();
    const int total = countMatching();
    m_fetching = true;
    beginResetModel();
    m_totalCount = total;
    m_rows = load(0, 0, pageSize);
    endResetModel();
    m_fetching = false;
    Q_EMIT totalCountChanged();
    Q_EMIT countChanged();
}

void ActivityModel::refresh()
{
    if (m_rows.isEmpty() || m_today != m_book->clock().today()) {
        // Nothing to keep, or "Today" moved: every section title changes.
        reset();
        return;
    }
    // The log only grows at the top. The new entries are few; a long absence is capped at a page like a reset.
    const QList<Row> added = load(0, m_rows.constFirst().id, pageSize + 1);
    if (added.size() > pageSize) {
        reset();
        return;
    }
    m_totalCount = countMatching();
    if (!added.isEmpty()) {
        m_fetching = true;
        beginInsertRows({}, 0, int(added.size()) - 1);
        m_rows = added + m_rows;
        endInsertRows();
        m_fetching = false;
        Q_EMIT countChanged();
    }
    Q_EMIT totalCountChanged();
}

void ActivityModel::verifyChain()
{
    if (m_verifyState == Checking)
        return;
    m_verifyState = Checking;
    m_verifyText = tr("Checking every entry…");
    m_brokenEntryId = 0;
    Q_EMIT verifyChanged();
    if (!m_verifyThread) {
        m_verifyThread = std::make_unique<QThread>();
        m_verifyThread->setObjectName(QStringLiteral("audit-verify"));
        m_verifyContext = std::make_unique<QObject>();
        m_verifyContext->moveToThread(m_verifyThread.get());
        m_verifyThread->start(QThread::LowPriority);
    }
    // The destructor waits for the thread before `this` goes, and a queued call to a deleted object is dropped.
    QMetaObject::invokeMethod(m_verifyContext.get(), [this, book = m_book] {
        const AuditLog::Verification v = AuditLog(*book).verify();
        QMetaObject::invokeMethod(this, [this, v] { finishVerify(v); }, Qt::QueuedConnection);
    });
}

void ActivityModel::finishVerify(const AuditLog::Verification &v)
{
    const QLocale locale = m_book->locale();
    if (v.ok) {
        m_verifyState = Intact;
        m_verifyText = v.rows == 1 ? tr("The one entry checks out: nothing was changed or removed.")
                                   : tr("All %1 entries check out: nothing was changed or removed.")
                                         .arg(locale.toString(v.rows));
    } else if (v.firstBrokenId == 0) {
        // The log could not be read at all.
        m_verifyState = Broken;
        m_verifyText = v.reason;
    } else {
        m_verifyState = Broken;
        m_brokenEntryId = v.firstBrokenId;
        QStringList text{tr("Entry %1 does not check out (%2). The trail may have been changed outside DueDesk "
                            "from there on.")
                             .arg(locale.toString(v.firstBrokenId), v.reason)};
        // Name the entry as the page shows it (whatever the filters), so the owner can find it.
        const QList<Row> entry = load(v.firstBrokenId + 1, v.firstBrokenId - 1, 1, false);
        if (!entry.isEmpty()) {
            const QDateTime at = entry.constFirst().at.toLocalTime();
            text << tr("It was recorded on %1 at %2: “%3”.")
                        .arg(locale.toString(at.date(), QLocale::ShortFormat),
                             locale.toString(at.time(), QLocale::ShortFormat), entry.constFirst().sentence);
        }
        m_verifyText = text.join(QLatin1Char(' '));
    }
    Q_EMIT verifyChanged();
}

} // namespace duedesk
