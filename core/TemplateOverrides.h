#pragma once

#include "MessageTemplates.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace duedesk {

class Book;

// The owner's own wording of message templates, stored in the book (table template_overrides). An override
// replaces the shipped text for exactly one kind x tone x channel x language; a client whose language is
// "es-MX" uses an "es-mx" override, else an "es" one, else the shipped text.
//
// The overrides are read once, when the object is made: keep one per drafting run, not across book changes.
class TemplateOverrides
{
    Q_DECLARE_TR_FUNCTIONS(TemplateOverrides)
public:
    explicit TemplateOverrides(const Book &book);

    std::optional<TemplateText> find(const QString &kind, Tone tone, Channel channel, const QString &language) const;
    // The owner's text when there is one, else the shipped one (MessageTemplates::shipped).
    Result<TemplateText> effective(const QString &kind, Tone tone, Channel channel, const QString &language) const;
    // What MessageTemplates::render would give, with the owner's text where there is one.
    Result<RenderedMessage> render(const QString &kind, Tone tone, Channel channel, const QString &language,
                                   const TemplateValues &values, const QLocale &locale) const;

    // Stores text as the override for kind x tone x channel x text.language (replacing any earlier one).
    // Fails (translated) for an unknown kind or language, or an empty text. Save and reset record "template_saved"
    // and "template_reset" in the audit log.
    static bool save(const Book &book, const QString &kind, Tone tone, Channel channel, const TemplateText &text,
                     QString *error = nullptr);
    // Removes the override, so the shipped text is used again. Removing a missing override succeeds.
    static bool reset(const Book &book, const QString &kind, Tone tone, Channel channel, const QString &language,
                      QString *error = nullptr);

    // The body as the editor shows it (one part a line) and back.
    static QString joinParts(const QStringList &parts);
    static QStringList splitParts(const QString &body);

private:
    QHash<QString, TemplateText> m_texts; // by key(kind, tone, channel, language)
};

} // namespace duedesk
