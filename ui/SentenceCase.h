#pragma once

#include <QLocale>
#include <QString>

namespace duedesk {

// A label placed inside a sentence: "Over 90 days overdue" → "over 90 days overdue", "Bot token" → "bot token".
// Only the first letter changes, and not at all in languages that capitalise nouns (German: "Passwort").
inline QString inSentence(const QString &label)
{
    if (label.isEmpty() || QLocale().language() == QLocale::German)
        return label;
    return label.left(1).toLower() + label.mid(1);
}

} // namespace duedesk
