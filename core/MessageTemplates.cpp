#include "MessageTemplates.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <optional>

// Templates live in resources/templates/<language>.json, embedded at :/duedesk/templates. Each file holds
//   kinds -> <kind> -> <tone> -> <channel> -> { "subject": "...", "body": ["...", ...] }
// where <channel> is "email", "sms", "whatsapp", "telegram", or "chat" (used for WhatsApp and Telegram when
// the file has no entry of their own). Body parts are email paragraphs (joined by a blank line), chat lines
// (joined by a newline) or SMS segments (joined by a space). A part that mentions {pay_link} is left out when
// there is no pay link; a part that starts with the marker "{no_pay_link}" is the opposite: it is used only
// when there is no pay link (the marker itself is dropped). "{days_overdue|one|other}" renders the number and
// the plural form the language needs.
namespace duedesk {

namespace {

constexpr auto kResourceDir = QLatin1String(":/duedesk/templates");
constexpr auto kFallbackLanguage = QLatin1String("en");

struct LanguageFile {
    QJsonObject kinds;
    QString error; // set when the file could not be read or parsed
};

struct TemplateStore {
    QHash<QString, LanguageFile> files; // by lower-case language tag ("en", "es", "pt-br")
    QStringList languages; // sorted
};

LanguageFile loadFile(const QString &path)
{
    LanguageFile out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.error = QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return out;
    }
    out.kinds = doc.object().value(QStringLiteral("kinds")).toObject();
    if (out.kinds.isEmpty())
        out.error = QStringLiteral("no \"kinds\" object");
    return out;
}

const TemplateStore &store()
{
    // Read once, on first use; read-only afterwards, so render() may run on any thread.
    static const TemplateStore loaded = [] {
        TemplateStore s;
        const QStringList names
            = QDir(QString(kResourceDir)).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString language = name.chopped(5).toLower();
            s.files.insert(language, loadFile(kResourceDir + QLatin1Char('/') + name));
            s.languages.append(language);
        }
        s.languages.sort();
        return s;
    }();
    return loaded;
}

// "es-MX" -> ["es-mx", "es", "en"]; "it" -> ["it", "en"]; "" -> ["en"].
QStringList languageCandidates(const QString &language)
{
    QStringList out;
    const QString tag = language.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (!tag.isEmpty()) {
        out.append(tag);
        const QString base = tag.section(QLatin1Char('-'), 0, 0);
        if (base != tag)
            out.append(base);
    }
    if (!out.contains(QString(kFallbackLanguage)))
        out.append(QString(kFallbackLanguage));
    return out;
}

// The tone the kind has, or the nearest one it has (a gentler one on a tie): a heads-up is always friendly,
// a reminder asked to be "final" stays "firm", a final notice is always final.
std::optional<QJsonObject> toneEntry(const QJsonObject &kind, Tone tone)
{
    std::optional<QJsonObject> best;
    int bestDistance = 0;
    for (Tone candidate : { Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final }) {
        const QJsonValue v = kind.value(toneKey(candidate));
        if (!v.isObject())
            continue;
        const int distance = qAbs(int(candidate) - int(tone));
        if (!best || distance < bestDistance) {
            best = v.toObject();
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<QJsonObject> channelEntry(const QJsonObject &tones, Channel channel)
{
    QJsonValue v = tones.value(channelKey(channel));
    if (!v.isObject() && (channel == Channel::WhatsApp || channel == Channel::Telegram))
        v = tones.value(QStringLiteral("chat"));
    if (!v.isObject())
        return std::nullopt;
    return v.toObject();
}

struct Found {
    QString language;
    QJsonObject entry;
};

// The plural form a count takes: French treats 0 and 1 as singular, the other shipped languages only 1.
bool isSingular(const QString &language, qint64 n)
{
    if (language == QLatin1String("fr") || language.startsWith(QLatin1String("fr-")))
        return n == 0 || n == 1;
    return n == 1;
}

// A readable medium date in the locale's words: "23 Nov 2026", "23. Nov. 2026", "23 nov. 2026", "Nov 23, 2026".
QString mediumDate(const QDate &date, const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German:
        return locale.toString(date, QStringLiteral("d. MMM yyyy"));
    case QLocale::English:
        if (locale.territory() == QLocale::UnitedStates)
            return locale.toString(date, QStringLiteral("MMM d, yyyy"));
        return locale.toString(date, QStringLiteral("d MMM yyyy"));
    case QLocale::Spanish:
    case QLocale::French:
    case QLocale::Italian:
    case QLocale::Portuguese:
    case QLocale::Dutch:
        return locale.toString(date, QStringLiteral("d MMM yyyy"));
    default:
        return locale.toString(date, QLocale::ShortFormat);
    }
}

// SMS is sent as GSM-7 when every character allows it (160 a segment) and as UCS-2 otherwise (70 a
// segment), so typography the locale or the owner brings in is mapped to its plain GSM-7 equivalent.
QString plainForSms(QString text)
{
    static const QList<std::pair<QChar, QLatin1String>> map = {
        { QChar(0x00A0), QLatin1String(" ") },
        { QChar(0x202F), QLatin1String(" ") },
        { QChar(0x2007), QLatin1String(" ") },
        { QChar(0x2009), QLatin1String(" ") },
        { QChar(0x2018), QLatin1String("'") },
        { QChar(0x2019), QLatin1String("'") },
        { QChar(0x201C), QLatin1String("\"") },
        { QChar(0x201D), QLatin1String("\"") },
        { QChar(0x201E), QLatin1String("\"") },
        { QChar(0x00AB), QLatin1String("\"") },
        { QChar(0x00BB), QLatin1String("\"") },
        { QChar(0x2013), QLatin1String("-") },
        { QChar(0x2014), QLatin1String("-") },
        { QChar(0x2026), QLatin1String("...") },
    };
    for (const auto &[from, to] : map)
        text.replace(from, to);
    return text;
}

class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)
public:
    Renderer(const QString &language, Channel channel, const TemplateValues &values, const QLocale &locale)
        : m_language(language)
        , m_channel(channel)
        , m_values(values)
        , m_locale(locale)
    {
    }

    // Replaces every placeholder in one pass (values are never scanned again, so a "{" in a client's
    // name stays as it is). Returns nothing and sets error() for an unknown placeholder or a missing date.
    std::optional<QString> fill(const QString &text)
    {
        QString out;
        out.reserve(text.size() + 64);
        qsizetype i = 0;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c != QLatin1Char('{')) {
                out.append(c);
                ++i;
                continue;
            }
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0) {
                m_error = tr("The message template has an unclosed \"{\".");
                return std::nullopt;
            }
            const QStringList parts = text.mid(i + 1, close - i - 1).split(QLatin1Char('|'));
            const std::optional<QString> value = valueOf(parts, out);
            if (!value)
                return std::nullopt;
            out.append(*value);
            i = close + 1;
        }
        return out;
    }

    const QString &error() const { return m_error; }

private:
    std::optional<QString> valueOf(const QStringList &parts, QString &before)
    {
        const QString &name = parts.first();
        if (parts.size() == 3 && name == QLatin1String("days_overdue")) {
            const qint64 n = m_values.daysOverdue;
            return QString::number(n) + QLatin1Char(' ') + (isSingular(m_language, n) ? parts.at(1) : parts.at(2));
        }
        if (parts.size() != 1) {
            m_error = tr("The message template has an unknown placeholder \"{%1}\".").arg(parts.join(QLatin1Char('|')));
            return std::nullopt;
        }
        if (name == QLatin1String("first_name")) {
            const QString first = m_values.firstName.trimmed();
            // No name: "Hi {first_name}," becomes "Hi," and "Hola, {first_name}:" becomes "Hola:".
            if (first.isEmpty()) {
                while (!before.isEmpty() && (before.back() == QLatin1Char(' ') || before.back() == QLatin1Char(',')))
                    before.chop(1);
            }
            return first;
        }
        if (name == QLatin1String("bill_number"))
            return m_values.billNumber;
        if (name == QLatin1String("amount"))
            return m_values.amount.toDisplayString(m_locale);
        if (name == QLatin1String("due_date")) {
            if (!m_values.dueOn.isValid()) {
                m_error = tr("Bill %1 has no due date to put in the message.").arg(m_values.billNumber);
                return std::nullopt;
            }
            return dateText(m_values.dueOn);
        }
        if (name == QLatin1String("promise_date")) {
            if (!m_values.promisedOn.isValid()) {
                m_error = tr("Bill %1 has no promised payment date to put in the message.").arg(m_values.billNumber);
                return std::nullopt;
            }
            return dateText(m_values.promisedOn);
        }
        if (name == QLatin1String("no_pay_link")) {
            m_error = tr("The message template has \"{no_pay_link}\" somewhere other than at the start of a part.");
            return std::nullopt;
        }
        if (name == QLatin1String("days_overdue"))
            return QString::number(m_values.daysOverdue);
        if (name == QLatin1String("pay_link"))
            return m_values.payLink.trimmed();
        if (name == QLatin1String("business_name"))
            return m_values.businessName.trimmed();
        m_error = tr("The message template has an unknown placeholder \"{%1}\".").arg(name);
        return std::nullopt;
    }

    QString dateText(const QDate &date) const
    {
        QString text = mediumDate(date, m_locale);
        // A month name outside GSM-7 (French "août") would turn the whole SMS into UCS-2.
        if (m_channel == Channel::Sms && !isGsm7(plainForSms(text)))
            text = m_locale.toString(date, QLocale::ShortFormat);
        return text;
    }

    QString m_language;
    Channel m_channel;
    const TemplateValues &m_values;
    const QLocale &m_locale;
    QString m_error;
};

QString separatorFor(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QStringLiteral("\n\n");
    case Channel::Sms:
        return QStringLiteral(" ");
    case Channel::WhatsApp:
    case Channel::Telegram:
        break;
    }
    return QStringLiteral("\n");
}

} // namespace

Result<TemplateText> MessageTemplates::shipped(const QString &kind, Tone tone, Channel channel, const QString &language)
{
    using R = Result<TemplateText>;
    if (!kinds().contains(kind))
        return R::failure(tr("There is no message template of kind \"%1\".").arg(kind));

    const TemplateStore &s = store();
    for (const QString &candidate : languageCandidates(language)) {
        const auto file = s.files.constFind(candidate);
        if (file == s.files.constEnd())
            continue;
        if (!file->error.isEmpty()) // a shipped file that does not parse is a bug to show, not to paper over
            return R::failure(tr("The message templates for \"%1\" are damaged: %2").arg(candidate, file->error));
        const std::optional<QJsonObject> tones = toneEntry(file->kinds.value(kind).toObject(), tone);
        if (!tones)
            continue;
        if (const std::optional<QJsonObject> entry = channelEntry(*tones, channel)) {
            TemplateText text;
            text.language = candidate;
            if (channel == Channel::Email)
                text.subject = entry->value(QStringLiteral("subject")).toString();
            const QJsonArray body = entry->value(QStringLiteral("body")).toArray();
            for (const QJsonValue &part : body)
                text.parts.append(part.toString());
            return text;
        }
    }
    return R::failure(tr("There is no %1 message template for %2 in %3.").arg(kind, channelKey(channel), language));
}

Result<RenderedMessage> MessageTemplates::render(const QString &kind, Tone tone, Channel channel,
    const QString &language, const TemplateValues &values, const QLocale &locale)
{
    const Result<TemplateText> text = shipped(kind, tone, channel, language);
    if (!text)
        return Result<RenderedMessage>::failure(text.error());
    return renderText(*text, channel, values, locale);
}

Result<RenderedMessage> MessageTemplates::renderText(const TemplateText &text, Channel channel,
    const TemplateValues &values, const QLocale &locale)
{
    Renderer renderer(text.language, channel, values, locale);
    const bool hasLink = !values.payLink.trimmed().isEmpty();
    const QString linkPlaceholder = QStringLiteral("{pay_link}");
    const QString noLinkMarker = QStringLiteral("{no_pay_link}");

    QStringList parts;
    for (QString part : text.parts) {
        if (part.startsWith(noLinkMarker)) {
            if (hasLink)
                continue;
            part = part.mid(noLinkMarker.size()).trimmed();
        }
        if (part.trimmed().isEmpty() || (!hasLink && part.contains(linkPlaceholder)))
            continue;
        const std::optional<QString> filled = renderer.fill(part);
        if (!filled)
            return Result<RenderedMessage>::failure(renderer.error());
        parts.append(*filled);
    }
    if (parts.isEmpty())
        return Result<RenderedMessage>::failure(tr("The message template in %1 is empty.").arg(text.language));

    RenderedMessage out;
    out.body = parts.join(separatorFor(channel));
    if (channel == Channel::Email) {
        const std::optional<QString> subject = renderer.fill(text.subject);
        if (!subject)
            return Result<RenderedMessage>::failure(renderer.error());
        out.subject = *subject;
    } else if (channel == Channel::Sms) {
        out.body = plainForSms(out.body);
    }
    return out;
}

QStringList MessageTemplates::languages()
{
    return store().languages;
}

QStringList MessageTemplates::kinds()
{
    return { QStringLiteral("final_notice"), QStringLiteral("heads_up"), QStringLiteral("invoice_copy"),
        QStringLiteral("promise_confirmation"), QStringLiteral("reminder"), QStringLiteral("stop_confirmation") };
}

namespace {

// GSM 03.38 default alphabet (without the escape code 0x1B) and the characters of its extension table.
const QString &gsm7Basic()
{
    static const QString basic = QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅå"
                                                   "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
                                                   " !\"#¤%&'()*+,-./"
                                                   "0123456789:;<=>?"
                                                   "¡ABCDEFGHIJKLMNO"
                                                   "PQRSTUVWXYZÄÖÑÜ§"
                                                   "¿abcdefghijklmno"
                                                   "pqrstuvwxyzäöñüà");
    return basic;
}

const QString &gsm7Extension()
{
    static const QString extension = QString::fromUtf8("\f^{}\\[~]|€");
    return extension;
}

} // namespace

bool isGsm7(const QString &text)
{
    for (const QChar c : text) {
        if (!gsm7Basic().contains(c) && !gsm7Extension().contains(c))
            return false;
    }
    return true;
}

int gsm7Length(const QString &text)
{
    // Characters outside GSM-7 count one per code point; such a text goes out as UCS-2 anyway.
    int length = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        length += gsm7Extension().contains(c) ? 2 : 1;
    }
    return length;
}

} // namespace duedesk
