#pragma once

#include "TelegramBridge.h"
#include "RelayClient.h"
#include "TelegramOwnerBot.h"
#include "WhatsAppOwnerChannel.h"
#include "WhatsAppWebhookServer.h"
#include "TranscriptionClient.h"
#include "WhatsAppBridge.h"

#include <QHash>
#include <QStringList>

namespace duedesk {

class Book;

// Everything the bridges need to run, gathered from the book's Settings > Channels ("channel.<key>.<field>") and
// the secrets, with the environment winning for headless runs and tests (DUEDESK_TELEGRAM_API_BASE,
// DUEDESK_TELEGRAM_TOKEN, DUEDESK_TELEGRAM_OWNER_TOKEN, DUEDESK_WHATSAPP_API_BASE, DUEDESK_WHATSAPP_TOKEN,
// DUEDESK_WHATSAPP_PHONE_ID, DUEDESK_TRANSCRIPTION_*).
//
// Two identities: the business sender talks to clients (the "telegram" and "whatsapp" rows), the owner's
// assistant talks to the owner (the "telegram_owner" row: its own bot token). They may be the same account only if the
// owner enters the same token twice; nothing is shared implicitly.
struct BridgeConfig {
    TelegramBridgeSettings telegram;
    WhatsAppBridge::Settings whatsapp;
    TelegramOwnerBotSettings ownerTelegram; // the owner's assistant bot (its transcription included)
    WhatsAppOwnerChannelSettings ownerWhatsApp; // the owner's assistant on the business WhatsApp number
    // The WhatsApp webhook on loopback (it needs the app secret: DUEDESK_WHATSAPP_APP_SECRET, DUEDESK_WHATSAPP_
    // VERIFY_TOKEN, DUEDESK_WHATSAPP_WEBHOOK_PORT), and duedesk-relay forwarding to it from a public host
    // (DUEDESK_RELAY_URL, DUEDESK_RELAY_KEY).
    WhatsAppWebhookServer::Settings webhook;
    RelayClient::Settings relay;

    bool hasWebhook() const { return !webhook.appSecret.isEmpty(); }
    bool hasRelay() const { return hasWebhook() && relay.relayUrl.isValid() && !relay.key.isEmpty(); }

    // The secret names read from a SecretStore (the rows' keys): "telegram", "whatsapp", "telegram_owner",
    // "transcription", "whatsapp_app_secret", "relay".
    static QStringList secretNames();
    // secrets: name -> secret as read (missing or empty: not set).
    static BridgeConfig fromBook(const Book &book, const QHash<QString, QString> &secrets);
};

} // namespace duedesk
