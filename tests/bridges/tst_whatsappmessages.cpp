// The owner's draft as a WhatsApp interactive reply-button message: the Cloud API's limits (body 1024, three
// buttons, ids 256, titles 20) kept, the ids carrying the draft and a nonce as OwnerButton::data(), read back by
// OwnerButton::parse().
// Prism checks the same body against Meta's spec in tst_whatsappcontract.

#include "JsonKeyPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <OwnerPrompts.h>
#include <QtTest>
#include <WhatsAppMessages.h>
#include <WhatsAppWebhookParser.h>

using namespace duedesk;

namespace {

const QString samples = QStringLiteral(DUEDESK_SOURCE_DIR "/../shared/contracts/whatsapp/samples/from-openapi-spec/");
const QString replyButtonExample = samples + QStringLiteral("send-request-send-reply-button.json");
const QString buttonReplyWebhook = samples + QStringLiteral("webhook-interactive-button-reply-message.json");

// message.interactive.<part>.<key>
QJsonValue interactivePart(const QJsonObject &message, const QString &part, const QString &key)
{
    return message.value(QStringLiteral("interactive")).toObject().value(part).toObject().value(key);
}

QJsonArray buttonsOf(const QJsonObject &message)
{
    return interactivePart(message, QStringLiteral("action"), QStringLiteral("buttons")).toArray();
}

QString bodyTextOf(const QJsonObject &message)
{
    return interactivePart(message, QStringLiteral("body"), QStringLiteral("text")).toString();
}

} // namespace

class tst_WhatsAppMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDraftHasSendEditAndSkipWithTheDraftAndNonceInEachId()
    {
        const QJsonObject m = WhatsAppMessages::draftButtons(QStringLiteral("+447700900123"),
            QStringLiteral("Remind Quay Books about INV-9?"), 42, QStringLiteral("n0nce_A-1"));
        QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("interactive"));
        QCOMPARE(m.value(QStringLiteral("to")).toString(), QStringLiteral("447700900123"));
        QCOMPARE(m.value(QStringLiteral("interactive")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("button"));
        QCOMPARE(bodyTextOf(m), QStringLiteral("Remind Quay Books about INV-9?"));
        const QJsonArray buttons = buttonsOf(m);
        QCOMPARE(buttons.size(), WhatsAppMessages::maxButtons);
        const QStringList ids{ QStringLiteral("a:42:n0nce_A-1"), QStringLiteral("e:42:n0nce_A-1"),
            QStringLiteral("s:42:n0nce_A-1") };
        const QStringList titles{ QStringLiteral("Send"), QStringLiteral("Edit"), QStringLiteral("Skip") };
        for (int i = 0; i < buttons.size(); ++i) {
            const QJsonObject b = buttons.at(i).toObject();
            QCOMPARE(b.value(QStringLiteral("type")).toString(), QStringLiteral("reply"));
            QCOMPARE(b.value(QStringLiteral("reply")).toObject().value(QStringLiteral("id")).toString(), ids.at(i));
            QCOMPARE(
                b.value(QStringLiteral("reply")).toObject().value(QStringLiteral("title")).toString(), titles.at(i));
        }
    }

    void theMessageHasExactlyTheKeysOfTheSpecsReplyButtonExample()
    {
        QFile f(replyButtonExample);
        QVERIFY2(f.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral("../shared is missing: cannot read %1").arg(replyButtonExample)));
        const QJsonObject example = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject ours = WhatsAppMessages::draftButtons(
            QStringLiteral("16505551234"), QStringLiteral("Hi"), 1, OwnerPrompts::newNonce());
        QCOMPARE(jsonKeyPaths(ours), jsonKeyPaths(example));
    }

    void aLongBodyIsCutToTheLimitWithAnEllipsis()
    {
        const QString exact(WhatsAppMessages::maxBodyLength, QLatin1Char('x'));
        QCOMPARE(bodyTextOf(WhatsAppMessages::draftButtons(QStringLiteral("1"), exact, 1, QStringLiteral("n"))), exact);
        const QString text = QString(2000, QLatin1Char('y'));
        const QString body
            = bodyTextOf(WhatsAppMessages::draftButtons(QStringLiteral("1"), text, 1, QStringLiteral("n")));
        QCOMPARE(body.size(), WhatsAppMessages::maxBodyLength);
        QVERIFY(body.endsWith(QChar(0x2026)));
        QCOMPARE(body.chopped(1), text.left(WhatsAppMessages::maxBodyLength - 1));
    }

    void cuttingNeverSplitsASurrogatePair()
    {
        // "😀" is two UTF-16 units; cutting "ab😀cd" to 4 would leave half of it before the ellipsis.
        const QString text = QStringLiteral("ab") + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("cd");
        const QString cut = WhatsAppMessages::elide(text, 4);
        QCOMPARE(cut, QStringLiteral("ab") + QChar(0x2026));
        QCOMPARE(WhatsAppMessages::elide(text, 5),
            QStringLiteral("ab") + QString::fromUtf8("\xF0\x9F\x98\x80") + QChar(0x2026));
    }

    void everyIdAndTitleIsWithinTheLimits()
    {
        const QString longestNonce(WhatsAppMessages::maxNonceLength, QLatin1Char('z'));
        const QJsonObject m = WhatsAppMessages::draftButtons(
            QStringLiteral("1"), QStringLiteral("t"), std::numeric_limits<qint64>::max(), longestNonce);
        const QJsonArray buttons = buttonsOf(m);
        QCOMPARE(buttons.size(), 3);
        for (const QJsonValue &b : buttons) {
            const QJsonObject reply = b.toObject().value(QStringLiteral("reply")).toObject();
            QVERIFY(reply.value(QStringLiteral("id")).toString().size() <= WhatsAppMessages::maxButtonIdLength);
            QVERIFY(!reply.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(reply.value(QStringLiteral("title")).toString().size() <= WhatsAppMessages::maxButtonTitleLength);
        }
        QCOMPARE(
            WhatsAppMessages::elide(QStringLiteral("Senden und erledigen!"), WhatsAppMessages::maxButtonTitleLength),
            QStringLiteral("Senden und erledige") + QChar(0x2026));
    }

    void aBadDraftIdOrNonceGivesNoMessage_data()
    {
        QTest::addColumn<qint64>("draftId");
        QTest::addColumn<QString>("nonce");
        QTest::newRow("draft 0") << qint64(0) << QStringLiteral("n");
        QTest::newRow("negative draft") << qint64(-3) << QStringLiteral("n");
        QTest::newRow("empty nonce") << qint64(1) << QString();
        QTest::newRow("colon in nonce") << qint64(1) << QStringLiteral("a:b");
        QTest::newRow("space in nonce") << qint64(1) << QStringLiteral("a b");
        QTest::newRow("nonce too long") << qint64(1) << QString(WhatsAppMessages::maxNonceLength + 1, QLatin1Char('n'));
    }
    void aBadDraftIdOrNonceGivesNoMessage()
    {
        QFETCH(qint64, draftId);
        QFETCH(QString, nonce);
        QVERIFY(WhatsAppMessages::draftButtons(QStringLiteral("1"), QStringLiteral("t"), draftId, nonce).isEmpty());
    }

    // Every button's id is the OwnerButton the owner's channel reads back, with the prompt's own nonce.
    void buttonIdsReadBackAsOwnerButtons()
    {
        const QString nonce = OwnerPrompts::newNonce();
        const QJsonArray buttons
            = buttonsOf(WhatsAppMessages::draftButtons(QStringLiteral("1"), QStringLiteral("t"), 917, nonce));
        const QList<OwnerButton::Action> actions{ OwnerButton::Action::Send, OwnerButton::Action::Edit,
            OwnerButton::Action::Skip };
        QCOMPARE(buttons.size(), actions.size());
        for (int i = 0; i < buttons.size(); ++i) {
            const QJsonObject reply = buttons.at(i).toObject().value(QStringLiteral("reply")).toObject();
            const auto parsed = OwnerButton::parse(reply.value(QStringLiteral("id")).toString());
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->action, actions.at(i));
            QCOMPARE(parsed->draftId, 917);
            QCOMPARE(parsed->nonce, nonce);
        }
    }

    // The press comes back through the webhook: Meta's own button_reply example, with one of our ids in it.
    void aPressedButtonComesBackThroughTheWebhook()
    {
        QFile f(buttonReplyWebhook);
        QVERIFY2(f.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral("../shared is missing: cannot read %1").arg(buttonReplyWebhook)));
        const QByteArray example = f.readAll();
        QVERIFY(example.contains("\"cancel-button\""));
        const QString id = OwnerButton{ OwnerButton::Action::Skip, 31, QStringLiteral("c0ffee") }.data();
        const Result<WhatsAppWebhook> webhook = WhatsAppWebhookParser::parse(
            QByteArray(example).replace("\"cancel-button\"", QByteArray('"' + id.toUtf8() + '"')));
        QVERIFY2(webhook, qPrintable(webhook.error()));
        QCOMPARE(webhook->messages.size(), 1);
        QCOMPARE(webhook->messages.first().kind, WhatsAppInbound::Kind::ButtonReply);
        const auto pressed = OwnerButton::parse(webhook->messages.first().buttonId);
        QVERIFY(pressed.has_value());
        QCOMPARE(pressed->action, OwnerButton::Action::Skip);
        QCOMPARE(pressed->draftId, 31);
        QCOMPARE(pressed->nonce, QStringLiteral("c0ffee"));
    }

    // The prompts' nonces fit a reply-button id as they are.
    void promptNoncesAreAccepted()
    {
        const QString nonce = OwnerPrompts::newNonce();
        QVERIFY(nonce.size() <= WhatsAppMessages::maxNonceLength);
        QVERIFY(!WhatsAppMessages::draftButtons(QStringLiteral("1"), QStringLiteral("t"), 1, nonce).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppMessages)
#include "tst_whatsappmessages.moc"
