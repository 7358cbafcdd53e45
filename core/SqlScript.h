#pragma once

#include <QString>
#include <QStringList>

namespace duedesk {

// Splits an SQL script into single statements for QSqlQuery, which runs one at a time.
// Understands quotes, -- and /* */ comments, and CREATE TRIGGER ... BEGIN ... END bodies
// (including CASE ... END inside them). Empty statements and comments are dropped.
QStringList splitSqlScript(const QString &script);

} // namespace duedesk
