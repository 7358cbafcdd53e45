#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

namespace duedesk {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

bool parseRaw(const QString &text, const QString &region, i18n::phonenumbers::PhoneNumber *out)
{
    return util().Parse(text.toStdString(), region.toUpper().toStdString(), out) == PhoneNumberUtil::NO_PARSING_ERROR;
}

} // namespace

PhoneParseResult PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    PhoneParseResult result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("phone number is empty");
        return result;
    }
    // libphonenumber accepts letters (vanity numbers like 1-800-FLOWERS); in a client's contact details
    // they are almost always junk such as "call me", so letters are refused.
    for (QChar c : text) {
        if (c.isLetter()) {
            result.error = tr("\"%1\" is not a phone number").arg(input);
            return result;
        }
    }
    i18n::phonenumbers::PhoneNumber number;
    const QString region = defaultRegion.isEmpty() ? QStringLiteral("ZZ") : defaultRegion;
    if (!parseRaw(text, region, &number)) {
        result.error = text.startsWith(QLatin1Char('+'))
            ? tr("\"%1\" is not a phone number").arg(input)
            : tr("\"%1\" is not a phone number for region %2 (add the country code, e.g. +44)").arg(input, region);
        return result;
    }
    if (!util().IsPossibleNumber(number)) {
        result.error = tr("\"%1\" is not a possible phone number (wrong length)").arg(input);
        return result;
    }
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    PhoneNumber phone;
    phone.m_e164 = QString::fromStdString(e164);
    if (!util().IsValidNumber(number)) {
        std::string regionCode;
        util().GetRegionCodeForCountryCode(number.country_code(), &regionCode);
        phone.m_warning = tr("%1 is not a known number range for %2; check it before sending")
                              .arg(phone.m_e164, QString::fromStdString(regionCode));
    }
    result.number = phone;
    return result;
}

PhoneNumber PhoneNumber::fromE164(const QString &e164, const QString &warning)
{
    PhoneNumber phone;
    phone.m_e164 = e164;
    phone.m_warning = warning;
    return phone;
}

QString PhoneNumber::region() const
{
    i18n::phonenumbers::PhoneNumber number;
    if (isNull() || !parseRaw(m_e164, QStringLiteral("ZZ"), &number))
        return {};
    std::string regionCode;
    util().GetRegionCodeForNumber(number, &regionCode);
    if (regionCode.empty() || regionCode == "ZZ")
        util().GetRegionCodeForCountryCode(number.country_code(), &regionCode);
    return QString::fromStdString(regionCode);
}

QString PhoneNumber::displayText(const QString &viewerRegion) const
{
    i18n::phonenumbers::PhoneNumber number;
    if (isNull() || !parseRaw(m_e164, QStringLiteral("ZZ"), &number))
        return m_e164;
    std::string out;
    // "At home" means the same country calling code: +44 numbers of Guernsey or Jersey read nationally in GB.
    const bool home = !viewerRegion.isEmpty()
                   && util().GetCountryCodeForRegion(viewerRegion.toUpper().toStdString()) == number.country_code();
    util().Format(number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

} // namespace duedesk
