#include "Currency.h"

#include <QHash>
#include <QLocale>
#include <QMutex>

namespace duedesk {

namespace {

// Active ISO 4217 codes whose minor unit is not 2, and the 2-digit ones DueDesk expects to meet.
const QHash<QString, int> &table()
{
    static const QHash<QString, int> digits = [] {
        QHash<QString, int> t;
        const char *twoDigit[] = {
            "AED", "ARS", "AUD", "BBD", "BDT", "BGN", "BMD", "BND", "BOB", "BRL", "BSD", "BWP", "BZD", "CAD",
            "CHF", "CNY", "COP", "CRC", "CZK", "DKK", "DOP", "DZD", "EGP", "ETB", "EUR", "FJD", "GBP", "GEL",
            "GHS", "GMD", "GTQ", "HKD", "HNL", "HUF", "IDR", "ILS", "INR", "JMD", "KES", "KZT", "LKR", "MAD",
            "MDL", "MKD", "MUR", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PEN", "PHP",
            "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SEK", "SGD", "THB", "TRY", "TTD", "TWD", "TZS",
            "UAH", "USD", "UYU", "UZS", "VES", "XCD", "ZAR", "ZMW"};
        for (const char *c : twoDigit)
            t.insert(QString::fromLatin1(c), 2);
        const char *zeroDigit[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                   "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"};
        for (const char *c : zeroDigit)
            t.insert(QString::fromLatin1(c), 0);
        const char *threeDigit[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
        for (const char *c : threeDigit)
            t.insert(QString::fromLatin1(c), 3);
        return t;
    }();
    return digits;
}

} // namespace

bool Currency::isKnown(const QString &code)
{
    return table().contains(code);
}

int Currency::minorDigits(const QString &code)
{
    return table().value(code, -1);
}

QStringList Currency::knownCodes()
{
    QStringList codes = table().keys();
    codes.sort();
    return codes;
}

QString Currency::symbol(const QString &code, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(code);
    if (it != cache.constEnd())
        return *it;
    QString found = code;
    const QList<QLocale> all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &candidate : all) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) != code)
            continue;
        const QString sym = candidate.currencySymbol(QLocale::CurrencySymbol);
        // Prefer a short, unambiguous-looking symbol; "$" alone is ambiguous across currencies.
        if (!sym.isEmpty() && sym != QLatin1String("$")) {
            found = sym;
            break;
        }
    }
    if (found == code && code == QLatin1String("USD"))
        found = QStringLiteral("US$");
    cache.insert(code, found);
    return found;
}

} // namespace duedesk
