#include "BusinessProfile.h"

#include <Book.h>
#include <Currency.h>
#include <MessageTemplates.h>

#include <QLocale>
#include <QSettings>

namespace duedesk {

namespace {

QVariantMap choice(const QString &code, const QString &label)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("label"), label}};
}

} // namespace

// Not QLocale's "American English" for "en": the language, not a variant of it.
QString BusinessProfile::languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

namespace {

QStringList regionCodes()
{
    return {QStringLiteral("GB"), QStringLiteral("IE"), QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("AU"),
            QStringLiteral("NZ"), QStringLiteral("ES"), QStringLiteral("MX"), QStringLiteral("FR"), QStringLiteral("BE"),
            QStringLiteral("CH"), QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("NL"), QStringLiteral("IT"),
            QStringLiteral("PT")};
}

} // namespace

BusinessProfile::BusinessProfile(std::shared_ptr<Book> book, QObject *parent)
    : QObject(parent)
    , m_book(std::move(book))
{
    refresh();
}

BusinessProfile::~BusinessProfile() = default;

QString BusinessProfile::appLanguageKey()
{
    return QStringLiteral("language");
}

namespace {

// Named explicitly, like the first-run book chooser's: the app sets no organization.
std::unique_ptr<QSettings> userSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("DueDesk"), QStringLiteral("DueDesk"));
}

} // namespace

QString BusinessProfile::savedAppLanguage()
{
    const QString code = userSettings()->value(appLanguageKey()).toString();
    return code == QLatin1String("system") ? QString() : code;
}

void BusinessProfile::refresh()
{
    m_name = m_book->setting(QStringLiteral("business_name"));
    m_currency = m_book->currency();
    m_region = m_book->region();
    m_bookLanguage = m_book->setting(QStringLiteral("language"), QStringLiteral("en"));
    Q_EMIT changed();
}

QString BusinessProfile::appLanguage() const
{
    return userSettings()->value(appLanguageKey(), QStringLiteral("system")).toString();
}

QVariantList BusinessProfile::currencies() const
{
    // The common ones first, then every other code DueDesk knows.
    QStringList codes = {QStringLiteral("GBP"), QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("CAD"),
                         QStringLiteral("AUD"), QStringLiteral("NZD"), QStringLiteral("CHF"), QStringLiteral("MXN")};
    const QStringList known = Currency::knownCodes();
    for (const QString &code : known)
        if (!codes.contains(code))
            codes.append(code);
    QVariantList out;
    for (const QString &code : std::as_const(codes))
        out.append(choice(code, code));
    return out;
}

QVariantList BusinessProfile::regions() const
{
    QVariantList out;
    for (const QString &code : regionCodes())
        out.append(choice(code, QLocale::territoryToString(QLocale::codeToTerritory(code))));
    return out;
}

QVariantList BusinessProfile::bookLanguages() const
{
    QVariantList out;
    for (const QString &code : MessageTemplates::languages())
        out.append(choice(code, languageName(code)));
    return out;
}

QVariantList BusinessProfile::appLanguages() const
{
    QVariantList out{choice(QStringLiteral("system"), tr("Same as the system"))};
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de")})
        out.append(choice(code, languageName(code)));
    return out;
}

bool BusinessProfile::save(const QString &name, const QString &currency, const QString &region,
                           const QString &bookLanguage)
{
    const QString trimmedName = name.trimmed();
    const QString code = currency.trimmed().toUpper();
    m_error.clear();
    if (trimmedName.isEmpty())
        m_error = tr("Enter your business name: it signs every reminder.");
    else if (!Currency::isKnown(code))
        m_error = tr("“%1” is not a currency DueDesk knows. Use a three-letter code such as GBP or EUR.").arg(currency);
    else if (!regionCodes().contains(region))
        m_error = tr("Choose the country your business is in.");
    else if (!MessageTemplates::languages().contains(bookLanguage))
        m_error = tr("Choose the language your reminders are written in.");
    const QList<std::pair<QString, QString>> values = {{QStringLiteral("business_name"), trimmedName},
                                                       {QStringLiteral("currency"), code},
                                                       {QStringLiteral("region"), region},
                                                       {QStringLiteral("language"), bookLanguage}};
    for (const auto &[key, value] : values) {
        if (!m_error.isEmpty())
            break;
        m_book->setSetting(key, value, &m_error);
    }
    const bool ok = m_error.isEmpty();
    refresh();
    if (ok)
        Q_EMIT bookChanged();
    return ok;
}

void BusinessProfile::setAppLanguage(const QString &code)
{
    if (code == appLanguage())
        return;
    userSettings()->setValue(appLanguageKey(), code);
    Q_EMIT appLanguageChanged(code);
}

} // namespace duedesk
