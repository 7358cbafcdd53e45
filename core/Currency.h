#pragma once

#include <QString>
#include <QStringList>

class QLocale;

namespace duedesk {

// ISO 4217 currencies that DueDesk knows, with their minor-unit digits (0 for JPY, 2 for GBP, 3 for KWD).
class Currency
{
public:
    // True when code is a known ISO 4217 code (upper case, three letters).
    static bool isKnown(const QString &code);
    // Minor-unit digits of a known code; -1 when the code is unknown.
    static int minorDigits(const QString &code);
    static QStringList knownCodes();
    // The symbol to show for code in locale: the locale's own symbol for its own currency ("£" in en_GB),
    // otherwise the symbol used where that currency is at home ("€", "US$" style), or the code itself.
    static QString symbol(const QString &code, const QLocale &locale);
};

} // namespace duedesk
