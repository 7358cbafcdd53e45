// Matching the name the owner used against the book's clients: exact, case, "the", possessives, titles, typos,
// first or last name, companies, families, and two candidates when two fit.

#include "TestBook.h"

#include <ClientMatcher.h>
#include <Repositories.h>

#include <QtTest>

using namespace duedesk;

class tst_ClientMatcher : public QObject
{
    Q_OBJECT

    TestBook *m_book = nullptr;
    QHash<QString, qint64> m_ids;

    QString bestName(const ClientMatcher &m, const QString &spoken)
    {
        const QList<ClientCandidate> c = m.match(spoken);
        return c.isEmpty() ? QString() : c.first().name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_book = new TestBook;
        QVERIFY2(m_book->isValid(), qPrintable(m_book->error()));
        for (const char *name : { "Henderson", "Hendry", "Rachel Green", "Rachel Adams", "Baker & Sons",
                 "Mrs Siobhan O'Neill", "Patel family", "Priya Patel", "Tom Baker", "Penrose Dental" })
            m_ids.insert(QString::fromUtf8(name), m_book->addClient(QString::fromUtf8(name)));
        ClientRow withCompany;
        withCompany.name = QStringLiteral("Nadia Haddad");
        withCompany.company = QStringLiteral("Coastline Surf School");
        m_ids.insert(withCompany.name, *ClientRepository(m_book->book()).insert(withCompany));
    }

    void cleanupTestCase() { delete m_book; }

    void readsTheWholeBook() { QCOMPARE(ClientMatcher::fromBook(m_book->book()).size(), 11); }

    void oneClientMeant_data()
    {
        QTest::addColumn<QString>("spoken");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("on");
        QTest::newRow("exact") << "Henderson"
                               << "Henderson"
                               << "name";
        QTest::newRow("case") << "hENDERSON"
                              << "Henderson"
                              << "name";
        QTest::newRow("the") << "the Henderson"
                             << "Henderson"
                             << "name";
        QTest::newRow("possessive") << "Henderson's"
                                    << "Henderson"
                                    << "name";
        QTest::newRow("family plural") << "the Hendersons"
                                       << "Henderson"
                                       << "family";
        QTest::newRow("typo") << "Hendersn"
                              << "Henderson"
                              << "typo";
        QTest::newRow("swap") << "Hendesron"
                              << "Henderson"
                              << "typo";
        QTest::newRow("full name") << "rachel green"
                                   << "Rachel Green"
                                   << "name";
        QTest::newRow("last name") << "Green"
                                   << "Rachel Green"
                                   << "surname";
        QTest::newRow("typo in full name") << "Rachel Gren"
                                           << "Rachel Green"
                                           << "typo";
        QTest::newRow("company ampersand") << "Baker and Sons"
                                           << "Baker & Sons"
                                           << "name";
        QTest::newRow("company with the") << "the baker and sons"
                                          << "Baker & Sons"
                                          << "name";
        QTest::newRow("title and surname") << "Mrs O'Neill"
                                           << "Mrs Siobhan O'Neill"
                                           << "surname";
        QTest::newRow("curly apostrophe") << "mrs o\u2019neill"
                                          << "Mrs Siobhan O'Neill"
                                          << "surname";
        QTest::newRow("first name") << "Siobhan"
                                    << "Mrs Siobhan O'Neill"
                                    << "first name";
        QTest::newRow("family") << "the Patels"
                                << "Patel family"
                                << "family";
        QTest::newRow("company field") << "Coastline Surf School"
                                       << "Nadia Haddad"
                                       << "company";
        QTest::newRow("two words of a company") << "Penrose Dental"
                                                << "Penrose Dental"
                                                << "name";
    }
    void oneClientMeant()
    {
        QFETCH(QString, spoken);
        QFETCH(QString, client);
        QFETCH(QString, on);
        const ClientMatcher m = ClientMatcher::fromBook(m_book->book());
        const ClientMatcher::Resolution r = m.resolve(spoken);
        QVERIFY2(r.verdict == ClientMatcher::Verdict::Unique,
            qPrintable(QStringLiteral("%1 candidates, best %2").arg(r.candidates.size()).arg(bestName(m, spoken))));
        QCOMPARE(r.candidates.first().name, client);
        QCOMPARE(r.candidates.first().clientId, m_ids.value(client));
        QCOMPARE(r.candidates.first().matchedOn, on);
    }

    void exactBeatsPartAndTypo()
    {
        const ClientMatcher m = ClientMatcher::fromBook(m_book->book());
        const QList<ClientCandidate> c = m.match(QStringLiteral("Hendry"));
        QCOMPARE(c.first().name, QStringLiteral("Hendry"));
        QCOMPARE(c.first().score, 1.0);
        for (int i = 1; i < c.size(); ++i)
            QVERIFY(c[i].score <= c[i - 1].score);
    }

    void twoCandidatesWhenTwoFit_data()
    {
        QTest::addColumn<QString>("spoken");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("first name of two") << "Rachel" << QStringList{ "Rachel Adams", "Rachel Green" };
        QTest::newRow("surname of two") << "Baker" << QStringList{ "Baker & Sons", "Tom Baker" };
        QTest::newRow("start of two") << "Hend" << QStringList{ "Henderson", "Hendry" };
    }
    void twoCandidatesWhenTwoFit()
    {
        QFETCH(QString, spoken);
        QFETCH(QStringList, names);
        const ClientMatcher::Resolution r = ClientMatcher::fromBook(m_book->book()).resolve(spoken);
        QCOMPARE(r.verdict, ClientMatcher::Verdict::Ambiguous);
        QStringList got;
        for (const ClientCandidate &c : r.candidates)
            got.append(c.name);
        got.sort();
        QCOMPARE(got, names);
    }

    void noneWhenNothingFits()
    {
        const ClientMatcher m = ClientMatcher::fromBook(m_book->book());
        QCOMPARE(m.resolve(QStringLiteral("Zebedee")).verdict, ClientMatcher::Verdict::None);
        QVERIFY(m.match(QStringLiteral("Tim")).isEmpty());
        QVERIFY(m.match(QString()).isEmpty());
        QVERIFY(m.match(QStringLiteral("the")).isEmpty());
    }

    void shortNamesAreNotGuessed()
    {
        // No typos below five letters: "Tim" is not "Tom".
        const ClientMatcher m({ { 1, QStringLiteral("Tom"), {} }, { 2, QStringLiteral("Dave"), {} } });
        QVERIFY(m.match(QStringLiteral("Tim")).isEmpty());
        QVERIFY(m.match(QStringLiteral("Dane")).isEmpty());
        QCOMPARE(m.resolve(QStringLiteral("tom")).candidates.first().clientId, 1);
    }

    void sameNameTwiceIsAmbiguous()
    {
        const ClientMatcher m({ { 1, QStringLiteral("Tom Baker"), {} }, { 2, QStringLiteral("Tom Baker"), {} } });
        const ClientMatcher::Resolution r = m.resolve(QStringLiteral("Tom Baker"));
        QCOMPARE(r.verdict, ClientMatcher::Verdict::Ambiguous);
        QCOMPARE(r.candidates.size(), 2);
        QCOMPARE(r.candidates.first().clientId, 1); // ties by name, then id
    }

    void titleMismatchCountsAgainst()
    {
        const ClientMatcher m({ { 1, QStringLiteral("Mr Patel"), {} }, { 2, QStringLiteral("Mrs Patel"), {} } });
        const ClientMatcher::Resolution r = m.resolve(QStringLiteral("Mrs Patel"));
        QCOMPARE(r.verdict, ClientMatcher::Verdict::Unique);
        QCOMPARE(r.candidates.first().clientId, 2);
    }
};

QTEST_GUILESS_MAIN(tst_ClientMatcher)
#include "tst_clientmatcher.moc"
