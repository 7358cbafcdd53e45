#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace duedesk {

struct PhoneParseResult;

// A telephone number stored in E.164 ("+447911123456"). libphonenumber stays behind this type.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    PhoneNumber() = default;

    // Parses national ("07911 123456" with region "GB") or international ("+44 7911 123456",
    // "0044 ...") text. Text that cannot be a phone number is an error. A possible number that the
    // bundled metadata calls invalid (a new range, say) is accepted with warning() set, so that new
    // number ranges never lock a client out.
    static PhoneParseResult parse(const QString &text, const QString &defaultRegion);

    // Builds from a stored E.164 string without re-validating it (the book only holds parsed numbers).
    static PhoneNumber fromE164(const QString &e164, const QString &warning = {});

    bool isNull() const { return m_e164.isEmpty(); }
    const QString &e164() const { return m_e164; }
    // A caution for the owner ("not a known number range for GB"), empty when the number is valid.
    const QString &warning() const { return m_warning; }
    // ISO 3166 region of the number ("GB"), empty when unknown.
    QString region() const;
    // "07911 123456" when the number belongs to viewerRegion, "+44 7911 123456" otherwise.
    QString displayText(const QString &viewerRegion) const;

    friend bool operator==(const PhoneNumber &a, const PhoneNumber &b) { return a.m_e164 == b.m_e164; }

private:
    QString m_e164;
    QString m_warning;
};

struct PhoneParseResult {
    std::optional<PhoneNumber> number; // empty when the text is not a possible number
    QString error;                     // why it is not (translated), when number is empty
};

} // namespace duedesk
