#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Plain value rows of the book. Repositories return these; nothing here touches the database.
namespace duedesk {

enum class Segment { Standard, New, Vip, Strategic, Government };
enum class Channel { WhatsApp, Telegram, Sms, Email };
enum class BillStatus { Open, Paid, Disputed, WrittenOff, Cancelled };
enum class PaymentSource { Manual, Chat, PaymentProvider, Import };

// Stable keys as stored in the book and used in CSV/JSON ("vip", "whatsapp", "written_off", ...).
QString segmentKey(Segment);
QString channelKey(Channel);
QString billStatusKey(BillStatus);
QString paymentSourceKey(PaymentSource);
std::optional<Segment> segmentFromKey(const QString &);
std::optional<Channel> channelFromKey(const QString &);
std::optional<BillStatus> billStatusFromKey(const QString &);
std::optional<PaymentSource> paymentSourceFromKey(const QString &);
QList<Channel> allChannels();
// The channel's name for people ("WhatsApp", "Text message", "Email"), translated.
QString channelDisplayName(Channel channel);

// Consent of one client on one channel. Opted out wins over opted in when both are set.
struct ChannelConsent {
    Channel channel = Channel::Email;
    QDateTime optedInAt;
    QString optedInBy;
    QDateTime optedOutAt;
    QString optedOutBy;
    bool allowsSending() const { return optedInAt.isValid() && !optedOutAt.isValid(); }
};

struct ClientRow {
    qint64 id = 0;
    QString name;
    QString company;
    Segment segment = Segment::Standard;
    QString language;          // BCP 47 ("en", "es-MX"); empty: the book's language
    QDate relationshipStart;
    std::optional<Channel> preferredChannel;
    QString email;
    QString phoneE164;
    QString phoneWarning;      // set when the number was kept despite failing validation
    QString telegramChatId;
    QString whatsappId;        // WhatsApp wa_id: E.164 digits without '+'
    QList<ChannelConsent> consents;
};

struct BillRow {
    qint64 id = 0;
    QString number;
    qint64 clientId = 0;
    QDate issuedOn;
    QDate dueOn;               // invalid: no due date
    qint64 amountMinor = 0;
    QString currency;
    QString poReference;
    BillStatus status = BillStatus::Open;
    QString paymentLink;
    qint64 paidMinor = 0;      // sum of payments, kept by the book

    Money amount() const { return {amountMinor, currency}; }
    Money balance() const { return {amountMinor - paidMinor, currency}; }
};

struct PaymentRow {
    qint64 id = 0;
    qint64 billId = 0;
    qint64 amountMinor = 0;
    QDate paidOn;
    QString method;
    PaymentSource source = PaymentSource::Manual;
    QString note;
};

} // namespace duedesk
