#include <Currency.h>
#include <Money.h>

#include <QLocale>
#include <QtTest>

#include <limits>

using namespace duedesk;

class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesIntoMinorUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("GBP two decimals") << "1234.56" << "GBP" << qint64(123456);
        QTest::newRow("GBP one decimal") << "12.5" << "GBP" << qint64(1250);
        QTest::newRow("GBP whole") << "12" << "GBP" << qint64(1200);
        QTest::newRow("GBP leading point") << ".05" << "GBP" << qint64(5);
        QTest::newRow("GBP trailing zeros beyond minor") << "1.2300" << "GBP" << qint64(123);
        QTest::newRow("GBP thousands") << "1,234,567.89" << "GBP" << qint64(123456789);
        QTest::newRow("GBP negative") << "-0.01" << "GBP" << qint64(-1);
        QTest::newRow("GBP plus sign and spaces") << "  +7.10 " << "GBP" << qint64(710);
        QTest::newRow("JPY zero decimals") << "1500" << "JPY" << qint64(1500);
        QTest::newRow("JPY point zero") << "1500.0" << "JPY" << qint64(1500);
        QTest::newRow("KWD three decimals") << "1.234" << "KWD" << qint64(1234);
        QTest::newRow("KWD one decimal") << "2.5" << "KWD" << qint64(2500);
        QTest::newRow("largest") << "92233720368547758.07" << "GBP" << std::numeric_limits<qint64>::max();
    }
    void parsesIntoMinorUnits()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QString error;
        const auto m = Money::parse(text, currency, Money::Rounding::Reject, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->minor(), minor);
        QCOMPARE(m->currency(), currency);
    }

    void rejectsJunkWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "" << "GBP" << "empty";
        QTest::newRow("letters") << "12a" << "GBP" << "not an amount";
        QTest::newRow("decimal comma") << "12,50" << "EUR" << "not an amount";
        QTest::newRow("two points") << "1.2.3" << "GBP" << "not an amount";
        QTest::newRow("lonely point") << "." << "GBP" << "not an amount";
        QTest::newRow("sign only") << "-" << "GBP" << "not an amount";
        QTest::newRow("bad grouping") << "12,34.00" << "GBP" << "not an amount";
        QTest::newRow("too many decimals GBP") << "1.005" << "GBP" << "more decimals";
        QTest::newRow("decimals for JPY") << "10.5" << "JPY" << "more decimals";
        QTest::newRow("four decimals KWD") << "1.2345" << "KWD" << "more decimals";
        QTest::newRow("unknown currency") << "1.00" << "XYZ" << "unknown currency";
        QTest::newRow("lower-case code") << "1.00" << "gbp" << "unknown currency";
        QTest::newRow("overflow") << "92233720368547758.08" << "GBP" << "too large";
        QTest::newRow("huge") << "999999999999999999999999999999" << "JPY" << "too large";
    }
    void rejectsJunkWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Money::parse(text, currency, Money::Rounding::Reject, &error).has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void roundsExcessDecimalsWhenAsked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<qint64>("minor");
        const int even = int(Money::Rounding::HalfEven);
        const int up = int(Money::Rounding::HalfUp);
        QTest::newRow("half even down") << "0.125" << even << qint64(12);
        QTest::newRow("half even up") << "0.135" << even << qint64(14);
        QTest::newRow("half up") << "0.125" << up << qint64(13);
        QTest::newRow("above half") << "0.1251" << even << qint64(13);
        QTest::newRow("below half") << "0.1249" << up << qint64(12);
        QTest::newRow("negative half up") << "-0.125" << up << qint64(-13);
        QTest::newRow("negative half even") << "-0.125" << even << qint64(-12);
    }
    void roundsExcessDecimalsWhenAsked()
    {
        QFETCH(QString, text);
        QFETCH(int, rounding);
        QFETCH(qint64, minor);
        const auto m = Money::parse(text, QStringLiteral("GBP"), Money::Rounding(rounding));
        QVERIFY(m.has_value());
        QCOMPARE(m->minor(), minor);
    }

    void formatsDecimalStringsInTheCurrencyDigits_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("GBP") << qint64(123456) << "GBP" << "1234.56";
        QTest::newRow("GBP pennies") << qint64(5) << "GBP" << "0.05";
        QTest::newRow("GBP negative") << qint64(-5) << "GBP" << "-0.05";
        QTest::newRow("GBP zero") << qint64(0) << "GBP" << "0.00";
        QTest::newRow("JPY") << qint64(1500) << "JPY" << "1500";
        QTest::newRow("KWD") << qint64(1250) << "KWD" << "1.250";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << "GBP" << "-92233720368547758.08";
    }
    void formatsDecimalStringsInTheCurrencyDigits()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(Money(minor, currency).toDecimalString(), text);
    }

    void formatsForDisplayWithTheLocale()
    {
        QCOMPARE(Money(123456, QStringLiteral("GBP")).toDisplayString(QLocale(QStringLiteral("en_GB"))),
                 QStringLiteral("£1,234.56"));
        const QString de = Money(123456, QStringLiteral("EUR")).toDisplayString(QLocale(QStringLiteral("de_DE")));
        QVERIFY2(de.contains(QStringLiteral("1.234,56")) && de.contains(QStringLiteral("€")), qPrintable(de));
        const QString jpy = Money(1500, QStringLiteral("JPY")).toDisplayString(QLocale(QStringLiteral("en_GB")));
        QVERIFY2(jpy.contains(QStringLiteral("1,500")) && !jpy.contains(QLatin1Char('.')), qPrintable(jpy));
        const QString kwd = Money(1250, QStringLiteral("KWD")).toDisplayString(QLocale(QStringLiteral("en_GB")));
        QVERIFY2(kwd.contains(QStringLiteral("1.250")), qPrintable(kwd));
    }

    void arithmeticGuardsOverflowAndCurrency()
    {
        const Money max(std::numeric_limits<qint64>::max(), QStringLiteral("GBP"));
        QVERIFY(!max.plus(Money(1, QStringLiteral("GBP"))).has_value());
        QVERIFY(!Money(std::numeric_limits<qint64>::min(), QStringLiteral("GBP")).minus(Money(1, QStringLiteral("GBP"))).has_value());
        QVERIFY(!Money(1, QStringLiteral("GBP")).plus(Money(1, QStringLiteral("EUR"))).has_value());
        QCOMPARE(Money(150, QStringLiteral("GBP")).plus(Money(250, QStringLiteral("GBP")))->minor(), qint64(400));
        QCOMPARE(Money(150, QStringLiteral("GBP")).minus(Money(250, QStringLiteral("GBP")))->minor(), qint64(-100));
    }

    void scalesWithRounding()
    {
        const Money m(1000, QStringLiteral("GBP")); // 10.00
        QCOMPARE(m.scaled(1, 3)->minor(), qint64(333));
        QCOMPARE(m.scaled(2, 3)->minor(), qint64(667));
        QCOMPARE(Money(25, QStringLiteral("GBP")).scaled(1, 10)->minor(), qint64(2));  // 2.5 -> 2 (even)
        QCOMPARE(Money(35, QStringLiteral("GBP")).scaled(1, 10)->minor(), qint64(4));  // 3.5 -> 4 (even)
        QCOMPARE(Money(25, QStringLiteral("GBP")).scaled(1, 10, Money::Rounding::HalfUp)->minor(), qint64(3));
        QCOMPARE(Money(-25, QStringLiteral("GBP")).scaled(1, 10, Money::Rounding::HalfUp)->minor(), qint64(-3));
        QCOMPARE(Money(1000, QStringLiteral("GBP")).scaled(1, -4)->minor(), qint64(-250));
        QVERIFY(!m.scaled(1, 0).has_value());
        QVERIFY(!Money(std::numeric_limits<qint64>::max() / 2 + 1, QStringLiteral("GBP")).scaled(2, 1).has_value());
    }

    void knowsMinorDigitsOfCurrencies()
    {
        QCOMPARE(Currency::minorDigits(QStringLiteral("JPY")), 0);
        QCOMPARE(Currency::minorDigits(QStringLiteral("GBP")), 2);
        QCOMPARE(Currency::minorDigits(QStringLiteral("KWD")), 3);
        QCOMPARE(Currency::minorDigits(QStringLiteral("ABC")), -1);
        QVERIFY(Currency::knownCodes().contains(QStringLiteral("EUR")));
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
