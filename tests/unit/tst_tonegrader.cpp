#include <ToneGrader.h>

#include <QTranslator>
#include <QtTest>

#include <functional>

using namespace duedesk;

namespace duedesk {
// Lets QCOMPARE print tones by name when they differ.
char *toString(Tone tone)
{
    return qstrdup(qPrintable(toneKey(tone)));
}
} // namespace duedesk

namespace {

// ToneInputs read as a sentence in the tables: Given(Tone::Neutral, 20).broken(1).client(4380, 40, 0.95).
struct Given : ToneInputs {
    Given(Tone step, qint64 days)
    {
        stepTone = step;
        daysOverdue = days;
    }
    Given &asFinalStep()
    {
        finalStep = true;
        return *this;
    }
    Given &ignored(int reminders)
    {
        remindersIgnored = reminders;
        return *this;
    }
    Given &broken(int promises)
    {
        promisesBroken = promises;
        return *this;
    }
    Given &otherOverdue(int bills)
    {
        otherOverdueBills = bills;
        return *this;
    }
    Given &client(qint64 days, int bills, double ratio)
    {
        relationshipDays = days;
        pastBills = bills;
        onTimeRatio = ratio;
        return *this;
    }
    Given &longReliableClient() { return client(12 * 365 + 3, 40, 0.95); }
};

// English plural forms the way duedesk_en.ts spells them ("%n bill(s)" -> "%n bill" / "%n bills"), for any source.
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0)
            return {};
        QString text = QString::fromUtf8(sourceText);
        return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

QByteArray describe(const ToneInputs &in)
{
    return QStringLiteral("step %1%2, %3 days overdue, %4 ignored, %5 broken, %6 days client, %7 past bills, "
                          "%8 on time, %9 other overdue")
        .arg(toneKey(in.stepTone), in.finalStep ? QStringLiteral(" (final step)") : QString())
        .arg(in.daysOverdue)
        .arg(in.remindersIgnored)
        .arg(in.promisesBroken)
        .arg(in.relationshipDays)
        .arg(in.pastBills)
        .arg(in.onTimeRatio)
        .arg(in.otherOverdueBills)
        .toUtf8();
}

// Fails the test with the first inputs for which holds(inputs) is false, over a grid of every input wide enough to
// cross each rule's threshold.
void expectForEveryInput(const std::function<bool(const ToneInputs &)> &holds)
{
    for (Tone step : {Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final})
        for (bool finalStep : {false, true})
            for (qint64 days : {-7, 0, 1, 35, 120})
                for (int ignored : {0, 2, 3, 6})
                    for (int broken : {0, 1, 2, 3})
                        for (qint64 relationship : {0, 60, 3 * 365 - 1, 3 * 365, 12 * 365})
                            for (int pastBills : {0, 2, 3, 40})
                                for (double onTime : {0.5, 0.79, 0.8, 1.0})
                                    for (int other : {0, 1, 2, 4}) {
                                        ToneInputs in;
                                        in.stepTone = step;
                                        in.finalStep = finalStep;
                                        in.daysOverdue = days;
                                        in.remindersIgnored = ignored;
                                        in.promisesBroken = broken;
                                        in.relationshipDays = relationship;
                                        in.pastBills = pastBills;
                                        in.onTimeRatio = onTime;
                                        in.otherOverdueBills = other;
                                        if (!holds(in))
                                            QFAIL(describe(in).constData());
                                    }
}

} // namespace

class tst_ToneGrader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradesTheToneFromTheStepAndTheClientsSituation_data()
    {
        QTest::addColumn<ToneInputs>("inputs");
        QTest::addColumn<Tone>("expected");
        const qint64 threeYears = 3 * 365;

        QTest::newRow("friendly step, nothing else: friendly")
            << ToneInputs(Given(Tone::Friendly, 10)) << Tone::Friendly;
        QTest::newRow("neutral step, nothing else: neutral") << ToneInputs(Given(Tone::Neutral, 10)) << Tone::Neutral;
        QTest::newRow("firm step, nothing else: firm") << ToneInputs(Given(Tone::Firm, 10)) << Tone::Firm;

        QTest::newRow("heads-up before due: friendly on a firm step with broken promises")
            << ToneInputs(Given(Tone::Firm, -3).broken(2).ignored(5).otherOverdue(3)) << Tone::Friendly;
        QTest::newRow("due today is still a heads-up") << ToneInputs(Given(Tone::Firm, 0).broken(1)) << Tone::Friendly;
        QTest::newRow("final step before due: a friendly heads-up")
            << ToneInputs(Given(Tone::Final, -2).asFinalStep()) << Tone::Friendly;
        QTest::newRow("day one overdue: the step's tone") << ToneInputs(Given(Tone::Neutral, 1)) << Tone::Neutral;

        QTest::newRow("final step: final") << ToneInputs(Given(Tone::Final, 30).asFinalStep()) << Tone::Final;
        QTest::newRow("final step with a friendly step tone: final")
            << ToneInputs(Given(Tone::Friendly, 30).asFinalStep()) << Tone::Final;
        QTest::newRow("final step for a long reliable client: final")
            << ToneInputs(Given(Tone::Final, 30).asFinalStep().longReliableClient()) << Tone::Final;
        QTest::newRow("non-final step asking for final: firm") << ToneInputs(Given(Tone::Final, 30)) << Tone::Firm;

        QTest::newRow("one broken promise: one firmer")
            << ToneInputs(Given(Tone::Friendly, 10).broken(1)) << Tone::Neutral;
        QTest::newRow("two broken promises: two firmer")
            << ToneInputs(Given(Tone::Friendly, 10).broken(2)) << Tone::Firm;
        QTest::newRow("broken promises stop at firm") << ToneInputs(Given(Tone::Neutral, 10).broken(3)) << Tone::Firm;

        QTest::newRow("two ignored reminders: no change")
            << ToneInputs(Given(Tone::Neutral, 10).ignored(2)) << Tone::Neutral;
        QTest::newRow("three ignored reminders: one firmer")
            << ToneInputs(Given(Tone::Neutral, 10).ignored(3)) << Tone::Firm;
        QTest::newRow("seven ignored reminders: still one firmer")
            << ToneInputs(Given(Tone::Friendly, 10).ignored(7)) << Tone::Neutral;

        QTest::newRow("one other overdue bill: no change")
            << ToneInputs(Given(Tone::Neutral, 10).otherOverdue(1)) << Tone::Neutral;
        QTest::newRow("two other overdue bills: one firmer")
            << ToneInputs(Given(Tone::Friendly, 10).otherOverdue(2)) << Tone::Neutral;
        QTest::newRow("five other overdue bills: still one firmer")
            << ToneInputs(Given(Tone::Friendly, 10).otherOverdue(5)) << Tone::Neutral;
        QTest::newRow("every firmer rule at once: capped at firm")
            << ToneInputs(Given(Tone::Friendly, 10).broken(1).ignored(3).otherOverdue(2)) << Tone::Firm;

        QTest::newRow("long reliable client: one softer")
            << ToneInputs(Given(Tone::Neutral, 10).longReliableClient()) << Tone::Friendly;
        QTest::newRow("long reliable client on a firm step: neutral")
            << ToneInputs(Given(Tone::Firm, 10).longReliableClient()) << Tone::Neutral;
        QTest::newRow("long reliable client: never softer than friendly")
            << ToneInputs(Given(Tone::Friendly, 10).longReliableClient()) << Tone::Friendly;
        QTest::newRow("long reliable client ignoring reminders: the two cancel")
            << ToneInputs(Given(Tone::Neutral, 10).longReliableClient().ignored(3)) << Tone::Neutral;
        QTest::newRow("long reliable client with other overdue bills: the two cancel")
            << ToneInputs(Given(Tone::Firm, 10).longReliableClient().otherOverdue(2)) << Tone::Firm;
        QTest::newRow("long reliable client who broke a promise: not softened")
            << ToneInputs(Given(Tone::Neutral, 10).longReliableClient().broken(1)) << Tone::Firm;

        QTest::newRow("exactly three years: softened")
            << ToneInputs(Given(Tone::Neutral, 10).client(threeYears, 3, 0.8)) << Tone::Friendly;
        QTest::newRow("a day short of three years: not softened")
            << ToneInputs(Given(Tone::Neutral, 10).client(threeYears - 1, 40, 1.0)) << Tone::Neutral;
        QTest::newRow("only two past bills: not softened")
            << ToneInputs(Given(Tone::Neutral, 10).client(12 * 365, 2, 1.0)) << Tone::Neutral;
        QTest::newRow("79% on time: not softened")
            << ToneInputs(Given(Tone::Neutral, 10).client(12 * 365, 40, 0.79)) << Tone::Neutral;
        QTest::newRow("unknown relationship start: not softened")
            << ToneInputs(Given(Tone::Neutral, 10).client(0, 40, 1.0)) << Tone::Neutral;

        QTest::newRow("new client with other overdue bills: firmer, not softened")
            << ToneInputs(Given(Tone::Neutral, 20).client(60, 0, 1.0).otherOverdue(2)) << Tone::Firm;
        QTest::newRow("new client with one other overdue bill: the step's tone")
            << ToneInputs(Given(Tone::Neutral, 20).client(60, 0, 1.0).otherOverdue(1)) << Tone::Neutral;
    }
    void gradesTheToneFromTheStepAndTheClientsSituation()
    {
        QFETCH(ToneInputs, inputs);
        QFETCH(Tone, expected);
        QCOMPARE(ToneGrader::grade(inputs).tone, expected);
    }

    void longReliableClientGetsASofterGradeThanANewClientWithThreeOverdueBills()
    {
        const ToneGrade longClient = ToneGrader::grade(Given(Tone::Neutral, 20).client(12 * 365, 40, 0.95));
        const ToneGrade newClient = ToneGrader::grade(Given(Tone::Neutral, 20).client(60, 0, 1.0).otherOverdue(2));
        QVERIFY2(longClient.tone < newClient.tone,
                 qPrintable(longClient.summary() + QStringLiteral(" vs ") + newClient.summary()));
    }

    void reasonsExplainTheGradeMostImportantFirst_data()
    {
        QTest::addColumn<ToneInputs>("inputs");
        QTest::addColumn<QStringList>("reasons");

        QTest::newRow("days overdue alone") << ToneInputs(Given(Tone::Neutral, 35)) << QStringList{"35 day(s) overdue"};
        QTest::newRow("firmer rules in order, days overdue last")
            << ToneInputs(Given(Tone::Friendly, 35).otherOverdue(4).ignored(5).broken(2))
            << QStringList{"2 promise(s) broken", "5 reminders ignored", "4 other bills overdue", "35 day(s) overdue"};
        QTest::newRow("rules that did not apply are not reasons")
            << ToneInputs(Given(Tone::Neutral, 35).ignored(2).otherOverdue(1).client(60, 0, 1.0))
            << QStringList{"35 day(s) overdue"};
        QTest::newRow("long reliable client")
            << ToneInputs(Given(Tone::Neutral, 20).client(12 * 365 + 3, 40, 0.95))
            << QStringList{"client for 12 years, 95% paid on time", "20 day(s) overdue"};
        QTest::newRow("firmer and softer both shown when they cancel")
            << ToneInputs(Given(Tone::Neutral, 20).ignored(3).client(4 * 365, 10, 0.8))
            << QStringList{"3 reminders ignored", "client for 4 years, 80% paid on time", "20 day(s) overdue"};
        QTest::newRow("final step") << ToneInputs(Given(Tone::Firm, 60).asFinalStep().broken(1))
                                    << QStringList{"final notice", "60 day(s) overdue"};
        QTest::newRow("heads-up") << ToneInputs(Given(Tone::Firm, -3).broken(1)) << QStringList{"due in 3 day(s)"};
        QTest::newRow("due today") << ToneInputs(Given(Tone::Neutral, 0)) << QStringList{"due today"};
    }
    void reasonsExplainTheGradeMostImportantFirst()
    {
        QFETCH(ToneInputs, inputs);
        QFETCH(QStringList, reasons);
        QCOMPARE(ToneGrader::grade(inputs).reasons, reasons);
    }

    void summaryNamesTheToneThenItsReasons_data()
    {
        QTest::addColumn<ToneInputs>("inputs");
        QTest::addColumn<QString>("summary");

        QTest::newRow("firm") << ToneInputs(Given(Tone::Neutral, 35).broken(2))
                              << "firm: 2 promise(s) broken, 35 day(s) overdue";
        QTest::newRow("friendly long client") << ToneInputs(Given(Tone::Neutral, 20).longReliableClient())
                                              << "friendly: client for 12 years, 95% paid on time, 20 day(s) overdue";
        QTest::newRow("final") << ToneInputs(Given(Tone::Neutral, 90).asFinalStep())
                               << "final: final notice, 90 day(s) overdue";
        QTest::newRow("heads-up") << ToneInputs(Given(Tone::Neutral, -1)) << "friendly: due in 1 day(s)";
    }
    void summaryNamesTheToneThenItsReasons()
    {
        QFETCH(ToneInputs, inputs);
        QFETCH(QString, summary);
        QCOMPARE(ToneGrader::grade(inputs).summary(), summary);
    }

    void countsUsePluralFormsSoEnglishReadsNaturally()
    {
        EnglishPlurals english;
        QVERIFY(QCoreApplication::installTranslator(&english));
        const QString one = ToneGrader::grade(Given(Tone::Friendly, 1).broken(1)).summary();
        const QString two = ToneGrader::grade(Given(Tone::Neutral, 35).broken(2)).summary();
        const QString headsUp = ToneGrader::grade(Given(Tone::Neutral, -1)).summary();
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(one, "neutral: 1 promise broken, 1 day overdue");
        QCOMPARE(two, "firm: 2 promises broken, 35 days overdue");
        QCOMPARE(headsUp, "friendly: due in 1 day");
    }

    void toneDisplayNamesAreTheEnglishWordsUntranslated()
    {
        QCOMPARE(toneDisplayName(Tone::Friendly), "friendly");
        QCOMPARE(toneDisplayName(Tone::Neutral), "neutral");
        QCOMPARE(toneDisplayName(Tone::Firm), "firm");
        QCOMPARE(toneDisplayName(Tone::Final), "final");
    }

    void aBrokenPromiseNeverMakesTheGradeSofter()
    {
        expectForEveryInput([](const ToneInputs &in) {
            ToneInputs more = in;
            ++more.promisesBroken;
            return ToneGrader::grade(more).tone >= ToneGrader::grade(in).tone;
        });
    }

    void aLongerRelationshipNeverMakesTheGradeFirmer()
    {
        expectForEveryInput([](const ToneInputs &in) {
            for (qint64 extraDays : {1, 365, 10 * 365}) {
                ToneInputs longer = in;
                longer.relationshipDays += extraDays;
                if (ToneGrader::grade(longer).tone > ToneGrader::grade(in).tone)
                    return false;
            }
            return true;
        });
    }

    void moreIgnoredRemindersOrOverdueBillsNeverMakeTheGradeSofter()
    {
        expectForEveryInput([](const ToneInputs &in) {
            ToneInputs moreIgnored = in;
            ++moreIgnored.remindersIgnored;
            ToneInputs moreOverdue = in;
            ++moreOverdue.otherOverdueBills;
            const Tone tone = ToneGrader::grade(in).tone;
            return ToneGrader::grade(moreIgnored).tone >= tone && ToneGrader::grade(moreOverdue).tone >= tone;
        });
    }

    void finalIsSaidOnlyInAFinalNoticeAndEveryGradeHasReasons()
    {
        expectForEveryInput([](const ToneInputs &in) {
            const ToneGrade grade = ToneGrader::grade(in);
            return (grade.tone != Tone::Final || in.finalStep) && !grade.reasons.isEmpty();
        });
    }
};

QTEST_GUILESS_MAIN(tst_ToneGrader)
#include "tst_tonegrader.moc"
