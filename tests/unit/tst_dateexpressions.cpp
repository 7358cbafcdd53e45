#include <DateExpressions.h>
#include <QtTest>

using namespace duedesk;

namespace {

// The README's reference date: Monday 2026-11-23.
const QDate Today(2026, 11, 23);

QDate iso(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// The date best() gives as ISO text, "vague" for a vague expression, "none" when nothing was found.
QString bestAsText(const QString &text, const QDate &today, DateOrder order = DateOrder::DayFirst)
{
    const DateMatch m = DateExpressions::best(text, today, order);
    if (m.vague)
        return QStringLiteral("vague");
    return m.date.isValid() ? m.date.toString(Qt::ISODate) : QStringLiteral("none");
}

} // namespace

class TestDateExpressions : public QObject
{
    Q_OBJECT

private slots:
    void resolvesEveryRowOfTheReadmeTable_data();
    void resolvesEveryRowOfTheReadmeTable();
    void resolvesWeekdaysAndTheirModifiers_data();
    void resolvesWeekdaysAndTheirModifiers();
    void resolvesStatedDatesOrdinalsAndMonths_data();
    void resolvesStatedDatesOrdinalsAndMonths();
    void resolvesDurationsTimesHolidaysAndTerms_data();
    void resolvesDurationsTimesHolidaysAndTerms();
    void readsNumericDatesInTheRegionsOrder_data();
    void readsNumericDatesInTheRegionsOrder();
    void findsVagueTimesWithoutADate_data();
    void findsVagueTimesWithoutADate();
    void ignoresNumbersThatAreNotDates_data();
    void ignoresNumbersThatAreNotDates();
    void findsPastDatesButBestPrefersTheFuture_data();
    void findsPastDatesButBestPrefersTheFuture();
    void appliesTheSameRulesOnOtherDays_data();
    void appliesTheSameRulesOnOtherDays();
    void reportsPositionsLeftToRightWithoutOverlap();
    void picksTheRegionsDateOrder();
    void findsAmounts_data();
    void findsAmounts();
    void ignoresNumbersThatAreNotAmounts_data();
    void ignoresNumbersThatAreNotAmounts();
};

void TestDateExpressions::resolvesEveryRowOfTheReadmeTable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // today, tonight, this evening, this arvo (Aus.), later today, by 5pm
    QTest::newRow("today") << "I'll pay today"
                           << "2026-11-23";
    QTest::newRow("tonight") << "will transfer tonight"
                             << "2026-11-23";
    QTest::newRow("this evening") << "sending it this evening"
                                  << "2026-11-23";
    QTest::newRow("this arvo") << "I'll fix you up this arvo"
                               << "2026-11-23";
    QTest::newRow("later today") << "paying later today"
                                 << "2026-11-23";
    QTest::newRow("by 5pm") << "you'll have it by 5pm"
                            << "2026-11-23";
    // tomorrow, tmrw, in the morning
    QTest::newRow("tomorrow") << "Tomorrow"
                              << "2026-11-24";
    QTest::newRow("tmrw") << "will pay tmrw"
                          << "2026-11-24";
    QTest::newRow("in the morning") << "I'll do it in the morning"
                                    << "2026-11-24";
    // a weekday name on its own
    QTest::newRow("Wednesday") << "Wednesday"
                               << "2026-11-25";
    QTest::newRow("Thursday") << "paying Thursday"
                              << "2026-11-26";
    QTest::newRow("Friday") << "on Friday"
                            << "2026-11-27";
    QTest::newRow("Saturday") << "Saturday ok?"
                              << "2026-11-28";
    QTest::newRow("Sunday") << "by sunday"
                            << "2026-11-29";
    QTest::newRow("Monday said on a Monday") << "I'll pay Monday"
                                             << "2026-11-30";
    // in N days / in 48 hours
    QTest::newRow("in 3 days") << "in 3 days"
                               << "2026-11-26";
    QTest::newRow("in 48 hours") << "within 48 hours"
                                 << "2026-11-25";
    // this week, by the end of the week
    QTest::newRow("this week") << "I'll sort it this week"
                               << "2026-11-27";
    QTest::newRow("by the end of the week") << "by the end of the week"
                                            << "2026-11-27";
    // the weekend
    QTest::newRow("the weekend") << "over the weekend"
                                 << "2026-11-28";
    // next week, a week today, in a week
    QTest::newRow("next week") << "next week"
                               << "2026-11-30";
    QTest::newRow("a week today") << "a week today"
                                  << "2026-11-30";
    QTest::newRow("in a week") << "in a week"
                               << "2026-11-30";
    // end of the month
    QTest::newRow("end of the month") << "end of the month"
                                      << "2026-11-30";
    // next Tuesday, next Wednesday, next Friday
    QTest::newRow("next Tuesday") << "next Tuesday"
                                  << "2026-12-01";
    QTest::newRow("next Wednesday") << "next Wednesday"
                                    << "2026-12-02";
    QTest::newRow("next Friday") << "next Friday"
                                 << "2026-12-04";
    // Tuesday week, Friday week (UK)
    QTest::newRow("Tuesday week") << "Tuesday week"
                                  << "2026-12-01";
    QTest::newRow("Friday week") << "Friday week"
                                 << "2026-12-04";
    // end of next week
    QTest::newRow("end of next week") << "end of next week"
                                      << "2026-12-04";
    // in two weeks, in a fortnight, Monday week, 14 days
    QTest::newRow("in two weeks") << "in two weeks"
                                  << "2026-12-07";
    QTest::newRow("in a fortnight") << "in a fortnight"
                                    << "2026-12-07";
    QTest::newRow("Monday week") << "Monday week"
                                 << "2026-12-07";
    QTest::newRow("14 days") << "14 days"
                             << "2026-12-07";
    // the Nth
    QTest::newRow("the 25th") << "the 25th"
                              << "2026-11-25";
    QTest::newRow("the 30th") << "the 30th"
                              << "2026-11-30";
    QTest::newRow("the 1st") << "the 1st"
                             << "2026-12-01";
    QTest::newRow("the 5th") << "the 5th"
                             << "2026-12-05";
    // payday on the 1st, start/beginning of next month
    QTest::newRow("payday on the 1st") << "payday on the 1st"
                                       << "2026-12-01";
    QTest::newRow("start of next month") << "start of next month"
                                         << "2026-12-01";
    QTest::newRow("beginning of next month") << "beginning of next month"
                                             << "2026-12-01";
    // 30/11, Dec 3rd, 11 December, January 15
    QTest::newRow("30/11") << "30/11"
                           << "2026-11-30";
    QTest::newRow("Dec 3rd") << "Dec 3rd"
                             << "2026-12-03";
    QTest::newRow("11 December") << "11 December"
                                 << "2026-12-11";
    QTest::newRow("January 15") << "January 15"
                                << "2027-01-15";
    // net 30, payment terms 30 days
    QTest::newRow("net 30") << "net 30"
                            << "2026-12-23";
    QTest::newRow("payment terms 30 days") << "payment terms 30 days"
                                           << "2026-12-23";
    // due on receipt
    QTest::newRow("due on receipt") << "due on receipt"
                                    << "2026-11-23";
    // Christmas
    QTest::newRow("by Christmas") << "by Christmas"
                                  << "2026-12-25";
    QTest::newRow("before Christmas") << "before Christmas"
                                      << "2026-12-24";
    QTest::newRow("after Christmas") << "after Christmas"
                                     << "2026-12-28";
}

void TestDateExpressions::resolvesEveryRowOfTheReadmeTable()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(bestAsText(text, Today), expected);
}

void TestDateExpressions::resolvesWeekdaysAndTheirModifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("abbreviation fri") << "fri"
                                      << "2026-11-27";
    QTest::newRow("abbreviation thurs") << "thurs pls"
                                        << "2026-11-26";
    QTest::newRow("abbreviation weds") << "weds"
                                       << "2026-11-25";
    QTest::newRow("abbreviation tues") << "tues"
                                       << "2026-11-24";
    QTest::newRow("sat after on") << "sent on sat"
                                  << "2026-11-28";
    QTest::newRow("Sat capitalised") << "Sat or Sun"
                                     << "2026-11-29";
    QTest::newRow("typo wensday") << "wensday"
                                  << "2026-11-25";
    QTest::newRow("typo thrusday") << "thrusday"
                                   << "2026-11-26";
    QTest::newRow("this Saturday") << "this Saturday"
                                   << "2026-11-28";
    QTest::newRow("this coming Friday") << "this coming Friday"
                                        << "2026-11-27";
    QTest::newRow("next Monday") << "next Monday"
                                 << "2026-11-30";
    QTest::newRow("next Sunday") << "next Sunday"
                                 << "2026-12-06";
    QTest::newRow("Friday next week") << "Friday next week"
                                      << "2026-12-04";
    QTest::newRow("Friday after next") << "Friday after next"
                                       << "2026-12-04";
    QTest::newRow("Wednesday evening") << "Wednesday evening I'll transfer it"
                                       << "2026-11-25";
    QTest::newRow("Thursday morning") << "thursday morning first thing"
                                      << "2026-11-26";
    QTest::newRow("Friday the 4th") << "Friday the 4th"
                                    << "2026-12-04";
    QTest::newRow("fri at 3pm") << "fri at 3pm"
                                << "2026-11-27";
    QTest::newRow("first thing Monday") << "first thing Monday"
                                        << "2026-11-30";
    QTest::newRow("a week on Friday") << "a week on Friday"
                                      << "2026-12-04";
    QTest::newRow("tomorrow morning") << "tomorrow morning"
                                      << "2026-11-24";
    QTest::newRow("tmrw arvo") << "tmrw arvo"
                               << "2026-11-24";
    QTest::newRow("2moro") << "2moro"
                           << "2026-11-24";
    QTest::newRow("first thing tomorrow") << "first thing tomorrow"
                                          << "2026-11-24";
    QTest::newRow("day after tomorrow") << "the day after tomorrow"
                                        << "2026-11-25";
    QTest::newRow("5pm tomorrow") << "5pm tomorrow"
                                  << "2026-11-24";
    QTest::newRow("tomorrow at 5pm") << "tomorrow at 5pm"
                                     << "2026-11-24";
    QTest::newRow("early next week") << "early next week"
                                     << "2026-11-30";
    QTest::newRow("middle of next week") << "middle of next week"
                                         << "2026-12-02";
    QTest::newRow("later this week") << "later this week"
                                     << "2026-11-27";
    QTest::newRow("next weekend") << "next weekend"
                                  << "2026-12-05";
    QTest::newRow("the week after next") << "the week after next"
                                         << "2026-12-07";
}

void TestDateExpressions::resolvesWeekdaysAndTheirModifiers()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(bestAsText(text, Today), expected);
}

void TestDateExpressions::resolvesStatedDatesOrdinalsAndMonths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("on the 12th") << "On the 12th when my pension comes in"
                                 << "2026-12-12";
    QTest::newRow("the 23rd is today") << "the 23rd"
                                       << "2026-11-23";
    QTest::newRow("the 22nd is next month") << "by the 22nd"
                                            << "2026-12-22";
    QTest::newRow("the 31st skips short months") << "the 31st"
                                                 << "2026-12-31";
    QTest::newRow("word ordinal") << "can I pay on the fifteenth?"
                                  << "2026-12-15";
    QTest::newRow("the first") << "on the first"
                               << "2026-12-01";
    QTest::newRow("twenty-first") << "the twenty-first"
                                  << "2026-12-21";
    QTest::newRow("5th Dec") << "5th Dec"
                             << "2026-12-05";
    QTest::newRow("the 4th of Jan") << "I'll pay on the 4th of Jan"
                                    << "2027-01-04";
    QTest::newRow("December the 3rd") << "December the 3rd"
                                      << "2026-12-03";
    QTest::newRow("Dec. 3") << "Dec. 3"
                            << "2026-12-03";
    QTest::newRow("3 Dec 2026") << "3 Dec 2026"
                                << "2026-12-03";
    QTest::newRow("past this year means next year") << "on 20 November"
                                                    << "2027-11-20";
    QTest::newRow("stated year") << "15 Jan 2027"
                                 << "2027-01-15";
    QTest::newRow("mid-January") << "mid-January"
                                 << "2027-01-15";
    QTest::newRow("end of December") << "end of December"
                                     << "2026-12-31";
    QTest::newRow("in January") << "in January"
                                << "2027-01-01";
    QTest::newRow("next month") << "next month"
                                << "2026-12-01";
    QTest::newRow("end of next month") << "end of next month"
                                       << "2026-12-31";
    QTest::newRow("month end") << "month end"
                               << "2026-11-30";
    QTest::newRow("the 5th of next month") << "the 5th of next month"
                                           << "2026-12-05";
    QTest::newRow("ISO") << "2026-12-09"
                         << "2026-12-09";
    QTest::newRow("with year") << "30/11/2026"
                               << "2026-11-30";
    QTest::newRow("two-digit year") << "3/1/27"
                                    << "2027-01-03";
    QTest::newRow("dotted") << "03.12.2026"
                            << "2026-12-03";
}

void TestDateExpressions::resolvesStatedDatesOrdinalsAndMonths()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(bestAsText(text, Today), expected);
}

void TestDateExpressions::resolvesDurationsTimesHolidaysAndTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in N days") << "i'll send the $300 in 5 days"
                               << "2026-11-28";
    QTest::newRow("number words") << "in three days"
                                  << "2026-11-26";
    QTest::newRow("a couple of days") << "give me a couple of days"
                                      << "2026-11-25";
    QTest::newRow("in 2 weeks") << "in 2 weeks"
                                << "2026-12-07";
    QTest::newRow("3 weeks") << "due in 3 weeks"
                             << "2026-12-14";
    QTest::newRow("in a month") << "in a month"
                                << "2026-12-23";
    QTest::newRow("days time") << "in 10 days' time"
                               << "2026-12-03";
    QTest::newRow("working days") << "in 5 working days"
                                  << "2026-11-30";
    QTest::newRow("24 hours") << "within 24 hours"
                              << "2026-11-24";
    QTest::newRow("in an hour") << "in an hour"
                                << "2026-11-23";
    QTest::newRow("a week from now") << "a week from now"
                                     << "2026-11-30";
    QTest::newRow("this time next week") << "this time next week"
                                         << "2026-11-30";
    QTest::newRow("give me till 5pm") << "Give me till 5pm"
                                      << "2026-11-23";
    QTest::newRow("5 pm with a space") << "by 5 pm"
                                       << "2026-11-23";
    QTest::newRow("17:00") << "before 17:00"
                           << "2026-11-23";
    QTest::newRow("noon") << "by noon"
                          << "2026-11-23";
    QTest::newRow("eod") << "eod"
                         << "2026-11-23";
    QTest::newRow("close of business") << "by close of business"
                                       << "2026-11-23";
    QTest::newRow("COB with a weekday") << "by COB Friday"
                                        << "2026-11-27";
    QTest::newRow("end of play with a weekday") << "by end of play Friday"
                                                << "2026-11-27";
    QTest::newRow("end of business tomorrow") << "end of business tomorrow"
                                              << "2026-11-24";
    QTest::newRow("eod on a date") << "eod on the 4th"
                                   << "2026-12-04";
    QTest::newRow("close of business this Thursday") << "close of business this Thursday"
                                                     << "2026-11-26";
    QTest::newRow("dotted day and month after a preposition") << "I can pay on 15.12"
                                                              << "2026-12-15";
    QTest::newRow("3 more days") << "could I have 3 more days"
                                 << "2026-11-26";
    QTest::newRow("tonite") << "tonite"
                            << "2026-11-23";
    QTest::newRow("this afternoon") << "this afternoon"
                                    << "2026-11-23";
    QTest::newRow("Christmas on its own") << "at Christmas"
                                          << "2026-12-25";
    QTest::newRow("xmas") << "by xmas"
                          << "2026-12-25";
    QTest::newRow("Christmas Eve") << "Christmas Eve"
                                   << "2026-12-24";
    QTest::newRow("new year") << "in the new year"
                              << "2027-01-04";
    QTest::newRow("net30") << "net30"
                           << "2026-12-23";
    QTest::newRow("30 day terms") << "on 30 day terms"
                                  << "2026-12-23";
    QTest::newRow("payday with a date") << "payday friday"
                                        << "2026-11-27";
    QTest::newRow("end of the year") << "end of the year"
                                     << "2026-12-31";
}

void TestDateExpressions::resolvesDurationsTimesHolidaysAndTerms()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(bestAsText(text, Today), expected);
}

void TestDateExpressions::readsNumericDatesInTheRegionsOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("monthFirst");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UK 03/12") << "on 03/12" << false << "2026-12-03";
    QTest::newRow("US 03/12") << "on 03/12" << true << "2027-03-12";
    QTest::newRow("US 12/3") << "12/3" << true << "2026-12-03";
    QTest::newRow("UK 12/3") << "12/3" << false << "2027-03-12";
    QTest::newRow("US 11/30") << "11/30" << true << "2026-11-30";
    QTest::newRow("only month first is possible") << "11/30" << false << "2026-11-30";
    QTest::newRow("only day first is possible") << "30/11" << true << "2026-11-30";
    QTest::newRow("US with year") << "12/05/2026" << true << "2026-12-05";
    QTest::newRow("UK with year") << "05/12/2026" << false << "2026-12-05";
}

void TestDateExpressions::readsNumericDatesInTheRegionsOrder()
{
    QFETCH(QString, text);
    QFETCH(bool, monthFirst);
    QFETCH(QString, expected);
    QCOMPARE(bestAsText(text, Today, monthFirst ? DateOrder::MonthFirst : DateOrder::DayFirst), expected);
}

void TestDateExpressions::findsVagueTimesWithoutADate_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("soon") << "I'll pay soon";
    QTest::newRow("asap") << "asap";
    QTest::newRow("shortly") << "payment will follow shortly";
    QTest::newRow("later") << "will do it later";
    QTest::newRow("once things settle down") << "once things settle down";
    QTest::newRow("when I get paid") << "when I get paid";
    QTest::newRow("payday alone") << "on payday";
    QTest::newRow("a few days") << "in a few days";
    QTest::newRow("as soon as I can") << "as soon as I can";
    QTest::newRow("festival with no fixed date") << "after Diwali";
    QTest::newRow("in a bit") << "in a bit";
    QTest::newRow("a couple more weeks") << "could I have a couple more weeks";
}

void TestDateExpressions::findsVagueTimesWithoutADate()
{
    QFETCH(QString, text);
    const DateMatch m = DateExpressions::best(text, Today);
    QVERIFY2(m.vague, qPrintable(text));
    QVERIFY(!m.date.isValid());
    QVERIFY(m.length > 0);
}

void TestDateExpressions::ignoresNumbersThatAreNotDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("amount") << "I paid £30";
    QTest::newRow("bare amount") << "sent you 75 on revolut";
    QTest::newRow("invoice number") << "INV-1042 is paid";
    QTest::newRow("phone number") << "call me on 07700 900123";
    QTest::newRow("24/7") << "you lot text me 24/7";
    QTest::newRow("fraction") << "can I pay 1/2 now";
    QTest::newRow("reference") << "Ref: 55-K";
    QTest::newRow("rank, not a date") << "This is the fourth text I've had";
    QTest::newRow("multiplication") << "12 x 30 is 360 not 390";
    QTest::newRow("may as a verb") << "I may be late";
    QTest::newRow("sat as a verb") << "it sat in my drafts";
    QTest::newRow("percentage") << "10% off";
    QTest::newRow("frequency") << "£40 a week";
    QTest::newRow("duration") << "I've waited for 3 weeks";
    QTest::newRow("overdue count") << "it's 40 days overdue";
}

void TestDateExpressions::ignoresNumbersThatAreNotDates()
{
    QFETCH(QString, text);
    const QList<DateMatch> all = DateExpressions::findAll(text, Today);
    QVERIFY2(all.isEmpty(),
        qPrintable(
            QStringLiteral("%1 -> %2").arg(text, all.isEmpty() ? QString() : text.mid(all[0].start, all[0].length))));
}

void TestDateExpressions::findsPastDatesButBestPrefersTheFuture_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstFound");
    QTest::addColumn<QString>("best");
    QTest::newRow("yesterday") << "paid yesterday"
                               << "2026-11-22"
                               << "2026-11-22";
    QTest::newRow("2 days ago") << "sent it 2 days ago"
                                << "2026-11-21"
                                << "2026-11-21";
    QTest::newRow("last Friday") << "paid last Friday"
                                 << "2026-11-20"
                                 << "2026-11-20";
    QTest::newRow("last night") << "Cleared in full last night"
                                << "2026-11-22"
                                << "2026-11-22";
    QTest::newRow("past then future") << "missed it yesterday, will pay Friday"
                                      << "2026-11-22"
                                      << "2026-11-27";
    QTest::newRow("future then past") << "Friday, sorry about yesterday"
                                      << "2026-11-27"
                                      << "2026-11-27";
    QTest::newRow("ruled out") << "can I do the 8th instead of the 1st?"
                               << "2026-12-08"
                               << "2026-12-08";
}

void TestDateExpressions::findsPastDatesButBestPrefersTheFuture()
{
    QFETCH(QString, text);
    QFETCH(QString, firstFound);
    QFETCH(QString, best);
    const QList<DateMatch> all = DateExpressions::findAll(text, Today);
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.first().date.toString(Qt::ISODate), firstFound);
    QCOMPARE(bestAsText(text, Today), best);
}

void TestDateExpressions::appliesTheSameRulesOnOtherDays_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QDate friday(2026, 11, 27);
    QTest::newRow("Fri: Friday means next Friday") << friday << "Friday"
                                                   << "2026-12-04";
    QTest::newRow("Fri: this week is today") << friday << "this week"
                                             << "2026-11-27";
    QTest::newRow("Fri: next week") << friday << "next week"
                                    << "2026-11-30";
    QTest::newRow("Fri: next Tuesday") << friday << "next Tuesday"
                                       << "2026-12-01";
    QTest::newRow("Fri: Tuesday") << friday << "Tuesday"
                                  << "2026-12-01";
    QTest::newRow("Fri: Tuesday week") << friday << "Tuesday week"
                                       << "2026-12-08";
    QTest::newRow("Fri: tomorrow") << friday << "tmrw"
                                   << "2026-11-28";
    QTest::newRow("Fri: the weekend") << friday << "the weekend"
                                      << "2026-11-28";
    QTest::newRow("Fri: a week today") << friday << "a week today"
                                       << "2026-12-04";
    QTest::newRow("Fri: the 27th is today") << friday << "the 27th"
                                            << "2026-11-27";
    const QDate newYearsEve(2026, 12, 31);
    QTest::newRow("31 Dec: tomorrow is next year") << newYearsEve << "tomorrow"
                                                   << "2027-01-01";
    QTest::newRow("31 Dec: end of the month") << newYearsEve << "end of the month"
                                              << "2026-12-31";
    QTest::newRow("31 Dec: next month") << newYearsEve << "beginning of next month"
                                        << "2027-01-01";
    QTest::newRow("31 Dec: by Christmas is next year's") << newYearsEve << "by Christmas"
                                                         << "2027-12-25";
    QTest::newRow("31 Dec: the 5th") << newYearsEve << "the 5th"
                                     << "2027-01-05";
    QTest::newRow("31 Dec: 30/11 is next year") << newYearsEve << "30/11"
                                                << "2027-11-30";
    QTest::newRow("31 Dec: net 30") << newYearsEve << "net 30"
                                    << "2027-01-30";
    const QDate leapFeb(2028, 2, 27); // a Sunday in a leap year
    QTest::newRow("leap: in 2 days") << leapFeb << "in 2 days"
                                     << "2028-02-29";
    QTest::newRow("leap: end of the month") << leapFeb << "end of the month"
                                            << "2028-02-29";
    QTest::newRow("leap: the 29th") << leapFeb << "the 29th"
                                    << "2028-02-29";
    QTest::newRow("leap: the 30th skips February") << leapFeb << "the 30th"
                                                   << "2028-03-30";
    QTest::newRow("leap: Sunday on a Sunday") << leapFeb << "Sunday"
                                              << "2028-03-05";
    QTest::newRow("leap: this week on a Sunday") << leapFeb << "this week"
                                                 << "2028-02-27";
    QTest::newRow("leap: next Monday") << leapFeb << "next Monday"
                                       << "2028-02-28";
    QTest::newRow("leap: 29 Feb") << leapFeb << "29 Feb"
                                  << "2028-02-29";
    const QDate christmasEve(2027, 12, 24); // a Friday; Boxing Day 2027 is a Sunday
    QTest::newRow("after Christmas 2027") << christmasEve << "after Christmas"
                                          << "2027-12-27";
    QTest::newRow("before Christmas on Christmas Eve") << christmasEve << "before Christmas"
                                                       << "2027-12-24";
}

void TestDateExpressions::appliesTheSameRulesOnOtherDays()
{
    QFETCH(QDate, today);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(bestAsText(text, today), expected);
}

void TestDateExpressions::reportsPositionsLeftToRightWithoutOverlap()
{
    const QString text = QStringLiteral("Not Friday, but next Tuesday or the 5th, by 5pm tomorrow");
    const QList<DateMatch> all = DateExpressions::findAll(text, Today);
    QCOMPARE(all.size(), 4);
    QCOMPARE(text.mid(all[0].start, all[0].length), QStringLiteral("Friday"));
    QCOMPARE(text.mid(all[1].start, all[1].length), QStringLiteral("next Tuesday"));
    QCOMPARE(text.mid(all[2].start, all[2].length), QStringLiteral("the 5th"));
    QCOMPARE(text.mid(all[3].start, all[3].length), QStringLiteral("5pm tomorrow"));
    for (qsizetype k = 1; k < all.size(); ++k)
        QVERIFY(all[k].start >= all[k - 1].start + all[k - 1].length);
    QCOMPARE(all[3].date, iso("2026-11-24"));
    QCOMPARE(DateExpressions::best(text, Today).date, iso("2026-11-24"));
}

void TestDateExpressions::picksTheRegionsDateOrder()
{
    QCOMPARE(dateOrderForRegion(QStringLiteral("US")), DateOrder::MonthFirst);
    QCOMPARE(dateOrderForRegion(QStringLiteral("us")), DateOrder::MonthFirst);
    QCOMPARE(dateOrderForRegion(QStringLiteral("PH")), DateOrder::MonthFirst);
    QCOMPARE(dateOrderForRegion(QStringLiteral("GB")), DateOrder::DayFirst);
    QCOMPARE(dateOrderForRegion(QStringLiteral("IE")), DateOrder::DayFirst);
    QCOMPARE(dateOrderForRegion(QStringLiteral("IN")), DateOrder::DayFirst);
    QCOMPARE(dateOrderForRegion(QStringLiteral("AU")), DateOrder::DayFirst);
    QCOMPARE(dateOrderForRegion(QString()), DateOrder::DayFirst);
}

void TestDateExpressions::findsAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::newRow("pounds with separator") << "£1,340 sent" << 1340.0 << "GBP";
    QTest::newRow("k suffix") << "about 3k" << 3000.0 << "";
    QTest::newRow("decimal k") << "€1.5k" << 1500.0 << "EUR";
    QTest::newRow("1.2k") << "1.2k" << 1200.0 << "";
    QTest::newRow("decimals") << "paid 12.50" << 12.5 << "";
    QTest::newRow("pence") << "£72.25" << 72.25 << "GBP";
    QTest::newRow("two hundred") << "two hundred" << 200.0 << "";
    QTest::newRow("forty quid") << "forty quid" << 40.0 << "GBP";
    QTest::newRow("fifty-five bucks") << "fifty-five bucks" << 55.0 << "";
    QTest::newRow("three hundred and fifty") << "three hundred and fifty pounds" << 350.0 << "GBP";
    QTest::newRow("rupee sign") << "₹3,200" << 3200.0 << "INR";
    QTest::newRow("INR code") << "remitted INR 6,750 via IMPS" << 6750.0 << "INR";
    QTest::newRow("Rs.") << "Rs.500 sent" << 500.0 << "INR";
    QTest::newRow("Indian grouping") << "₹1,00,000" << 100000.0 << "INR";
    QTest::newRow("lakh") << "1.5 lakh rupees" << 150000.0 << "INR";
    QTest::newRow("A$") << "Transfer of A$155 sent" << 155.0 << "AUD";
    QTest::newRow("dollars word") << "410 dollars" << 410.0 << "";
    QTest::newRow("euro word") << "560 euro" << 560.0 << "EUR";
    QTest::newRow("grand") << "2 grand" << 2000.0 << "";
    QTest::newRow("a grand") << "a grand" << 1000.0 << "";
    QTest::newRow("a tenner") << "owe you a tenner" << 10.0 << "";
    QTest::newRow("bare") << "Sent you 75 on revolut" << 75.0 << "";
    QTest::newRow("ref before amount") << "Payment made. Ref: 55-K. £415." << 415.0 << "GBP";
    QTest::newRow("50p") << "50p" << 0.5 << "GBP";
    QTest::newRow("more than a count") << "I paid 30 more than the quote" << 30.0 << "";
    QTest::newRow("decimal without a preposition") << "paid 15.12 today" << 15.12 << "";
}

void TestDateExpressions::findsAmounts()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(QString, currency);
    const QList<AmountMatch> all = AmountExpressions::findAll(text);
    QVERIFY2(!all.isEmpty(), qPrintable(text));
    QCOMPARE(all.first().value, value);
    QCOMPARE(all.first().currency, currency);
}

void TestDateExpressions::ignoresNumbersThatAreNotAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("date") << "on 30/11";
    QTest::newRow("ordinal") << "on the 12th";
    QTest::newRow("time") << "by 5pm or 17:30";
    QTest::newRow("invoice number") << "INV-1042";
    QTest::newRow("hash number") << "invoice #4471";
    QTest::newRow("PO number") << "PO number 4471";
    QTest::newRow("UK mobile") << "07700 900123";
    QTest::newRow("Indian mobile") << "+91 99887 66554";
    QTest::newRow("US phone") << "(555) 010-3391";
    QTest::newRow("percentage") << "10% discount";
    QTest::newRow("days") << "in 5 days";
    QTest::newRow("minutes") << "about 10 min ago";
    QTest::newRow("count") << "I could manage 2 payments";
    QTest::newRow("year") << "since 2019";
    QTest::newRow("month day") << "January 15";
    QTest::newRow("abbreviated month with a dot") << "I'll pay Dec. 10";
    QTest::newRow("more days") << "could I have 3 more days";
    QTest::newRow("dotted date") << "I can pay on 15.12";
    QTest::newRow("extra weeks") << "two extra weeks";
    QTest::newRow("age") << "I'm 16";
    QTest::newRow("small number words") << "two kids";
}

void TestDateExpressions::ignoresNumbersThatAreNotAmounts()
{
    QFETCH(QString, text);
    const QList<AmountMatch> all = AmountExpressions::findAll(text);
    QVERIFY2(all.isEmpty(),
        qPrintable(
            QStringLiteral("%1 -> %2").arg(text, all.isEmpty() ? QString() : text.mid(all[0].start, all[0].length))));
}

QTEST_GUILESS_MAIN(TestDateExpressions)
#include "tst_dateexpressions.moc"
