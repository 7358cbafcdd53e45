#include "ChannelCapabilities.h"

namespace duedesk {

ChannelCapabilities capabilitiesOf(Channel channel)
{
    ChannelCapabilities c;
    switch (channel) {
    case Channel::Telegram:
        c.buttons = true;
        c.maxButtons = 8;
        c.maxTextLength = 4096;      // sendMessage text limit
        break;
    case Channel::WhatsApp:
        c.buttons = true;
        c.maxButtons = 3;            // interactive reply buttons
        c.templatesOutsideWindow = true;
        c.customerWindowHours = 24;
        c.maxTextLength = 4096;
        break;
    case Channel::Sms:
        c.maxTextLength = 1600;      // Twilio concatenates up to 10 segments
        break;
    case Channel::Email:
        c.subject = true;
        break;
    }
    return c;
}

} // namespace duedesk
