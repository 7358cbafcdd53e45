#pragma once

#include "Domain.h"

namespace duedesk {

// What a channel can carry, declared by its bridge. The engine shapes drafts to fit: channels without
// buttons get numbered replies ("Reply 1 to send, 2 to skip").
struct ChannelCapabilities {
    bool buttons = false;            // inline keyboards / reply buttons
    int maxButtons = 0;
    bool templatesOutsideWindow = false; // needs an approved template outside the customer window
    int customerWindowHours = 0;     // 0: no window
    int maxTextLength = 0;           // characters per message (0: practically unlimited)
    bool subject = false;            // messages carry a subject line
};

// The capabilities of the providers DueDesk talks to (Telegram Bot API, WhatsApp Cloud API, Twilio SMS, email).
ChannelCapabilities capabilitiesOf(Channel channel);

} // namespace duedesk
