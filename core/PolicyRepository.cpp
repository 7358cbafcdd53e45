#include "PolicyRepository.h"

#include "Book.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

QList<int> parseDays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int d = part.trimmed().toInt();
        if (d >= 1 && d <= 7)
            days.append(d);
    }
    return days;
}

QList<Channel> parseChannels(const QString &text)
{
    QList<Channel> channels;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto c = channelFromKey(part))
            channels.append(*c);
    return channels;
}

QString joinChannels(const QList<Channel> &channels)
{
    QStringList keys;
    for (Channel c : channels)
        keys.append(channelKey(c));
    return keys.join(QLatin1Char(','));
}

QString ruleKey(ChannelRule rule)
{
    switch (rule) {
    case ChannelRule::Preferred:
        return QStringLiteral("preferred");
    case ChannelRule::Fixed:
        return QStringLiteral("fixed");
    case ChannelRule::Fallback:
        return QStringLiteral("fallback");
    }
    return {};
}

QList<Policy> load(const Book &book, const QString &where, const QVariant &value)
{
    QSqlDatabase db = book.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, coalesce(key, ''), name, auto_send, quiet_start, quiet_end, quiet_days, "
                             "weekly_cap FROM policies %1 ORDER BY id").arg(where));
    if (value.isValid())
        q.addBindValue(value);
    QList<Policy> policies;
    if (!q.exec())
        return policies;
    while (q.next()) {
        Policy p;
        p.id = q.value(0).toLongLong();
        p.key = q.value(1).toString();
        p.name = q.value(2).toString();
        p.autoSend = q.value(3).toBool();
        p.quietStart = QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
        p.quietEnd = QTime::fromString(q.value(5).toString(), QStringLiteral("HH:mm"));
        p.quietDays = parseDays(q.value(6).toString());
        p.weeklyCap = q.value(7).toInt();
        policies.append(p);
    }
    QSqlQuery s(db);
    s.prepare(QStringLiteral("SELECT position, offset_days, channel_rule, channels, tone, template, coalesce(on_bucket, '') "
                             "FROM policy_steps WHERE policy_id = ? ORDER BY position"));
    for (Policy &p : policies) {
        s.addBindValue(p.id);
        if (!s.exec())
            continue;
        while (s.next()) {
            PolicyStep step;
            step.position = s.value(0).toInt();
            step.offsetDays = s.value(1).toInt();
            const QString rule = s.value(2).toString();
            step.channelRule = rule == QLatin1String("fixed")      ? ChannelRule::Fixed
                             : rule == QLatin1String("fallback") ? ChannelRule::Fallback
                                                                 : ChannelRule::Preferred;
            step.channels = parseChannels(s.value(3).toString());
            step.tone = toneFromKey(s.value(4).toString()).value_or(Tone::Friendly);
            step.templateKind = s.value(5).toString();
            step.onBucket = s.value(6).toString();
            p.steps.append(step);
        }
    }
    return policies;
}

} // namespace

QList<Policy> PolicyRepository::all() const
{
    return load(m_book, QString(), QVariant());
}

std::optional<Policy> PolicyRepository::byId(qint64 id) const
{
    const QList<Policy> found = load(m_book, QStringLiteral("WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Policy>(found.first());
}

std::optional<Policy> PolicyRepository::byKey(const QString &key) const
{
    const QList<Policy> found = load(m_book, QStringLiteral("WHERE key = ?"), key);
    return found.isEmpty() ? std::nullopt : std::optional<Policy>(found.first());
}

QHash<QString, qint64> PolicyRepository::segmentDefaults() const
{
    QHash<QString, qint64> defaults;
    QSqlQuery q(m_book.database());
    if (q.exec(QStringLiteral("SELECT segment, policy_id FROM segment_policies")))
        while (q.next())
            defaults.insert(q.value(0).toString(), q.value(1).toLongLong());
    return defaults;
}

qint64 PolicyRepository::policyIdForClient(qint64 clientId) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral(
        "SELECT coalesce(c.policy_id, s.policy_id, (SELECT id FROM policies WHERE key = 'standard')) "
        "FROM clients c LEFT JOIN segment_policies s ON s.segment = c.segment WHERE c.id = ?"));
    q.addBindValue(clientId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<qint64> PolicyRepository::save(const Policy &p)
{
    using R = Result<qint64>;
    if (p.steps.isEmpty())
        return R::failure(tr("A reminder policy needs at least one step."));
    QSqlDatabase db = m_book.database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return R::failure(tr("Cannot save the policy: %1").arg(tx.error()));
    QSqlQuery q(db);
    QStringList days;
    for (int d : p.quietDays)
        days.append(QString::number(d));
    if (p.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO policies (name, auto_send, quiet_start, quiet_end, quiet_days, weekly_cap) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE policies SET name = ?, auto_send = ?, quiet_start = ?, quiet_end = ?, "
                                 "quiet_days = ?, weekly_cap = ? WHERE id = ?"));
    }
    q.addBindValue(p.name);
    q.addBindValue(p.autoSend ? 1 : 0);
    q.addBindValue(p.quietStart.toString(QStringLiteral("HH:mm")));
    q.addBindValue(p.quietEnd.toString(QStringLiteral("HH:mm")));
    q.addBindValue(days.join(QLatin1Char(',')));
    q.addBindValue(qMax(1, p.weeklyCap));
    if (p.id != 0)
        q.addBindValue(p.id);
    if (!q.exec())
        return R::failure(tr("Cannot save the policy: %1").arg(sqlErrorText(q.lastError())));
    const qint64 id = p.id == 0 ? q.lastInsertId().toLongLong() : p.id;
    q.prepare(QStringLiteral("DELETE FROM policy_steps WHERE policy_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(tr("Cannot save the policy: %1").arg(sqlErrorText(q.lastError())));
    int position = 0;
    for (const PolicyStep &step : p.steps) {
        q.prepare(QStringLiteral("INSERT INTO policy_steps (policy_id, position, offset_days, channel_rule, channels, tone, "
                                 "template, on_bucket) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(position++);
        q.addBindValue(step.offsetDays);
        q.addBindValue(ruleKey(step.channelRule));
        q.addBindValue(sql::text(joinChannels(step.channels)));
        q.addBindValue(toneKey(step.tone));
        q.addBindValue(step.templateKind);
        q.addBindValue(step.onBucket.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(step.onBucket));
        if (!q.exec())
            return R::failure(tr("Cannot save the policy: %1").arg(sqlErrorText(q.lastError())));
    }
    QString why;
    if (p.id != 0 && !reschedule(id, 0, &why))
        return R::failure(tr("Cannot save the policy: %1").arg(why));
    if (!tx.commit())
        return R::failure(tr("Cannot save the policy: %1").arg(tx.error()));
    return id;
}

bool PolicyRepository::reschedule(qint64 policyId, qint64 clientId, QString *error)
{
    // The chases of open bills whose client follows the policy (its own override, else its segment's, else
    // Standard); a bucket step falls on the bucket's first day.
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral(
        "UPDATE chases SET next_due_on = ("
        "  SELECT date(chases.anchor_on, printf('%+d days', CASE ps.on_bucket WHEN '1-30' THEN 1 WHEN '31-60' THEN 31 "
        "         WHEN '61-90' THEN 61 WHEN '90+' THEN 91 ELSE ps.offset_days END)) "
        "  FROM policy_steps ps WHERE ps.policy_id = ? AND ps.position = chases.next_position) "
        "WHERE state = 'active' AND anchor_on IS NOT NULL AND bill_id IN ("
        "  SELECT b.id FROM bills b JOIN clients c ON c.id = b.client_id "
        "  LEFT JOIN segment_policies s ON s.segment = c.segment "
        "  WHERE b.status = 'open' AND (? = 0 OR c.id = ?) "
        "  AND coalesce(c.policy_id, s.policy_id, (SELECT id FROM policies WHERE key = 'standard')) = ?)"));
    q.addBindValue(policyId);
    q.addBindValue(clientId);
    q.addBindValue(clientId);
    q.addBindValue(policyId);
    if (!q.exec()) {
        if (error)
            *error = sqlErrorText(q.lastError());
        return false;
    }
    return true;
}

bool PolicyRepository::setClientOverride(qint64 clientId, std::optional<qint64> policyId, QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("UPDATE clients SET policy_id = ? WHERE id = ?"));
    q.addBindValue(policyId ? QVariant(*policyId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(clientId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("Cannot change the client's policy: %1").arg(sqlErrorText(q.lastError()));
        return false;
    }
    // The client's running chases follow their new policy from now on.
    QSqlQuery p(m_book.database());
    p.prepare(QStringLiteral("SELECT coalesce(c.policy_id, s.policy_id, (SELECT id FROM policies WHERE key = 'standard')) "
                             "FROM clients c LEFT JOIN segment_policies s ON s.segment = c.segment WHERE c.id = ?"));
    p.addBindValue(clientId);
    if (!p.exec() || !p.next())
        return true;
    const qint64 effective = p.value(0).toLongLong();
    p.finish();
    return reschedule(effective, clientId, error);
}

} // namespace duedesk
