#include "TemplateOverrides.h"

#include "AuditLog.h"
#include "Book.h"
#include "Clock.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

QString normalLanguage(const QString &language)
{
    return language.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString keyOf(const QString &kind, const QString &tone, const QString &channel, const QString &language)
{
    return kind + QLatin1Char('/') + tone + QLatin1Char('/') + channel + QLatin1Char('/') + language;
}

// Runs the statement and records the change in the audit log ("template_saved", "template_reset"), together.
bool execAudited(const Book &book, QSqlQuery &q, const QString &auditKind, const QString &kind, Tone tone,
                 Channel channel, const QString &language, QString *why)
{
    WriteTransaction tx(book.database());
    if (!tx.isActive()) {
        *why = tx.error();
        return false;
    }
    if (!q.exec()) {
        *why = sqlErrorText(q.lastError());
        return false;
    }
    const QJsonObject detail{{QStringLiteral("kind"), kind},
                             {QStringLiteral("tone"), toneKey(tone)},
                             {QStringLiteral("channel"), channelKey(channel)},
                             {QStringLiteral("language"), language}};
    if (!AuditLog(book).append(auditKind, QStringLiteral("owner"), 0, 0, detail, why))
        return false;
    if (!tx.commit()) {
        *why = tx.error();
        return false;
    }
    return true;
}

} // namespace

TemplateOverrides::TemplateOverrides(const Book &book)
{
    QSqlQuery q(book.database());
    if (!q.exec(QStringLiteral("SELECT kind, tone, channel, language, coalesce(subject, ''), body FROM template_overrides")))
        return;
    while (q.next()) {
        TemplateText text;
        text.language = q.value(3).toString();
        text.subject = q.value(4).toString();
        text.parts = splitParts(q.value(5).toString());
        m_texts.insert(keyOf(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), text.language), text);
    }
}

std::optional<TemplateText> TemplateOverrides::find(const QString &kind, Tone tone, Channel channel,
                                                    const QString &language) const
{
    const QString tag = normalLanguage(language.isEmpty() ? QStringLiteral("en") : language);
    for (const QString &candidate : {tag, tag.section(QLatin1Char('-'), 0, 0)}) {
        const auto it = m_texts.constFind(keyOf(kind, toneKey(tone), channelKey(channel), candidate));
        if (it != m_texts.constEnd())
            return *it;
    }
    return std::nullopt;
}

Result<TemplateText> TemplateOverrides::effective(const QString &kind, Tone tone, Channel channel,
                                                  const QString &language) const
{
    if (std::optional<TemplateText> own = find(kind, tone, channel, language))
        return *own;
    return MessageTemplates::shipped(kind, tone, channel, language);
}

Result<RenderedMessage> TemplateOverrides::render(const QString &kind, Tone tone, Channel channel,
                                                  const QString &language, const TemplateValues &values,
                                                  const QLocale &locale) const
{
    const Result<TemplateText> text = effective(kind, tone, channel, language);
    if (!text)
        return Result<RenderedMessage>::failure(text.error());
    return MessageTemplates::renderText(*text, channel, values, locale);
}

bool TemplateOverrides::save(const Book &book, const QString &kind, Tone tone, Channel channel,
                             const TemplateText &text, QString *error)
{
    const QString language = normalLanguage(text.language);
    QString why;
    if (!MessageTemplates::kinds().contains(kind))
        why = tr("There is no message template of kind \"%1\".").arg(kind);
    else if (language.isEmpty())
        why = tr("Choose the language the message is written in.");
    else if (splitParts(joinParts(text.parts)).isEmpty())
        why = tr("The message is empty. Write a text, or reset it to DueDesk's wording.");
    else if (channel == Channel::Email && text.subject.trimmed().isEmpty())
        why = tr("An email needs a subject.");
    if (why.isEmpty()) {
        QSqlDatabase db = book.database();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO template_overrides (kind, tone, channel, language, subject, body, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(kind);
        q.addBindValue(toneKey(tone));
        q.addBindValue(channelKey(channel));
        q.addBindValue(language);
        q.addBindValue(channel == Channel::Email ? QVariant(text.subject.trimmed()) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(joinParts(text.parts));
        q.addBindValue(sql::dateTime(book.clock().now()));
        if (execAudited(book, q, QStringLiteral("template_saved"), kind, tone, channel, language, &why))
            return true;
        why = tr("Cannot save the message: %1").arg(why);
    }
    if (error)
        *error = why;
    return false;
}

bool TemplateOverrides::reset(const Book &book, const QString &kind, Tone tone, Channel channel,
                              const QString &language, QString *error)
{
    QSqlQuery q(book.database());
    q.prepare(QStringLiteral("DELETE FROM template_overrides WHERE kind = ? AND tone = ? AND channel = ? AND language = ?"));
    q.addBindValue(kind);
    q.addBindValue(toneKey(tone));
    q.addBindValue(channelKey(channel));
    q.addBindValue(normalLanguage(language));
    QString why;
    if (execAudited(book, q, QStringLiteral("template_reset"), kind, tone, channel, normalLanguage(language), &why))
        return true;
    if (error)
        *error = tr("Cannot reset the message: %1").arg(why);
    return false;
}

QString TemplateOverrides::joinParts(const QStringList &parts)
{
    return parts.join(QLatin1Char('\n'));
}

QStringList TemplateOverrides::splitParts(const QString &body)
{
    QStringList parts;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

} // namespace duedesk
