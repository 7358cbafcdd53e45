#pragma once

#include <QString>

namespace duedesk {

// Installs DueDesk's and Qt's translations for language ("de", "es-MX"); empty means the system's
// UI language. Replaces translators installed by an earlier call and makes that locale QLocale's default.
// Returns the language in use.
QString installTranslations(const QString &language);

// Languages DueDesk ships, as codes ("en", "es", "fr", "de").
QStringList shippedLanguages();

} // namespace duedesk
