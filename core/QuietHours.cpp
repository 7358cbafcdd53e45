#include "QuietHours.h"

#include "AuditLog.h"
#include "Book.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

QTime timeOr(const QString &text, const QTime &fallback)
{
    const QTime t = QTime::fromString(text, kTimeFormat);
    return t.isValid() ? t : fallback;
}

} // namespace

QuietHours QuietHours::fromBook(const Book &book)
{
    QuietHours hours;
    hours.start = timeOr(book.setting(QStringLiteral("quiet_start")), hours.start);
    hours.end = timeOr(book.setting(QStringLiteral("quiet_end")), hours.end);
    hours.sundaysOff = book.setting(QStringLiteral("quiet_sundays"), QStringLiteral("1")) != QLatin1String("0");
    return hours;
}

QString QuietHours::problem() const
{
    if (!start.isValid() || !end.isValid())
        return tr("Enter the quiet hours as times, like 20:00 and 08:00.");
    if (start == end)
        return tr("The quiet hours start and end at the same time. Choose an end time after the start.");
    return {};
}

bool QuietHours::save(const Book &book, QString *error) const
{
    QString why = problem();
    if (why.isEmpty()) {
        QSqlDatabase db = book.database();
        WriteTransaction tx(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("quiet_start"), start.toString(kTimeFormat)},
            {QStringLiteral("quiet_end"), end.toString(kTimeFormat)},
            {QStringLiteral("quiet_sundays"), sundaysOff ? QStringLiteral("1") : QStringLiteral("0")},
        };
        bool ok = tx.isActive();
        for (const auto &[key, value] : values) {
            if (!ok)
                break;
            q.addBindValue(key);
            q.addBindValue(value);
            ok = q.exec();
        }
        // Saturday and other quiet days a policy has stay; only Sunday follows the switch.
        if (ok) {
            ok = q.exec(QStringLiteral("SELECT id, quiet_days FROM policies"));
            QList<std::pair<qint64, QString>> days;
            while (ok && q.next()) {
                QStringList list = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
                list.removeAll(QStringLiteral("7"));
                if (sundaysOff)
                    list.append(QStringLiteral("7"));
                days.append({q.value(0).toLongLong(), list.join(QLatin1Char(','))});
            }
            q.finish();
            q.prepare(QStringLiteral("UPDATE policies SET quiet_start = ?, quiet_end = ?, quiet_days = ? WHERE id = ?"));
            for (const auto &[id, list] : days) {
                if (!ok)
                    break;
                q.addBindValue(start.toString(kTimeFormat));
                q.addBindValue(end.toString(kTimeFormat));
                q.addBindValue(sql::text(list));   // no quiet days: '' (a null QString would bind NULL)
                q.addBindValue(id);
                ok = q.exec();
            }
        }
        if (ok)
            ok = AuditLog(book).append(QStringLiteral("quiet_hours_saved"), QStringLiteral("owner"), 0, 0,
                                       {{QStringLiteral("start"), values.at(0).second},
                                        {QStringLiteral("end"), values.at(1).second},
                                        {QStringLiteral("sundays_off"), sundaysOff}},
                                       &why);
        if (ok && tx.commit())
            return true;
        if (why.isEmpty())
            why = tr("Cannot save the quiet hours: %1").arg(tx.isActive() ? sqlErrorText(q.lastError()) : tx.error());
    }
    if (error)
        *error = why;
    return false;
}

void QuietHours::applyTo(Policy &policy) const
{
    policy.quietStart = start;
    policy.quietEnd = end;
    policy.quietDays.removeAll(7);
    if (sundaysOff)
        policy.quietDays.append(7);
}

} // namespace duedesk
