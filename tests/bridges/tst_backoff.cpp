// Exponential back-off with full jitter: the ceiling doubles per failure up to the cap, the delay is drawn
// under it from an injected random source, and a success starts again from the base.

#include <Backoff.h>

#include <QtTest>

#include <cmath>

using namespace duedesk;

namespace {

// The largest draw a [0, 1) source can give: the delay is then the ceiling itself.
double almostOne()
{
    return std::nextafter(1.0, 0.0);
}

Backoff::Settings settings(qint64 baseMs, qint64 capMs)
{
    Backoff::Settings s;
    s.baseMs = baseMs;
    s.capMs = capMs;
    return s;
}

} // namespace

class tst_Backoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCeilingDoublesWithEachFailureUpToTheCap()
    {
        Backoff b(settings(1000, 10000), almostOne);
        QList<qint64> delays;
        for (int i = 0; i < 6; ++i)
            delays.append(b.nextDelayMs());
        QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000, 10000, 10000}));
        QCOMPARE(b.failures(), 6);
    }

    void fullJitterDrawsBetweenZeroAndTheCeiling_data()
    {
        QTest::addColumn<double>("draw");
        QTest::addColumn<qint64>("thirdDelay");
        QTest::newRow("lowest") << 0.0 << qint64(0);
        QTest::newRow("middle") << 0.5 << qint64(2000);
        QTest::newRow("highest") << almostOne() << qint64(4000);
    }
    void fullJitterDrawsBetweenZeroAndTheCeiling()
    {
        QFETCH(double, draw);
        QFETCH(qint64, thirdDelay);
        Backoff b(settings(1000, 60000), [draw] { return draw; });
        b.nextDelayMs();
        b.nextDelayMs();
        QCOMPARE(b.ceilingMs(), 4000);
        QCOMPARE(b.nextDelayMs(), thirdDelay);
    }

    void aSuccessStartsAgainFromTheBase()
    {
        Backoff b(settings(500, 60000), almostOne);
        for (int i = 0; i < 5; ++i)
            b.nextDelayMs();
        b.reset();
        QCOMPARE(b.failures(), 0);
        QCOMPARE(b.nextDelayMs(), 500);
    }

    void daysOfFailuresStayAtTheCapWithoutOverflow()
    {
        Backoff b(settings(1000, 5 * 60 * 1000), almostOne);
        for (int i = 0; i < 100000; ++i)
            b.nextDelayMs();
        QCOMPARE(b.nextDelayMs(), 5 * 60 * 1000);
    }

    void theDefaultRandomSourceStaysUnderTheCeiling()
    {
        Backoff b(settings(1000, 8000));
        for (int i = 0; i < 200; ++i) {
            const qint64 ceiling = b.ceilingMs();
            const qint64 delay = b.nextDelayMs();
            QVERIFY(delay >= 0 && delay <= ceiling);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
