// The WhatsApp webhook parser over Meta's own examples (extracted from the OpenAPI spec) and pywa's fixtures in
// ../shared: text, template quick-reply buttons, interactive button and list replies, voice notes and delivery
// statuses come out as DueDesk reads them; other message kinds are skipped; junk fails as a whole.

#include <WhatsAppWebhookParser.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace duedesk;

namespace {

const QString samples = QStringLiteral(DUEDESK_SOURCE_DIR "/../shared/contracts/whatsapp/samples/");

// A sample body: a whole file from from-openapi-spec/, or one named fixture ("file.json#key") from pywa-fixtures/.
// Empty (and the test fails with a message naming ../shared) when it cannot be read.
QByteArray sample(const QString &name)
{
    const QString file = name.section(QLatin1Char('#'), 0, 0);
    const QString key = name.section(QLatin1Char('#'), 1);
    QFile f(samples + (key.isEmpty() ? QStringLiteral("from-openapi-spec/") : QStringLiteral("pywa-fixtures/")) + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    if (key.isEmpty())
        return all;
    return QJsonDocument(QJsonDocument::fromJson(all).object().value(key).toObject()).toJson(QJsonDocument::Compact);
}

#define LOAD_SAMPLE(var, name)                                                                                     \
    const QByteArray var = sample(name);                                                                           \
    QVERIFY2(!var.isEmpty(), qPrintable(QStringLiteral("../shared is missing: cannot read %1 under %2").arg(name, samples)))

// LOAD_SAMPLE, then parsed: the test fails unless it parses.
#define PARSE_SAMPLE(var, name)                                                                                    \
    LOAD_SAMPLE(var##Raw, name);                                                                                   \
    const Result<WhatsAppWebhook> var = WhatsAppWebhookParser::parse(var##Raw);                                    \
    QVERIFY2(var.ok(), qPrintable(var.error()))

} // namespace

class tst_WhatsAppWebhookParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboundMessagesAreRead_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("buttonId");
        using K = WhatsAppInbound::Kind;
        QTest::newRow("spec text") << QStringLiteral("webhook-text-message.json") << int(K::Text)
            << QStringLiteral("16505551234") << QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=")
            << QStringLiteral("Does it come in another color?") << QString();
        QTest::newRow("spec text with context") << QStringLiteral("webhook-text-message-with-context-product-inquiry.json")
            << int(K::Text) << QStringLiteral("16505551234")
            << QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTA2NTUwRkNEMDdFQjJCRUU0NQA=")
            << QStringLiteral("Is this still available?") << QString();
        QTest::newRow("spec template button") << QStringLiteral("webhook-button-message.json") << int(K::TemplateButton)
            << QStringLiteral("16505551234") << QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUU0M0MxQzQzMUJCMTMwNUZFOQA=")
            << QStringLiteral("Unsubscribe") << QStringLiteral("Unsubscribe");
        QTest::newRow("spec button reply") << QStringLiteral("webhook-interactive-button-reply-message.json")
            << int(K::ButtonReply) << QStringLiteral("16505551234")
            << QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTZBQzg0MzQ4QjRCM0NGNkVGOAA=") << QStringLiteral("Cancel")
            << QStringLiteral("cancel-button");
        QTest::newRow("spec list reply") << QStringLiteral("webhook-interactive-list-reply-message.json")
            << int(K::ListReply) << QStringLiteral("16505551234")
            << QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUJDQ0NDM0FEODY4ODkzOTc5RgA=")
            << QStringLiteral("Priority Mail Express") << QStringLiteral("priority_express");
        QTest::newRow("pywa text") << QStringLiteral("message.json#text") << int(K::Text) << QStringLiteral("972987654321")
            << QStringLiteral("wamid.xyzxyz") << QString() << QString();
        QTest::newRow("pywa button reply") << QStringLiteral("callback_button.json#button") << int(K::ButtonReply)
            << QStringLiteral("972987654321") << QStringLiteral("wamid.xyzxyz") << QStringLiteral("title")
            << QStringLiteral("callback_data");
        QTest::newRow("pywa quick reply") << QStringLiteral("callback_button.json#quick_reply_without_context")
            << int(K::TemplateButton) << QStringLiteral("972987654321") << QStringLiteral("wamid.xsidjx")
            << QStringLiteral("title") << QStringLiteral("callback_data");
        QTest::newRow("pywa list reply") << QStringLiteral("callback_selection.json#description") << int(K::ListReply)
            << QStringLiteral("972987654321") << QStringLiteral("wamid.zyzxyz") << QStringLiteral("title")
            << QStringLiteral("callback_data");
        QTest::newRow("pywa voice note") << QStringLiteral("message.json#voice") << int(K::VoiceNote)
            << QStringLiteral("972987654321") << QStringLiteral("wamid.xyzxyz") << QString() << QString();
    }
    void inboundMessagesAreRead()
    {
        QFETCH(QString, fixture);
        QFETCH(int, kind);
        QFETCH(QString, address);
        QFETCH(QString, providerId);
        QFETCH(QString, body);
        QFETCH(QString, buttonId);
        PARSE_SAMPLE(parsed, fixture);
        QCOMPARE(parsed->messages.size(), 1);
        QVERIFY(parsed->statuses.isEmpty());
        const WhatsAppInbound &in = parsed->messages.first();
        QCOMPARE(int(in.kind), kind);
        QCOMPARE(in.message.channel, Channel::WhatsApp);
        QCOMPARE(in.message.address, address);
        QCOMPARE(in.message.providerId, providerId);
        if (!body.isEmpty())
            QCOMPARE(in.message.body, body);
        QCOMPARE(in.buttonId, buttonId);
        QVERIFY(in.sentAt.isValid());
    }

    void aVoiceNoteCarriesItsMediaId()
    {
        PARSE_SAMPLE(parsed, QStringLiteral("message.json#voice"));
        QCOMPARE(parsed->messages.first().mediaId, QStringLiteral("1234567890987654321"));
        QCOMPARE(parsed->messages.first().mimeType, QStringLiteral("audio/ogg; codecs=opus"));
        QVERIFY(parsed->messages.first().message.body.isEmpty());
        QVERIFY(!parsed->messages.first().message.body.isNull()); // the book's body column is NOT NULL
    }

    void aReplyKnowsWhichMessageItAnswers()
    {
        PARSE_SAMPLE(parsed, QStringLiteral("webhook-interactive-button-reply-message.json"));
        QCOMPARE(parsed->messages.first().replyTo, QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA"));
        QCOMPARE(parsed->messages.first().sentAt, QDateTime::fromSecsSinceEpoch(1750025136, Qt::UTC));
    }

    void messagesDueDeskDoesNotHandleAreSkipped_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *key : {"image", "video", "document", "static_sticker", "reaction", "current_location",
                                "contacts", "order", "unsupported", "interactive_message_with_err"})
            QTest::newRow(key) << QStringLiteral("message.json#%1").arg(QLatin1StringView(key));
        QTest::newRow("spec system message") << QStringLiteral("webhook-system-message.json");
    }
    void messagesDueDeskDoesNotHandleAreSkipped()
    {
        QFETCH(QString, fixture);
        PARSE_SAMPLE(parsed, fixture);
        QVERIFY(parsed->messages.isEmpty());
        QCOMPARE(parsed->ignored, 1);
    }

    void deliveryStatusesAreRead_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("providerId");
        QTest::newRow("sent") << QStringLiteral("message_status.json#sent") << int(OutboxState::Sent) << QStringLiteral("wamid.xyzxyz");
        QTest::newRow("delivered") << QStringLiteral("message_status.json#delivered") << int(OutboxState::Delivered)
                                   << QStringLiteral("wamid.xyzxyz");
        QTest::newRow("read") << QStringLiteral("message_status.json#read") << int(OutboxState::Read) << QStringLiteral("wamid.xyzxyz");
        QTest::newRow("failed") << QStringLiteral("message_status.json#failed") << int(OutboxState::Failed)
                                << QStringLiteral("wamid.xyzxyz");
        QTest::newRow("with tracker") << QStringLiteral("message_status.json#with_tracker") << int(OutboxState::Sent)
                                      << QStringLiteral("wamid.xyzxyz");
        QTest::newRow("group") << QStringLiteral("message_status.json#group") << int(OutboxState::Read)
                               << QStringLiteral("<WHATSAPP_MESSAGE_ID>");
    }
    void deliveryStatusesAreRead()
    {
        QFETCH(QString, fixture);
        QFETCH(int, state);
        QFETCH(QString, providerId);
        PARSE_SAMPLE(parsed, fixture);
        QVERIFY(parsed->messages.isEmpty());
        QCOMPARE(parsed->statuses.size(), 1);
        QCOMPARE(int(parsed->statuses.first().state), state);
        QCOMPARE(parsed->statuses.first().providerId, providerId);
        QCOMPARE(parsed->statuses.first().error.isEmpty(), state != int(OutboxState::Failed));
    }

    void aFailedStatusCarriesTheProvidersReason()
    {
        PARSE_SAMPLE(parsed, QStringLiteral("message_status.json#failed"));
        QCOMPARE(parsed->statuses.first().error,
                 QStringLiteral("130472 User's number is part of an experiment: Failed to send message because this "
                                "user's phone number is part of an experiment"));
    }

    void aPlayedStatusIsSkipped()
    {
        PARSE_SAMPLE(parsed, QStringLiteral("message_status.json#played"));
        QVERIFY(parsed->statuses.isEmpty());
        QCOMPARE(parsed->ignored, 1);
    }

    void junkFailsAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hub.mode=subscribe");
        QTest::newRow("truncated json") << QByteArray(R"({"object":"whatsapp_business_account","entry":[)");
        QTest::newRow("array") << QByteArray(R"([{"object":"whatsapp_business_account"}])");
        QTest::newRow("another object") << QByteArray(R"({"object":"page","entry":[]})");
        QTest::newRow("entry not a list") << QByteArray(R"({"object":"whatsapp_business_account","entry":{}})");
        QTest::newRow("changes missing") << QByteArray(R"({"object":"whatsapp_business_account","entry":[{"id":"1"}]})");
        QTest::newRow("messages not a list") << QByteArray(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":{}}}]}]})");
        QTest::newRow("message without id") << QByteArray(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[)"
            R"({"from":"1","type":"text","text":{"body":"hi"}}]}}]}]})");
        QTest::newRow("text without body") << QByteArray(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[)"
            R"({"from":"1","id":"wamid.1","type":"text","text":{}}]}}]}]})");
        QTest::newRow("audio without media id") << QByteArray(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[)"
            R"({"from":"1","id":"wamid.1","type":"audio","audio":{}}]}}]}]})");
        // One good message before a bad status: nothing of the body may be applied.
        QTest::newRow("good message then status without id") << QByteArray(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[)"
            R"({"from":"1","id":"wamid.1","type":"text","text":{"body":"hi"}}],"statuses":[{"status":"read"}]}}]}]})");
        QTest::newRow("status not an object") << QByteArray(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"statuses":[7]}}]}]})");
    }
    void junkFailsAsAWhole()
    {
        QFETCH(QByteArray, raw);
        const Result<WhatsAppWebhook> parsed = WhatsAppWebhookParser::parse(raw);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().isEmpty());
    }

    void otherWebhookFieldsAreSkipped()
    {
        const Result<WhatsAppWebhook> parsed = WhatsAppWebhookParser::parse(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"message_template_status_update",)"
            R"("value":{"event":"APPROVED"}}]}]})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->ignored, 1);
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppWebhookParser)
#include "tst_whatsappwebhookparser.moc"
