#include "TemplateEditor.h"

#include "BusinessProfile.h"

#include <Book.h>
#include <Clock.h>
#include <MessageTemplates.h>
#include <TemplateOverrides.h>

namespace duedesk {

namespace {

QVariantMap choice(const QString &code, const QString &label)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("label"), label}};
}

Channel channelOf(const QString &key)
{
    return channelFromKey(key).value_or(Channel::Email);
}

Tone toneOf(const QString &key)
{
    return toneFromKey(key).value_or(Tone::Friendly);
}

} // namespace

TemplateEditor::TemplateEditor(std::shared_ptr<Book> book, QObject *parent)
    : QObject(parent)
    , m_book(std::move(book))
    , m_language(m_book->setting(QStringLiteral("language"), QStringLiteral("en")))
{
    reload();
}

TemplateEditor::~TemplateEditor() = default;

QVariantList TemplateEditor::kinds() const
{
    return {choice(QStringLiteral("heads_up"), tr("Heads-up before the due date")),
            choice(QStringLiteral("reminder"), tr("Reminder")),
            choice(QStringLiteral("final_notice"), tr("Final notice")),
            choice(QStringLiteral("promise_confirmation"), tr("Thanks for a promise to pay")),
            choice(QStringLiteral("invoice_copy"), tr("Copy of the bill")),
            choice(QStringLiteral("stop_confirmation"), tr("Confirmation of “no more messages”"))};
}

QVariantList TemplateEditor::tones() const
{
    QVariantList out;
    for (Tone t : {Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final})
        out.append(choice(toneKey(t), toneDisplayName(t)));
    return out;
}

QVariantList TemplateEditor::channels() const
{
    QVariantList out;
    for (Channel c : {Channel::Email, Channel::Sms, Channel::WhatsApp, Channel::Telegram})
        out.append(choice(channelKey(c), channelDisplayName(c)));
    return out;
}

QVariantList TemplateEditor::languages() const
{
    QVariantList out;
    for (const QString &code : MessageTemplates::languages())
        out.append(choice(code, BusinessProfile::languageName(code)));
    return out;
}

QVariantList TemplateEditor::placeholders() const
{
    return {choice(QStringLiteral("{first_name}"), tr("the client's first name")),
            choice(QStringLiteral("{bill_number}"), tr("the bill's number")),
            choice(QStringLiteral("{amount}"), tr("the amount still owed")),
            choice(QStringLiteral("{due_date}"), tr("the due date")),
            choice(QStringLiteral("{days_overdue}"), tr("days overdue")),
            choice(QStringLiteral("{pay_link}"), tr("the payment link (a line with it is left out without one)")),
            choice(QStringLiteral("{promise_date}"), tr("the date the client promised")),
            choice(QStringLiteral("{business_name}"), tr("your business name"))};
}

void TemplateEditor::setKind(const QString &kind)
{
    select(&m_kind, kind);
}

void TemplateEditor::setTone(const QString &tone)
{
    select(&m_tone, tone);
}

void TemplateEditor::setChannel(const QString &channel)
{
    select(&m_channel, channel);
}

void TemplateEditor::setLanguage(const QString &language)
{
    select(&m_language, language);
}

void TemplateEditor::select(QString *field, const QString &value)
{
    if (*field == value)
        return;
    *field = value;
    reload();
}

void TemplateEditor::setSubject(const QString &subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    m_dirty = true;
    renderPreview();
}

void TemplateEditor::setBody(const QString &body)
{
    if (body == m_body)
        return;
    m_body = body;
    m_dirty = true;
    renderPreview();
}

void TemplateEditor::reload()
{
    const TemplateOverrides overrides(*m_book);
    const Tone tone = toneOf(m_tone);
    const Channel channel = channelOf(m_channel);
    m_customised = overrides.find(m_kind, tone, channel, m_language).has_value();
    const Result<TemplateText> text = overrides.effective(m_kind, tone, channel, m_language);
    m_subject = text ? text->subject : QString();
    m_body = text ? TemplateOverrides::joinParts(text->parts) : QString();
    m_dirty = false;
    setMessage(text ? QString() : text.error());
    Q_EMIT selectionChanged();
    renderPreview();
}

int TemplateEditor::smsSegmentsFor(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const bool gsm = isGsm7(text);
    const int length = gsm ? gsm7Length(text) : int(text.size());
    const int single = gsm ? 160 : 70;
    const int split = gsm ? 153 : 67;
    return length <= single ? 1 : (length + split - 1) / split;
}

void TemplateEditor::renderPreview()
{
    // A sample client two weeks late with a bill of 1,250 in the book's currency.
    const QDate today = m_book->clock().today();
    TemplateValues values;
    values.firstName = QStringLiteral("Sam");
    values.billNumber = QStringLiteral("INV-1042");
    const auto sample = Money::parse(QStringLiteral("1250"), m_book->currency());
    values.amount = sample ? *sample : Money(125000, m_book->currency());
    values.dueOn = today.addDays(-14);
    values.daysOverdue = 14;
    values.promisedOn = today.addDays(3);
    values.payLink = QStringLiteral("https://pay.example.com/INV-1042");
    values.businessName = m_book->setting(QStringLiteral("business_name"), tr("Your business"));
    const QLocale locale(m_language + QLatin1Char('_') + m_book->region());

    TemplateText text;
    text.language = m_language;
    text.subject = m_subject;
    text.parts = TemplateOverrides::splitParts(m_body);
    const Channel channel = channelOf(m_channel);
    const Result<RenderedMessage> rendered = MessageTemplates::renderText(text, channel, values, locale);
    m_previewSubject = rendered ? rendered->subject : QString();
    m_previewBody = rendered ? rendered->body : QString();
    m_previewError = rendered ? QString() : rendered.error();
    m_smsSegments = 0;
    m_smsInfo.clear();
    if (rendered && channel == Channel::Sms) {
        const QString &sms = rendered->body;
        const bool gsm = isGsm7(sms);
        const int length = gsm ? gsm7Length(sms) : int(sms.size());
        m_smsSegments = smsSegmentsFor(sms);
        // Written without plural forms, so the line reads right before the translations have them.
        m_smsInfo = gsm ? tr("Characters: %1 · Text messages: %2").arg(length).arg(m_smsSegments)
                        : tr("Characters: %1 · Text messages: %2 (special characters make each message shorter)")
                              .arg(length)
                              .arg(m_smsSegments);
    }
    Q_EMIT textChanged();
}

bool TemplateEditor::save()
{
    if (!m_previewError.isEmpty()) {
        setMessage(tr("Fix the text first: %1").arg(m_previewError));
        return false;
    }
    TemplateText text;
    text.language = m_language;
    text.subject = m_subject;
    text.parts = TemplateOverrides::splitParts(m_body);
    QString error;
    if (!TemplateOverrides::save(*m_book, m_kind, toneOf(m_tone), channelOf(m_channel), text, &error)) {
        setMessage(error);
        return false;
    }
    reload();
    setMessage(tr("Saved. New reminders use your wording."));
    return true;
}

bool TemplateEditor::resetToDefault()
{
    QString error;
    if (!TemplateOverrides::reset(*m_book, m_kind, toneOf(m_tone), channelOf(m_channel), m_language, &error)) {
        setMessage(error);
        return false;
    }
    reload();
    setMessage(tr("DueDesk's wording is back."));
    return true;
}

void TemplateEditor::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace duedesk
