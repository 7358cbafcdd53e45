#include "BookChooser.h"

#include <Book.h>
#include <Clock.h>
#include <Currency.h>
#include <Seeder.h>

#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QThread>

#include <algorithm>
#include <memory>

namespace duedesk {

namespace {

const QString lastBookKey = QStringLiteral("book/last");

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    // Named explicitly: the app sets no organization, and this must not depend on who calls first.
    return file.isEmpty() ? std::make_unique<QSettings>(QStringLiteral("DueDesk"), QStringLiteral("DueDesk"))
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

bool isRegionCode(const QString &code)
{
    return code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter();
}

} // namespace

BookChooser::BookChooser(const Clock &clock, Places places, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_places(std::move(places))
    , m_suggestedCurrency(currencyFor(QLocale::system()))
    , m_suggestedRegion(regionFor(QLocale::system()))
{
}

BookChooser::~BookChooser()
{
    if (m_demo) {
        m_demo->wait();
        delete m_demo;
    }
}

QString BookChooser::currencyFor(const QLocale &locale)
{
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return Currency::isKnown(code) ? code : QStringLiteral("GBP");
}

QString BookChooser::regionFor(const QLocale &locale)
{
    const QString code = QLocale::territoryToCode(locale.territory());
    return isRegionCode(code) ? code : QStringLiteral("GB");
}

QStringList BookChooser::currencies() const
{
    QStringList codes = Currency::knownCodes();
    codes.sort();
    return codes;
}

QVariantList BookChooser::regions() const
{
    QList<std::pair<QString, QString>> named;
    for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (isRegionCode(code))
            named.append({QLocale::territoryToString(territory), code});
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end(), [](const auto &a, const auto &b) { return a.second == b.second; }),
                named.end());
    QVariantList list;
    for (const auto &[name, code] : std::as_const(named))
        list.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    return list;
}

QString BookChooser::remembered() const
{
    return openSettings(m_places.settingsFile)->value(lastBookKey).toString();
}

void BookChooser::remember(const QString &path)
{
    openSettings(m_places.settingsFile)->setValue(lastBookKey, QFileInfo(path).absoluteFilePath());
}

QString BookChooser::startupBook() const
{
    const QString last = remembered();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return QFileInfo::exists(m_places.newBook) ? m_places.newBook : QString();
}

void BookChooser::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

bool BookChooser::createBook(const QString &businessName, const QString &currency, const QString &region)
{
    const QString name = businessName.trimmed();
    if (name.isEmpty()) {
        setError(tr("Please enter the name of your business."));
        return false;
    }
    if (!Currency::isKnown(currency)) {
        setError(tr("DueDesk does not know the currency %1.").arg(currency));
        return false;
    }
    if (!isRegionCode(region)) {
        setError(tr("Please choose the country or region your business is in."));
        return false;
    }
    if (QFileInfo::exists(m_places.newBook)) {
        setError(tr("There is already a book at %1. Open it instead.").arg(m_places.newBook));
        return false;
    }
    QString error;
    {
        auto book = Book::open(m_places.newBook, m_clock, {.create = true});
        if (!book) {
            setError(book.error());
            return false;
        }
        const bool saved = (*book)->setSetting(QStringLiteral("business_name"), name, &error)
            && (*book)->setSetting(QStringLiteral("currency"), currency, &error)
            && (*book)->setSetting(QStringLiteral("region"), region.toUpper(), &error);
        if (!saved) {
            setError(error);
            return false;
        }
    }
    setError({});
    remember(m_places.newBook);
    Q_EMIT chosen(m_places.newBook);
    return true;
}

bool BookChooser::openBook(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    {
        const auto book = Book::open(path, m_clock, {.create = false});
        if (!book) {
            setError(book.error());
            return false;
        }
    }
    setError({});
    remember(path);
    Q_EMIT chosen(path);
    return true;
}

void BookChooser::openDemo()
{
    if (m_demo)
        return;
    setError({});
    auto error = std::make_shared<QString>();
    m_demo = QThread::create([path = m_places.demoBook, &clock = m_clock, error] {
        prepareDemoBook(path, clock, error.get());
    });
    connect(m_demo, &QThread::finished, this, [this, error] {
        m_demo->wait();   // finished() comes just before the thread's very end
        delete m_demo;
        m_demo = nullptr;
        Q_EMIT busyChanged();
        if (!error->isEmpty()) {
            setError(*error);
            return;
        }
        Q_EMIT chosen(m_places.demoBook);
    });
    m_demo->start();
    Q_EMIT busyChanged();
}

bool BookChooser::prepareDemoBook(const QString &path, const Clock &clock, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    auto book = Book::open(path, clock, {.create = true});
    if (!book) {
        *error = book.error();
        return false;
    }
    (*book)->setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));
    (*book)->setSetting(QStringLiteral("currency"), QStringLiteral("GBP"));
    (*book)->setSetting(QStringLiteral("region"), QStringLiteral("GB"));
    SeedOptions options;
    options.clients = 60;
    options.bills = 400;
    options.seed = 7;
    const auto seeded = Seeder::seed(**book, options);
    if (!seeded) {
        *error = seeded.error();
        return false;
    }
    return true;
}

} // namespace duedesk
