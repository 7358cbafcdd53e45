#include <Domain.h>
#include <MessageTemplates.h>
#include <Money.h>
#include <QLocale>
#include <QtTest>
#include <Tone.h>

using namespace duedesk;

namespace {

const QString kPayLink = "https://pay.example.com/i/abc123"; // 32 characters
const QString kBusiness = "Hendry & Sons Plumbing Co"; // 25 characters
const QString kFirstName = "Maximilian"; // 10 characters

const QList<Tone> kTones = { Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final };

// Replies drafted when a client answers a reminder; they have a friendly tone only.
const QStringList kReplyKinds = { "invoice_copy", "promise_confirmation", "stop_confirmation" };

// What the invoice_copy part that is used only without a pay link ({no_pay_link}) says in each language.
QString bankDetailsPhrase(const QString &language)
{
    if (language == "es")
        return "datos bancarios";
    if (language == "fr")
        return QString::fromUtf8("coordonnées bancaires");
    if (language == "de")
        return "Bankverbindung";
    return "bank details";
}

// The locale a client of each shipped language typically has, and the currency of its bills.
QLocale localeFor(const QString &language)
{
    if (language == "es")
        return QLocale(QLocale::Spanish, QLocale::Spain);
    if (language == "fr")
        return QLocale(QLocale::French, QLocale::France);
    if (language == "de")
        return QLocale(QLocale::German, QLocale::Germany);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString currencyFor(const QString &language)
{
    return language == "en" ? "GBP" : "EUR";
}

// The realistic example: 10-letter first name, INV-000123, 1,234.56, a 25-character business name and a
// 32-character pay link. 120 days overdue gives the day count three digits. The client promised to pay a
// week after the due date (same month, so a September due date keeps the longest month abbreviation).
TemplateValues example(const QString &currency, const QDate &due = QDate(2026, 11, 23), qint64 daysOverdue = 120)
{
    TemplateValues v;
    v.firstName = kFirstName;
    v.billNumber = "INV-000123";
    v.amount = Money(123456, currency);
    v.dueOn = due;
    v.promisedOn = due.addDays(7);
    v.daysOverdue = daysOverdue;
    v.payLink = kPayLink;
    v.businessName = kBusiness;
    return v;
}

// SMS replaces the locale's no-break spaces by plain ones so that the text stays GSM-7.
QString plainSpaces(QString s)
{
    return s.replace(QChar(0x00A0), ' ').replace(QChar(0x202F), ' ');
}

QString separatorFor(Channel channel)
{
    if (channel == Channel::Email)
        return "\n\n";
    if (channel == Channel::Sms)
        return " ";
    return "\n";
}

RenderedMessage mustRender(const QString &kind, Tone tone, Channel channel, const QString &language,
    const TemplateValues &values, const QLocale &locale)
{
    const auto r = MessageTemplates::render(kind, tone, channel, language, values, locale);
    if (!r)
        qWarning("render(%s, %s, %s, %s) failed: %s", qPrintable(kind), qPrintable(toneKey(tone)),
            qPrintable(channelKey(channel)), qPrintable(language), qPrintable(r.error()));
    return r ? *r : RenderedMessage{ "<failed>", "<failed>" };
}

// SMS texts that the templates declare as two segments when a pay link is added (see the "comment" of
// those entries): a final notice in French and German cannot state its next step in 160 with the link.
bool smsMayTakeTwoSegments(const QString &language, const QString &kind)
{
    return kind == "final_notice" && (language == "fr" || language == "de");
}

} // namespace

class tst_MessageTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsFourLanguagesAndSixKinds()
    {
        QCOMPARE(MessageTemplates::languages(), QStringList({ "de", "en", "es", "fr" }));
        QCOMPARE(MessageTemplates::kinds(),
            QStringList({ "final_notice", "heads_up", "invoice_copy", "promise_confirmation", "reminder",
                "stop_confirmation" }));
    }

    void everyLanguageKindToneAndChannelRendersCompletely_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Tone>("tone");
        QTest::addColumn<Channel>("channel");
        for (const QString &language : MessageTemplates::languages())
            for (const QString &kind : MessageTemplates::kinds())
                for (Tone tone : kTones)
                    for (Channel channel : allChannels())
                        QTest::addRow("%s %s %s %s", qPrintable(language), qPrintable(kind), qPrintable(toneKey(tone)),
                            qPrintable(channelKey(channel)))
                            << language << kind << tone << channel;
    }
    void everyLanguageKindToneAndChannelRendersCompletely()
    {
        QFETCH(QString, language);
        QFETCH(QString, kind);
        QFETCH(Tone, tone);
        QFETCH(Channel, channel);
        const QLocale locale = localeFor(language);
        const TemplateValues values = example(currencyFor(language));
        const auto r = MessageTemplates::render(kind, tone, channel, language, values, locale);
        QVERIFY2(r.ok(), qPrintable(r.error()));

        const QString all = r->subject + '\n' + r->body;
        QVERIFY2(!all.contains('{') && !all.contains('}') && !all.contains('|'), qPrintable(all));
        // A stop confirmation only confirms: no bill, no amount, no link.
        const bool isStop = kind == "stop_confirmation";
        QVERIFY2(r->body.contains("INV-000123") != isStop, qPrintable(r->body));
        const QString amount = values.amount.toDisplayString(locale);
        QVERIFY2(r->body.contains(channel == Channel::Sms ? plainSpaces(amount) : amount) != isStop,
            qPrintable(r->body));
        QVERIFY2(r->body.contains(kPayLink) != isStop, qPrintable(r->body));
        QVERIFY2(r->body.contains(kBusiness), qPrintable(r->body));
        QVERIFY2(!all.contains("  ") && !r->body.startsWith(' ') && !r->body.endsWith(' '), qPrintable(all));

        if (channel == Channel::Email) {
            QVERIFY(!r->subject.isEmpty());
            QVERIFY(!r->subject.contains('\n'));
            QVERIFY2(r->body.contains(kFirstName), qPrintable(r->body));
        } else {
            QVERIFY2(r->subject.isEmpty(), qPrintable(r->subject));
        }
        if (channel == Channel::WhatsApp || channel == Channel::Telegram) {
            const qsizetype lines = r->body.count('\n') + 1;
            if (isStop)
                QVERIFY2(lines == 1, qPrintable(r->body));
            else
                QVERIFY2(lines >= 2 && lines <= 4, qPrintable(r->body));
        }
        if (channel == Channel::Sms)
            QVERIFY2(!r->body.contains('\n'), qPrintable(r->body));
        else // French puts a no-break space before : ; ? ! and the other languages no space at all
            for (const char *mark : { " :", " ;", " ?", " !" })
                QVERIFY2(!all.contains(mark), qPrintable(all));
    }

    void firmerTonesMentionTheDaysOverdue_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Channel>("channel");
        for (const QString &language : MessageTemplates::languages())
            for (const QString kind : { "reminder", "final_notice" })
                for (Channel channel : { Channel::Email, Channel::WhatsApp, Channel::Telegram })
                    QTest::addRow("%s %s %s", qPrintable(language), qPrintable(kind), qPrintable(channelKey(channel)))
                        << language << QString(kind) << channel;
    }
    void firmerTonesMentionTheDaysOverdue()
    {
        QFETCH(QString, language);
        QFETCH(QString, kind);
        QFETCH(Channel, channel);
        const Tone tone = kind == "reminder" ? Tone::Firm : Tone::Final;
        const RenderedMessage m
            = mustRender(kind, tone, channel, language, example("EUR", QDate(2026, 11, 23), 37), localeFor(language));
        QVERIFY2(m.body.contains("37 "), qPrintable(m.body));
    }

    void pluralOfTheDaysOverdueFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("days");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("unexpected");
        QTest::newRow("en one") << "en" << qint64(1) << "1 day overdue"
                                << "1 days";
        QTest::newRow("en many") << "en" << qint64(12) << "12 days overdue"
                                 << "12 day ";
        QTest::newRow("es one") << "es" << qint64(1) << "1 día de retraso"
                                << "1 días";
        QTest::newRow("es many") << "es" << qint64(12) << "12 días de retraso"
                                 << "12 día ";
        QTest::newRow("fr one") << "fr" << qint64(1) << "retard de 1 jour "
                                << "1 jours";
        QTest::newRow("fr many") << "fr" << qint64(12) << "retard de 12 jours"
                                 << "12 jour ";
        QTest::newRow("de one") << "de" << qint64(1) << "seit 1 Tag überfällig"
                                << "1 Tagen";
        QTest::newRow("de many") << "de" << qint64(12) << "seit 12 Tagen überfällig"
                                 << "12 Tag ";
    }
    void pluralOfTheDaysOverdueFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(qint64, days);
        QFETCH(QString, expected);
        QFETCH(QString, unexpected);
        const RenderedMessage m = mustRender("reminder", Tone::Firm, Channel::Email, language,
            example("EUR", QDate(2026, 11, 23), days), localeFor(language));
        QVERIFY2(m.body.contains(expected), qPrintable(m.body));
        QVERIFY2(!m.body.contains(unexpected), qPrintable(m.body));
    }

    void formatsMoneyAndDatesForTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("date");
        const QLocale fr(QLocale::French, QLocale::France);
        QTest::newRow("en_GB GBP") << "en" << QLocale(QLocale::English, QLocale::UnitedKingdom) << "GBP"
                                   << "£1,234.56"
                                   << "23 Nov 2026";
        QTest::newRow("en_US USD") << "en" << QLocale(QLocale::English, QLocale::UnitedStates) << "USD"
                                   << "$1,234.56"
                                   << "Nov 23, 2026";
        QTest::newRow("de_DE EUR") << "de" << QLocale(QLocale::German, QLocale::Germany) << "EUR"
                                   << QString("1.234,56") + QChar(0x00A0) + "€"
                                   << "23. Nov. 2026";
        // Qt's own grouping (a narrow no-break space) and its no-break space before the symbol.
        QTest::newRow("fr_FR EUR") << "fr" << fr << "EUR" << fr.toCurrencyString(1234.56, "€", 2) << "23 nov. 2026";
        QTest::newRow("es_ES EUR") << "es" << QLocale(QLocale::Spanish, QLocale::Spain) << "EUR"
                                   << QLocale(QLocale::Spanish, QLocale::Spain).toCurrencyString(1234.56, "€", 2)
                                   << "23 nov 2026";
    }
    void formatsMoneyAndDatesForTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        QFETCH(QString, currency);
        QFETCH(QString, amount);
        QFETCH(QString, date);
        const RenderedMessage m
            = mustRender("reminder", Tone::Neutral, Channel::Email, language, example(currency), locale);
        QVERIFY2(m.body.contains(amount), qPrintable(m.body));
        QVERIFY2(m.body.contains(date), qPrintable(m.body));
    }

    void frenchAmountUsesQtsSpacesInEmailAndPlainSpacesInSms()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        const QString qtAmount = fr.toCurrencyString(1234.56, "€", 2);
        QCOMPARE(plainSpaces(qtAmount), QString("1 234,56 €"));
        const RenderedMessage email = mustRender("reminder", Tone::Neutral, Channel::Email, "fr", example("EUR"), fr);
        QVERIFY2(email.body.contains(qtAmount), qPrintable(email.body));
        const RenderedMessage sms = mustRender("reminder", Tone::Neutral, Channel::Sms, "fr", example("EUR"), fr);
        QVERIFY2(sms.body.contains("1 234,56 €"), qPrintable(sms.body));
        QVERIFY(isGsm7(sms.body));
    }

    void smsFitsOneGsm7Segment_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Tone>("tone");
        struct Setup {
            const char *name;
            QString language;
            QLocale locale;
            QString currency;
        };
        const QList<Setup> setups = {
            { "en_GB GBP", "en", QLocale(QLocale::English, QLocale::UnitedKingdom), "GBP" },
            { "en_IE EUR", "en", QLocale(QLocale::English, QLocale::Ireland), "EUR" },
            { "es_ES EUR", "es", localeFor("es"), "EUR" },
            { "fr_FR EUR", "fr", localeFor("fr"), "EUR" },
            { "de_DE EUR", "de", localeFor("de"), "EUR" },
        };
        // November as asked; September has the longest abbreviation ("Sept", "sept.", "Sept.").
        for (const Setup &s : setups)
            for (const QDate &due : { QDate(2026, 11, 23), QDate(2026, 9, 23) })
                for (const QString &kind : MessageTemplates::kinds())
                    for (Tone tone : kTones)
                        QTest::addRow("%s %s %s %s", s.name, qPrintable(due.toString(Qt::ISODate)), qPrintable(kind),
                            qPrintable(toneKey(tone)))
                            << s.language << s.locale << s.currency << due << kind << tone;
    }
    void smsFitsOneGsm7Segment()
    {
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        QFETCH(QString, currency);
        QFETCH(QDate, due);
        QFETCH(QString, kind);
        QFETCH(Tone, tone);
        TemplateValues values = example(currency, due);
        const RenderedMessage withLink = mustRender(kind, tone, Channel::Sms, language, values, locale);
        QVERIFY2(isGsm7(withLink.body), qPrintable(withLink.body));
        const int limit = smsMayTakeTwoSegments(language, kind) ? 2 * 153 : 160;
        QVERIFY2(gsm7Length(withLink.body) <= limit,
            qPrintable(QString("%1 > %2: %3").arg(gsm7Length(withLink.body)).arg(limit).arg(withLink.body)));

        values.payLink.clear();
        const RenderedMessage without = mustRender(kind, tone, Channel::Sms, language, values, locale);
        QVERIFY2(isGsm7(without.body), qPrintable(without.body));
        QVERIFY2(gsm7Length(without.body) <= 160,
            qPrintable(QString("%1 > 160: %2").arg(gsm7Length(without.body)).arg(without.body)));
        QVERIFY2(!without.body.contains("http"), qPrintable(without.body));
    }

    void smsDateStaysGsm7WhenTheMonthNameIsNot()
    {
        // French "août" has a û, which GSM-7 lacks: the SMS says 03/08/2026 instead; email keeps the words.
        const QLocale fr = localeFor("fr");
        const TemplateValues values = example("EUR", QDate(2026, 8, 3));
        const RenderedMessage sms = mustRender("heads_up", Tone::Friendly, Channel::Sms, "fr", values, fr);
        QVERIFY2(isGsm7(sms.body), qPrintable(sms.body));
        QVERIFY2(sms.body.contains("03/08/2026"), qPrintable(sms.body));
        const RenderedMessage email = mustRender("heads_up", Tone::Friendly, Channel::Email, "fr", values, fr);
        QVERIFY2(email.body.contains("3 août 2026"), qPrintable(email.body));
    }

    void smsTypographyIsMadePlain()
    {
        // An owner's business name with a curly apostrophe and an en dash still goes out as GSM-7.
        TemplateValues values = example("GBP");
        values.businessName = QString("O") + QChar(0x2019) + "Brien " + QChar(0x2013) + " Plumbing";
        const RenderedMessage sms = mustRender("reminder", Tone::Friendly, Channel::Sms, "en", values, localeFor("en"));
        QVERIFY2(sms.body.contains("O'Brien - Plumbing"), qPrintable(sms.body));
        QVERIFY(isGsm7(sms.body));
    }

    void withoutPayLinkEveryLinkLineIsLeftOut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Tone>("tone");
        QTest::addColumn<Channel>("channel");
        for (const QString &language : MessageTemplates::languages())
            for (const QString &kind : MessageTemplates::kinds())
                for (Tone tone : kTones)
                    for (Channel channel : allChannels())
                        QTest::addRow("%s %s %s %s", qPrintable(language), qPrintable(kind), qPrintable(toneKey(tone)),
                            qPrintable(channelKey(channel)))
                            << language << kind << tone << channel;
    }
    void withoutPayLinkEveryLinkLineIsLeftOut()
    {
        QFETCH(QString, language);
        QFETCH(QString, kind);
        QFETCH(Tone, tone);
        QFETCH(Channel, channel);
        const QLocale locale = localeFor(language);
        TemplateValues values = example(currencyFor(language));
        const RenderedMessage withLink = mustRender(kind, tone, channel, language, values, locale);
        values.payLink = "   ";
        const RenderedMessage without = mustRender(kind, tone, channel, language, values, locale);

        QVERIFY2(!without.body.contains("http") && !without.subject.contains("http"), qPrintable(without.body));
        QCOMPARE(without.subject, withLink.subject);
        // invoice_copy gains a "reply for our bank details" part instead: see
        // invoiceCopyOffersBankDetailsOnlyWithoutALink.
        if (kind == "invoice_copy")
            return;
        // Exactly the parts that carried the link are gone: no "Pay here:" left hanging.
        const QString separator = separatorFor(channel);
        if (kind == "stop_confirmation") {
            QCOMPARE(without.body, withLink.body);
        } else if (channel == Channel::Sms) {
            QVERIFY2(withLink.body.startsWith(without.body + separator), qPrintable(withLink.body));
            QVERIFY2(withLink.body.mid(without.body.size()).contains(kPayLink), qPrintable(withLink.body));
        } else {
            QStringList kept;
            for (const QString &part : withLink.body.split(separator))
                if (!part.contains(kPayLink))
                    kept.append(part);
            QCOMPARE(without.body, kept.join(separator));
        }
    }

    void promiseConfirmationStatesThePromisedDate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("date");
        QTest::newRow("en_GB") << "en" << QLocale(QLocale::English, QLocale::UnitedKingdom) << "GBP"
                               << "30 Nov 2026";
        QTest::newRow("en_US") << "en" << QLocale(QLocale::English, QLocale::UnitedStates) << "USD"
                               << "Nov 30, 2026";
        QTest::newRow("es_ES") << "es" << localeFor("es") << "EUR"
                               << "30 nov 2026";
        QTest::newRow("fr_FR") << "fr" << localeFor("fr") << "EUR"
                               << "30 nov. 2026";
        QTest::newRow("de_DE") << "de" << localeFor("de") << "EUR"
                               << "30. Nov. 2026";
    }
    void promiseConfirmationStatesThePromisedDate()
    {
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        QFETCH(QString, currency);
        QFETCH(QString, date);
        const TemplateValues values = example(currency); // due 23 Nov 2026, promised 30 Nov 2026
        for (Channel channel : allChannels()) {
            const RenderedMessage m
                = mustRender("promise_confirmation", Tone::Friendly, channel, language, values, locale);
            QVERIFY2(m.body.contains(date), qPrintable(channelKey(channel) + ": " + m.body));
            QVERIFY2(m.body.contains("INV-000123"), qPrintable(m.body));
        }
    }

    void promiseDateInSmsStaysGsm7()
    {
        // French "août" is not GSM-7: the promised date falls back to the short numeric form, as {due_date} does.
        TemplateValues values = example("EUR", QDate(2026, 7, 20));
        values.promisedOn = QDate(2026, 8, 3);
        const RenderedMessage sms
            = mustRender("promise_confirmation", Tone::Friendly, Channel::Sms, "fr", values, localeFor("fr"));
        QVERIFY2(isGsm7(sms.body), qPrintable(sms.body));
        QVERIFY2(sms.body.contains("03/08/2026"), qPrintable(sms.body));
        const RenderedMessage email
            = mustRender("promise_confirmation", Tone::Friendly, Channel::Email, "fr", values, localeFor("fr"));
        QVERIFY2(email.body.contains(QString::fromUtf8("3 août 2026")), qPrintable(email.body));
    }

    void missingPromiseDateFailsWhereTheTextNeedsIt()
    {
        TemplateValues values = example("GBP");
        values.promisedOn = QDate();
        for (const QString &language : MessageTemplates::languages())
            for (Channel channel : allChannels()) {
                const auto r = MessageTemplates::render(
                    "promise_confirmation", Tone::Friendly, channel, language, values, localeFor(language));
                QVERIFY(!r.ok());
                QVERIFY2(r.error().contains("INV-000123") && r.error().contains("promised"), qPrintable(r.error()));
            }
        // Texts that do not mention the promise do not need it.
        for (const QString &kind : MessageTemplates::kinds()) {
            if (kind == "promise_confirmation")
                continue;
            const auto r
                = MessageTemplates::render(kind, Tone::Friendly, Channel::Email, "en", values, localeFor("en"));
            QVERIFY2(r.ok(), qPrintable(kind + ": " + r.error()));
        }
    }

    void invoiceCopyOffersBankDetailsOnlyWithoutALink_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Channel>("channel");
        for (const QString &language : MessageTemplates::languages())
            for (Channel channel : allChannels())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(channelKey(channel))) << language << channel;
    }
    void invoiceCopyOffersBankDetailsOnlyWithoutALink()
    {
        QFETCH(QString, language);
        QFETCH(Channel, channel);
        const QLocale locale = localeFor(language);
        TemplateValues values = example(currencyFor(language));
        const QString bank = bankDetailsPhrase(language);
        const QString dueDate = locale.toString(values.dueOn, language == "de" ? "d. MMM yyyy" : "d MMM yyyy");

        const RenderedMessage withLink = mustRender("invoice_copy", Tone::Friendly, channel, language, values, locale);
        QVERIFY2(withLink.body.contains(kPayLink), qPrintable(withLink.body));
        QVERIFY2(!withLink.body.contains(bank), qPrintable(withLink.body));
        values.payLink.clear();
        const RenderedMessage without = mustRender("invoice_copy", Tone::Friendly, channel, language, values, locale);
        QVERIFY2(!without.body.contains("http"), qPrintable(without.body));
        QVERIFY2(without.body.count(bank) == 1, qPrintable(without.body));
        QCOMPARE(without.subject, withLink.subject);

        for (const RenderedMessage &m : { withLink, without }) {
            QVERIFY2(m.body.contains("INV-000123") && m.body.contains(dueDate), qPrintable(m.body));
            // A PDF copy is offered on request; DueDesk cannot attach one, so no text says it is attached.
            QVERIFY2(m.body.contains("PDF"), qPrintable(m.body));
            for (const char *attached : { "attach", "adjunt", "joint", "Anhang", "anbei", "angehängt" })
                QVERIFY2(!m.body.contains(QString::fromUtf8(attached), Qt::CaseInsensitive), qPrintable(m.body));
        }

        if (channel != Channel::Sms) {
            // Apart from the link part and the bank-details part, the two texts are the same.
            const QString separator = separatorFor(channel);
            QStringList withParts = withLink.body.split(separator);
            withParts.removeIf([](const QString &part) { return part.contains(kPayLink); });
            QStringList withoutParts = without.body.split(separator);
            withoutParts.removeIf([&](const QString &part) { return part.contains(bank); });
            QCOMPARE(withoutParts, withParts);
        }
    }

    void stopConfirmationOnlyConfirms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Channel>("channel");
        for (const QString &language : MessageTemplates::languages())
            for (Channel channel : allChannels())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(channelKey(channel))) << language << channel;
    }
    void stopConfirmationOnlyConfirms()
    {
        QFETCH(QString, language);
        QFETCH(Channel, channel);
        const QLocale locale = localeFor(language);
        const TemplateValues values = example(currencyFor(language));
        const RenderedMessage m = mustRender("stop_confirmation", Tone::Friendly, channel, language, values, locale);
        const QString all = m.subject + '\n' + m.body;
        QVERIFY2(!all.contains("http"), qPrintable(all));
        QVERIFY2(!all.contains("INV-000123"), qPrintable(all));
        QVERIFY2(m.body.contains(kBusiness), qPrintable(m.body));
        if (channel == Channel::Email) {
            QVERIFY2(m.body.split("\n\n").size() <= 3, qPrintable(m.body));
            QVERIFY2(m.body.size() <= 200, qPrintable(m.body));
        } else {
            QVERIFY2(!m.body.contains('\n'), qPrintable(m.body));
            QVERIFY2(m.body.size() <= 120, qPrintable(m.body));
        }
        // Without a first name the line still reads well ("Understood. You won't ...").
        TemplateValues anonymous = values;
        anonymous.firstName.clear();
        const RenderedMessage plain
            = mustRender("stop_confirmation", Tone::Friendly, channel, language, anonymous, locale);
        QVERIFY2(!plain.body.contains(" .") && !plain.body.contains(",.") && !plain.body.contains("  ")
                && !plain.body.startsWith(' '),
            qPrintable(plain.body));
    }

    void languageFallsBackToBaseThenEnglish_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("expected");
        QTest::newRow("es-MX is Spanish") << "es-MX"
                                          << "es";
        QTest::newRow("es_MX is Spanish") << "es_MX"
                                          << "es";
        QTest::newRow("de-AT is German") << "de-AT"
                                         << "de";
        QTest::newRow("FR is French") << "FR"
                                      << "fr";
        QTest::newRow("Italian is English") << "it"
                                            << "en";
        QTest::newRow("pt-BR is English") << "pt-BR"
                                          << "en";
        QTest::newRow("empty is English") << ""
                                          << "en";
    }
    void languageFallsBackToBaseThenEnglish()
    {
        QFETCH(QString, asked);
        QFETCH(QString, expected);
        const QLocale locale = localeFor(expected);
        const TemplateValues values = example(currencyFor(expected));
        for (Channel channel : allChannels()) {
            const RenderedMessage got = mustRender("reminder", Tone::Friendly, channel, asked, values, locale);
            const RenderedMessage want = mustRender("reminder", Tone::Friendly, channel, expected, values, locale);
            QCOMPARE(got.subject, want.subject);
            QCOMPARE(got.body, want.body);
        }
        if (expected == "es")
            QVERIFY(
                mustRender("reminder", Tone::Friendly, Channel::Email, asked, values, locale).body.contains("factura"));
        if (expected == "en")
            QVERIFY(
                mustRender("reminder", Tone::Friendly, Channel::Email, asked, values, locale).body.contains("invoice"));
    }

    void toneFallsBackToWhatTheKindHas_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Tone>("asked");
        QTest::addColumn<Tone>("used");
        QTest::newRow("heads-up neutral is friendly") << "heads_up" << Tone::Neutral << Tone::Friendly;
        QTest::newRow("heads-up firm is friendly") << "heads_up" << Tone::Firm << Tone::Friendly;
        QTest::newRow("heads-up final is friendly") << "heads_up" << Tone::Final << Tone::Friendly;
        QTest::newRow("reminder final is firm") << "reminder" << Tone::Final << Tone::Firm;
        QTest::newRow("final notice friendly is final") << "final_notice" << Tone::Friendly << Tone::Final;
        QTest::newRow("final notice firm is final") << "final_notice" << Tone::Firm << Tone::Final;
        for (const QString &kind : kReplyKinds)
            for (Tone tone : { Tone::Neutral, Tone::Firm, Tone::Final })
                QTest::addRow("%s %s is friendly", qPrintable(kind), qPrintable(toneKey(tone)))
                    << kind << tone << Tone::Friendly;
    }
    void toneFallsBackToWhatTheKindHas()
    {
        QFETCH(QString, kind);
        QFETCH(Tone, asked);
        QFETCH(Tone, used);
        for (const QString &language : MessageTemplates::languages())
            for (Channel channel : allChannels()) {
                const QLocale locale = localeFor(language);
                const TemplateValues values = example(currencyFor(language));
                const RenderedMessage got = mustRender(kind, asked, channel, language, values, locale);
                const RenderedMessage want = mustRender(kind, used, channel, language, values, locale);
                QCOMPARE(got.subject, want.subject);
                QCOMPARE(got.body, want.body);
            }
    }

    void remindersDifferByTone()
    {
        for (const QString &language : MessageTemplates::languages())
            for (Channel channel : allChannels()) {
                QSet<QString> bodies;
                for (Tone tone : { Tone::Friendly, Tone::Neutral, Tone::Firm })
                    bodies.insert(
                        mustRender("reminder", tone, channel, language, example("EUR"), localeFor(language)).body);
                QVERIFY2(bodies.size() == 3, qPrintable(language + ' ' + channelKey(channel)));
            }
    }

    void unknownKindFailsWithAReason()
    {
        const auto r = MessageTemplates::render(
            "overdue_maybe", Tone::Friendly, Channel::Email, "en", example("GBP"), localeFor("en"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains("overdue_maybe"), qPrintable(r.error()));
    }

    void missingDueDateFailsWhereTheTextNeedsIt()
    {
        TemplateValues values = example("GBP");
        values.dueOn = QDate();
        const auto r
            = MessageTemplates::render("heads_up", Tone::Friendly, Channel::Email, "en", values, localeFor("en"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains("INV-000123"), qPrintable(r.error()));
    }

    void valuesAreInsertedLiterally()
    {
        TemplateValues values = example("GBP");
        values.businessName = "Curly {bill_number} & Co";
        values.firstName = "{amount}";
        const RenderedMessage m = mustRender("reminder", Tone::Neutral, Channel::Email, "en", values, localeFor("en"));
        QVERIFY2(m.body.contains("Curly {bill_number} & Co"), qPrintable(m.body));
        QVERIFY2(m.body.startsWith("Hello {amount},"), qPrintable(m.body));
    }

    void missingFirstNameLeavesAPlainGreeting_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("greeting");
        QTest::newRow("en") << "en"
                            << "Hi,\n\n";
        QTest::newRow("es") << "es"
                            << "Hola:\n\n";
        QTest::newRow("fr") << "fr"
                            << "Bonjour,\n\n";
        QTest::newRow("de") << "de"
                            << "Hallo,\n\n";
    }
    void missingFirstNameLeavesAPlainGreeting()
    {
        QFETCH(QString, language);
        QFETCH(QString, greeting);
        TemplateValues values = example("EUR");
        values.firstName = " ";
        const RenderedMessage m
            = mustRender("reminder", Tone::Friendly, Channel::Email, language, values, localeFor(language));
        QVERIFY2(m.body.startsWith(greeting), qPrintable(m.body));
    }

    void recognisesTheGsm7Alphabet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("gsm7");
        QTest::addColumn<int>("length");
        QTest::newRow("empty") << "" << true << 0;
        QTest::newRow("ASCII letters and digits") << "Invoice INV-000123 is due." << true << 26;
        QTest::newRow("pound, at and newline") << "£5 @ noon\n" << true << 10;
        QTest::newRow("euro counts two") << "€" << true << 2;
        QTest::newRow("amount in euros") << "1.234,56 €" << true << 11;
        QTest::newRow("every extension character counts two") << "^{}\\[~]|€" << true << 18;
        QTest::newRow("accents GSM-7 has") << "éèùìòÇØøÅåÄÖÑÜäöñüàÉß¿¡" << true << 23;
        QTest::newRow("greek capitals") << "ΔΦΓΛΩΠΨΣΘΞ" << true << 10;
        QTest::newRow("e circumflex is not GSM-7") << "fête" << false << 4;
        QTest::newRow("lower-case c cedilla is not GSM-7") << "reçu" << false << 4;
        QTest::newRow("i acute is not GSM-7") << "días" << false << 4;
        QTest::newRow("curly apostrophe is not GSM-7") << QString("it") + QChar(0x2019) + "s" << false << 4;
        QTest::newRow("no-break space is not GSM-7") << QString("1") + QChar(0x00A0) + "€" << false << 4;
        QTest::newRow("backtick is not GSM-7") << "`" << false << 1;
        QTest::newRow("emoji is not GSM-7 and one character") << QString::fromUtf8("ok \xF0\x9F\x91\x8D") << false << 4;
    }
    void recognisesTheGsm7Alphabet()
    {
        QFETCH(QString, text);
        QFETCH(bool, gsm7);
        QFETCH(int, length);
        QCOMPARE(isGsm7(text), gsm7);
        QCOMPARE(gsm7Length(text), length);
    }
};

QTEST_GUILESS_MAIN(tst_MessageTemplates)
#include "tst_messagetemplates.moc"
