#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How core stores dates and times: ISO dates ("2026-11-23") and UTC ISO date-times, NULL when invalid.
namespace duedesk::sql {

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant dateTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>());
}

// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace duedesk::sql
