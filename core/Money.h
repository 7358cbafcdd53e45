#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QLocale;

namespace duedesk {

// An amount in integer minor units of an ISO 4217 currency. Never floating point.
// Arithmetic that would overflow int64 fails (returns std::nullopt) instead of wrapping.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    enum class Rounding {
        Reject,   // more decimals than the currency has is an error
        HalfEven, // banker's rounding
        HalfUp,   // away from zero at .5
    };

    Money() = default;
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) { }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    // Parses "1234.5", "-12", "1,234.50" (comma thousands separators allowed, a point for decimals).
    // Returns std::nullopt and sets *error (translated) for junk, an unknown currency, excess decimals
    // under Rounding::Reject, or a value beyond int64 minor units.
    static std::optional<Money> parse(const QString &text, const QString &currency,
                                      Rounding rounding = Rounding::Reject, QString *error = nullptr);

    // "1234.50", "-0.05", "1000" (JPY), "1.250" (KWD): the plain decimal form used in JSON and CSV.
    QString toDecimalString() const;
    // Locale formatted with the currency symbol, e.g. "£1,234.50" in en_GB.
    QString toDisplayString(const QLocale &locale) const;

    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;
    // this * numerator / denominator, rounded as asked (Reject behaves as HalfEven here); nullopt when
    // the product this * numerator overflows int64 or the denominator is zero.
    std::optional<Money> scaled(qint64 numerator, qint64 denominator, Rounding rounding = Rounding::HalfEven) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// Minor units as a decimal string with the given number of digits ("12345", 2 -> "123.45").
QString minorToDecimalString(qint64 minor, int digits);

} // namespace duedesk
