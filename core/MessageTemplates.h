#pragma once

#include "Domain.h"
#include "Money.h"
#include "Result.h"
#include "Tone.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace duedesk {

// What a reminder or a reply can say. Placeholders in templates: {first_name}, {bill_number}, {amount},
// {due_date}, {promise_date}, {days_overdue}, {pay_link}, {business_name}.
struct TemplateValues {
    QString firstName;
    QString billNumber;
    Money amount;             // the balance still owed
    QDate dueOn;
    QDate promisedOn;         // the date the client said they will pay by; only promise_confirmation needs it
    qint64 daysOverdue = 0;
    QString payLink;          // empty: lines that mention {pay_link} are left out, lines marked {no_pay_link} kept
    QString businessName;
};

// The words of one template: the shipped text, or the owner's own (see TemplateOverrides).
struct TemplateText {
    QString language;         // the language the text is written in ("en", "de")
    QString subject;          // email only
    QStringList parts;        // email paragraphs, chat lines or SMS pieces, in order
};

struct RenderedMessage {
    QString subject;          // email only; empty for other channels
    QString body;
};

// The message templates shipped in resources/templates: one file per language (en, es, fr, de), each with a
// text per kind x tone x channel (email has a subject too). Reminder kinds: "heads_up", "reminder",
// "final_notice". Reply kinds, drafted when a client answers a reminder (friendly only): "promise_confirmation",
// "invoice_copy", "stop_confirmation".
// SMS texts stay within 160 GSM-7 characters where possible.
class MessageTemplates
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)
public:
    // Renders in `language` ("es", "de-AT", ...; falls back to the base language, then English) with money
    // and dates formatted for `locale`. Fails (translated error) for an unknown kind, or when the text needs a
    // date (dueOn, promisedOn) that `values` does not have.
    static Result<RenderedMessage> render(const QString &kind, Tone tone, Channel channel, const QString &language,
                                          const TemplateValues &values, const QLocale &locale);
    // The shipped text render() would use, found with the same language and tone fallbacks.
    static Result<TemplateText> shipped(const QString &kind, Tone tone, Channel channel, const QString &language);
    // Renders a text (shipped or the owner's own) exactly as render() renders the shipped one.
    static Result<RenderedMessage> renderText(const TemplateText &text, Channel channel, const TemplateValues &values,
                                              const QLocale &locale);
    static QStringList languages();     // "de", "en", "es", "fr"
    // "final_notice", "heads_up", "invoice_copy", "promise_confirmation", "reminder", "stop_confirmation"
    static QStringList kinds();
};

// True when every character of text is in the GSM 03.38 default alphabet or its extension table.
bool isGsm7(const QString &text);
// Characters counted the way SMS counts them: extension characters (€, [, ], {, }, ~, ^, \, |) take two.
int gsm7Length(const QString &text);

} // namespace duedesk
