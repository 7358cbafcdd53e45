#include "Domain.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace duedesk {

namespace {

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const auto &[e, name] : table)
        if (k == QLatin1String(name))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Segment, const char *>, 5> segments{{{Segment::Standard, "standard"},
                                                                     {Segment::New, "new"},
                                                                     {Segment::Vip, "vip"},
                                                                     {Segment::Strategic, "strategic"},
                                                                     {Segment::Government, "government"}}};
constexpr std::array<std::pair<Channel, const char *>, 4> channels{
    {{Channel::WhatsApp, "whatsapp"}, {Channel::Telegram, "telegram"}, {Channel::Sms, "sms"}, {Channel::Email, "email"}}};
constexpr std::array<std::pair<BillStatus, const char *>, 5> statuses{{{BillStatus::Open, "open"},
                                                                        {BillStatus::Paid, "paid"},
                                                                        {BillStatus::Disputed, "disputed"},
                                                                        {BillStatus::WrittenOff, "written_off"},
                                                                        {BillStatus::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<PaymentSource, const char *>, 4> sources{{{PaymentSource::Manual, "manual"},
                                                                          {PaymentSource::Chat, "chat"},
                                                                          {PaymentSource::PaymentProvider, "provider"},
                                                                          {PaymentSource::Import, "import"}}};

} // namespace

QString segmentKey(Segment v) { return keyOf(segments, v); }
QString channelKey(Channel v) { return keyOf(channels, v); }
QString billStatusKey(BillStatus v) { return keyOf(statuses, v); }
QString paymentSourceKey(PaymentSource v) { return keyOf(sources, v); }
std::optional<Segment> segmentFromKey(const QString &k) { return fromKey(segments, k); }
std::optional<Channel> channelFromKey(const QString &k) { return fromKey(channels, k); }
std::optional<BillStatus> billStatusFromKey(const QString &k) { return fromKey(statuses, k); }
std::optional<PaymentSource> paymentSourceFromKey(const QString &k) { return fromKey(sources, k); }

QString channelDisplayName(Channel channel)
{
    switch (channel) {
    case Channel::WhatsApp:
        return QCoreApplication::translate("Channel", "WhatsApp");
    case Channel::Telegram:
        return QCoreApplication::translate("Channel", "Telegram");
    case Channel::Sms:
        return QCoreApplication::translate("Channel", "Text message");
    case Channel::Email:
        return QCoreApplication::translate("Channel", "Email");
    }
    return {};
}

QList<Channel> allChannels()
{
    return {Channel::WhatsApp, Channel::Telegram, Channel::Sms, Channel::Email};
}

} // namespace duedesk
