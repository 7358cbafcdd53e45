#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QLocale;
class QThread;

namespace duedesk {

class Clock;

// Which book DueDesk opens when it starts without --db, and the first run's choices when there is none yet:
// a new book (business name, currency, region), an existing book file, or the demo book.
//
// The book the owner last created or opened is remembered (in the app's settings, or the settings file given),
// so a book kept somewhere else opens again next time; the demo is never remembered: it is a place to look
// around, not the owner's book. Each choice ends with chosen(path) once the book at path opens, or with error
// set (and nothing chosen).
class BookChooser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString suggestedCurrency READ suggestedCurrency CONSTANT)
    Q_PROPERTY(QString suggestedRegion READ suggestedRegion CONSTANT)
    // ISO 4217 codes DueDesk knows, alphabetical.
    Q_PROPERTY(QStringList currencies READ currencies CONSTANT)
    // [{code: "GB", name: "United Kingdom"}, ...] sorted by name.
    Q_PROPERTY(QVariantList regions READ regions CONSTANT)
    // Where "Start a new book" puts the book.
    Q_PROPERTY(QString newBookPath READ newBookPath CONSTANT)
    // True while the demo book is being filled (a few seconds on first use).
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    struct Places {
        QString newBook;        // the default book path
        QString demoBook;
        QString settingsFile;   // an INI file to remember the last book in; empty: DueDesk's user settings
    };

    BookChooser(const Clock &clock, Places places, QObject *parent = nullptr);
    ~BookChooser() override;

    // The book to open at start: the one last created or opened (when it still exists), else the default book
    // when it exists; empty when the owner has no book yet and must choose.
    QString startupBook() const;

    QString suggestedCurrency() const { return m_suggestedCurrency; }
    QString suggestedRegion() const { return m_suggestedRegion; }
    QStringList currencies() const;
    QVariantList regions() const;
    QString newBookPath() const { return m_places.newBook; }
    bool isBusy() const { return m_demo != nullptr; }
    QString error() const { return m_error; }

    // Creates the book at newBookPath with these settings. Refuses an empty name, an unknown currency or
    // region, and an existing file (never overwritten).
    Q_INVOKABLE bool createBook(const QString &businessName, const QString &currency, const QString &region);
    // Opens the book file (a local file URL or a path); a file that is not a DueDesk book is refused unchanged.
    Q_INVOKABLE bool openBook(const QUrl &file);
    // Opens the demo book, creating and filling it on a worker thread on first use; chosen() follows.
    Q_INVOKABLE void openDemo();

    // The currency and region for a new book in this locale ("GBP", "GB" when the locale names none).
    static QString currencyFor(const QLocale &locale);
    static QString regionFor(const QLocale &locale);
    // Creates the demo book (a plumbing business with 60 clients and 400 bills) when path does not exist yet.
    static bool prepareDemoBook(const QString &path, const Clock &clock, QString *error);

Q_SIGNALS:
    void chosen(const QString &path);
    void busyChanged();
    void errorChanged();

private:
    void setError(const QString &error);
    void remember(const QString &path);
    QString remembered() const;

    const Clock &m_clock;
    Places m_places;
    QString m_suggestedCurrency;
    QString m_suggestedRegion;
    QString m_error;
    QThread *m_demo = nullptr;
};

} // namespace duedesk
