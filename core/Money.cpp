#include "Money.h"

#include "Currency.h"

#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace duedesk {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// num / den with the requested rounding; den > 0. Cannot overflow: |result| <= |num|.
qint64 roundedDivide(qint64 num, qint64 den, Money::Rounding rounding)
{
    qint64 q = num / den;
    const qint64 r = num % den;
    if (r != 0) {
        // Compare |r| with den - |r| instead of 2|r| with den, which could overflow.
        const qint64 absR = r < 0 ? -r : r;
        const qint64 rest = den - absR;
        bool awayFromZero = absR > rest;
        if (absR == rest)
            awayFromZero = (rounding == Money::Rounding::HalfUp) || (q % 2 != 0);
        if (awayFromZero)
            q += num < 0 ? -1 : 1;
    }
    return q;
}

} // namespace

QString minorToDecimalString(qint64 minor, int digits)
{
    const bool negative = minor < 0;
    // Work in unsigned to survive INT64_MIN.
    quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString digitsText = QString::number(magnitude);
    if (digits > 0) {
        if (digitsText.size() <= digits)
            digitsText = QString(digits - digitsText.size() + 1, QLatin1Char('0')) + digitsText;
        digitsText.insert(digitsText.size() - digits, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digitsText : digitsText;
}

std::optional<Money> Money::parse(const QString &input, const QString &currency, Rounding rounding, QString *error)
{
    const int digits = Currency::minorDigits(currency);
    if (digits < 0) {
        setError(error, tr("unknown currency \"%1\"").arg(currency));
        return std::nullopt;
    }
    QString text = input.trimmed();
    if (text.isEmpty()) {
        setError(error, tr("amount is empty"));
        return std::nullopt;
    }
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text.remove(0, 1);
    }
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    // Thousands separators are allowed only in groups of three.
    if (whole.contains(QLatin1Char(','))) {
        const QStringList groups = whole.split(QLatin1Char(','));
        bool ok = !groups.first().isEmpty() && groups.first().size() <= 3;
        for (qsizetype i = 1; ok && i < groups.size(); ++i)
            ok = groups.at(i).size() == 3;
        if (!ok) {
            setError(error, tr("\"%1\" is not an amount (use a point for decimals, e.g. 1234.50)").arg(input));
            return std::nullopt;
        }
        whole.remove(QLatin1Char(','));
    }
    auto allDigits = [](const QString &s) {
        for (QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        return true;
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction)
        || (point >= 0 && fraction.isEmpty() && whole.isEmpty())) {
        setError(error, tr("\"%1\" is not an amount (use a point for decimals, e.g. 1234.50)").arg(input));
        return std::nullopt;
    }
    // value = (whole.fraction) * 10^digits, accumulated with overflow checks; excess digits are rounded.
    qint64 value = 0;
    bool overflow = false;
    auto push = [&](QChar c) {
        overflow = overflow || qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, qint64(c.unicode() - '0'), &value);
    };
    for (QChar c : whole)
        push(c);
    QString kept = fraction.left(digits);
    const QString excess = fraction.mid(digits);
    while (kept.size() < digits)
        kept.append(QLatin1Char('0'));
    for (QChar c : kept)
        push(c);
    static const QRegularExpression nonZero(QStringLiteral("[1-9]"));
    if (!overflow && excess.contains(nonZero)) {
        if (rounding == Rounding::Reject) {
            setError(error, tr("\"%1\" has more decimals than %2 allows (%3)").arg(input, currency).arg(digits));
            return std::nullopt;
        }
        // Compare the excess against one half.
        const QChar first = excess.at(0);
        const bool restNonZero = excess.mid(1).contains(nonZero);
        bool up = first > QLatin1Char('5') || (first == QLatin1Char('5') && restNonZero);
        if (first == QLatin1Char('5') && !restNonZero)
            up = (rounding == Rounding::HalfUp) || (value % 2 != 0);
        if (up)
            overflow = qAddOverflow(value, qint64(1), &value);
    }
    if (overflow) {
        setError(error, tr("\"%1\" is too large").arg(input));
        return std::nullopt;
    }
    if (negative)
        value = -value;
    return Money(value, currency);
}

QString Money::toDecimalString() const
{
    return minorToDecimalString(m_minor, qMax(0, Currency::minorDigits(m_currency)));
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const int digits = qMax(0, Currency::minorDigits(m_currency));
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Display only: doubles are exact for every amount below 2^53 minor units.
    return locale.toCurrencyString(double(m_minor) / scale, Currency::symbol(m_currency, locale), digits);
}

std::optional<Money> Money::plus(const Money &other) const
{
    qint64 out = 0;
    if (other.m_currency != m_currency || qAddOverflow(m_minor, other.m_minor, &out))
        return std::nullopt;
    return Money(out, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    qint64 out = 0;
    if (other.m_currency != m_currency || qSubOverflow(m_minor, other.m_minor, &out))
        return std::nullopt;
    return Money(out, m_currency);
}

std::optional<Money> Money::scaled(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    if (denominator == 0 || denominator == std::numeric_limits<qint64>::min())
        return std::nullopt;
    qint64 num = 0;
    // The intermediate product must fit in int64 minor units (about 92 quadrillion); otherwise this fails.
    if (qMulOverflow(m_minor, numerator, &num))
        return std::nullopt;
    qint64 den = denominator;
    if (den < 0) {
        if (num == std::numeric_limits<qint64>::min())
            return std::nullopt;
        num = -num;
        den = -den;
    }
    return Money(roundedDivide(num, den, rounding == Rounding::Reject ? Rounding::HalfEven : rounding), m_currency);
}

} // namespace duedesk
