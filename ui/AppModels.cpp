#include "AppModels.h"

#include "BillDetails.h"
#include "BillListModel.h"
#include "CallQueueModel.h"
#include "CashModel.h"
#include "DashboardModel.h"
#include "DraftListModel.h"

#include <type_traits>

namespace duedesk {

AppModels::AppModels(std::shared_ptr<Book> book, QObject *parent)
    : QObject(parent)
    , m_dashboard(std::make_unique<DashboardModel>(book))
    , m_drafts(std::make_unique<DraftListModel>(book))
    , m_bills(std::make_unique<BillListModel>(book))
    , m_billDetails(std::make_unique<BillDetails>(book))
    , m_cash(std::make_unique<CashModel>(book))
    , m_calls(std::make_unique<CallQueueModel>(book))
{
    // The views where the owner acts (drafts, the bill panel) change the book; every other view follows.
    auto others = [this](auto *source) {
        using Source = std::remove_pointer_t<decltype(source)>;
        connect(source, &Source::bookChanged, m_dashboard.get(), &DashboardModel::refresh);
        connect(source, &Source::bookChanged, m_bills.get(), &BillListModel::refresh);
        connect(source, &Source::bookChanged, m_cash.get(), &CashModel::refresh);
        connect(source, &Source::bookChanged, m_calls.get(), &CallQueueModel::refresh);
    };
    others(m_drafts.get());
    others(m_billDetails.get());
    connect(m_drafts.get(), &DraftListModel::bookChanged, m_billDetails.get(), &BillDetails::refresh);
    connect(m_billDetails.get(), &BillDetails::bookChanged, m_drafts.get(), &DraftListModel::refresh);
}

AppModels::~AppModels() = default;

QVariantMap AppModels::initialProperties() const
{
    return {{QStringLiteral("dashboard"), QVariant::fromValue(m_dashboard.get())},
            {QStringLiteral("drafts"), QVariant::fromValue(m_drafts.get())},
            {QStringLiteral("bills"), QVariant::fromValue(m_bills.get())},
            {QStringLiteral("billDetails"), QVariant::fromValue(m_billDetails.get())},
            {QStringLiteral("cash"), QVariant::fromValue(m_cash.get())},
            {QStringLiteral("calls"), QVariant::fromValue(m_calls.get())}};
}

} // namespace duedesk
