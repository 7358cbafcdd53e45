#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// Settings > Business: the business name, currency, region and the language reminders are written in (all
// stored in the book), and the app's own language (per user, in QSettings: "system", "en", "es", "fr", "de").
class BusinessProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString currency READ currency NOTIFY changed)
    Q_PROPERTY(QString region READ region NOTIFY changed)
    Q_PROPERTY(QString bookLanguage READ bookLanguage NOTIFY changed)
    Q_PROPERTY(QString appLanguage READ appLanguage NOTIFY appLanguageChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // Choices for the combo boxes: {code, label}.
    Q_PROPERTY(QVariantList currencies READ currencies CONSTANT)
    Q_PROPERTY(QVariantList regions READ regions CONSTANT)
    Q_PROPERTY(QVariantList bookLanguages READ bookLanguages CONSTANT)
    Q_PROPERTY(QVariantList appLanguages READ appLanguages CONSTANT)

public:
    explicit BusinessProfile(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~BusinessProfile() override;

    QString name() const { return m_name; }
    QString currency() const { return m_currency; }
    QString region() const { return m_region; }
    QString bookLanguage() const { return m_bookLanguage; }
    QString appLanguage() const;
    QString error() const { return m_error; }
    QVariantList currencies() const;
    QVariantList regions() const;
    QVariantList bookLanguages() const;
    QVariantList appLanguages() const;

    // A language's own name: "English", "Español", "Deutsch".
    static QString languageName(const QString &code);
    // The QSettings key of the app language, in DueDesk's user settings (organization and application "DueDesk").
    static QString appLanguageKey();
    // The language to install at start: the one chosen in Settings, or empty for the system's.
    static QString savedAppLanguage();

    Q_INVOKABLE void refresh();
    // Stores the profile in the book. False (and error set, translated) when a value is not usable.
    Q_INVOKABLE bool save(const QString &name, const QString &currency, const QString &region, const QString &bookLanguage);
    // Stores the app language ("system" follows the system) and announces it; the app applies it at once.
    Q_INVOKABLE void setAppLanguage(const QString &code);

Q_SIGNALS:
    void changed();
    void appLanguageChanged(const QString &code);
    // The profile was saved: other views show the new name or currency.
    void bookChanged();

private:
    std::shared_ptr<Book> m_book;
    QString m_name;
    QString m_currency;
    QString m_region;
    QString m_bookLanguage;
    QString m_error;
};

} // namespace duedesk
