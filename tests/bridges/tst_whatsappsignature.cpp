// X-Hub-Signature-256 on WhatsApp webhooks: the derived vectors in ../shared verify, and a forged, truncated,
// missing or wrongly keyed signature, or a replayed body with one byte changed, never does.

#include <WhatsAppSignature.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace duedesk;

namespace {

const QString vectorsPath =
    QStringLiteral(DUEDESK_SOURCE_DIR "/../shared/contracts/whatsapp/samples/x-hub-signature-256-derived-vectors.json");

// The vectors; fails the test (with a message naming ../shared) when the file is missing.
QJsonArray loadVectors()
{
    QFile file(vectorsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
}

const QByteArray secret("test_app_secret");
const QByteArray body(R"({"object":"whatsapp_business_account","entry":[]})");

} // namespace

class tst_WhatsAppSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivedVectorsVerify_data()
    {
        QTest::addColumn<QByteArray>("appSecret");
        QTest::addColumn<QByteArray>("rawBody");
        QTest::addColumn<QByteArray>("header");
        const QJsonArray vectors = loadVectors();
        QVERIFY2(!vectors.isEmpty(), qPrintable(QStringLiteral("../shared is missing: cannot read %1").arg(vectorsPath)));
        for (const QJsonValue &v : vectors) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString()))
                << o.value(QStringLiteral("app_secret")).toString().toUtf8()
                << o.value(QStringLiteral("raw_body")).toString().toUtf8()
                << o.value(QStringLiteral("x_hub_signature_256")).toString().toUtf8();
        }
    }
    void derivedVectorsVerify()
    {
        QFETCH(QByteArray, appSecret);
        QFETCH(QByteArray, rawBody);
        QFETCH(QByteArray, header);
        QCOMPARE(WhatsAppSignature::sign(appSecret, rawBody), header);
        QVERIFY(WhatsAppSignature::verify(appSecret, rawBody, header));
    }

    void upperCaseHexStillVerifies()
    {
        const QByteArray header = WhatsAppSignature::sign(secret, body);
        QVERIFY(WhatsAppSignature::verify(secret, body, "sha256=" + header.mid(7).toUpper()));
    }

    void badSignaturesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray good = WhatsAppSignature::sign(secret, body);
        QByteArray forged = good;
        forged[10] = forged[10] == 'a' ? 'b' : 'a';
        QTest::newRow("forged (one hex digit changed)") << forged;
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("truncated to the prefix") << QByteArray("sha256=");
        QTest::newRow("wrong secret") << WhatsAppSignature::sign("another_app_secret", body);
        QTest::newRow("missing header") << QByteArray();
        QTest::newRow("no prefix") << good.mid(7);
        QTest::newRow("sha1 prefix") << "sha1=" + good.mid(7);
        QTest::newRow("extra byte") << good + "0";
    }
    void badSignaturesAreRefused()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!WhatsAppSignature::verify(secret, body, header));
    }

    void aReplayedBodyWithOneChangedByteIsRefused()
    {
        const QJsonArray vectors = loadVectors();
        QVERIFY2(!vectors.isEmpty(), qPrintable(QStringLiteral("../shared is missing: cannot read %1").arg(vectorsPath)));
        const QJsonObject v = vectors.first().toObject();
        const QByteArray header = v.value(QStringLiteral("x_hub_signature_256")).toString().toUtf8();
        QByteArray replayed = v.value(QStringLiteral("raw_body")).toString().toUtf8();
        const qsizetype at = replayed.indexOf("Cancel");
        QVERIFY(at > 0);
        replayed[at] = 'X';
        QVERIFY(!WhatsAppSignature::verify(secret, replayed, header));
    }

    void anEmptySecretNeverVerifies()
    {
        QVERIFY(!WhatsAppSignature::verify(QByteArray(), body, WhatsAppSignature::sign(QByteArray(), body)));
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppSignature)
#include "tst_whatsappsignature.moc"
