#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace duedesk {

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de")};
}

QString installTranslations(const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The C locale has no language; DueDesk's source language, English, stands in (for its plural forms).
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    // Dates and numbers follow the chosen language too.
    QLocale::setDefault(locale);
    ours = new QTranslator;
    // English is the source language: no file is needed, and none is loaded.
    if (ours->load(locale, QStringLiteral("duedesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
        ours = nullptr;
    }
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
        qt = nullptr;
    }
    const QString name = locale.name();
    return name.section(QLatin1Char('_'), 0, 0);
}

} // namespace duedesk
