#include "AppModels.h"

#include "ActivityModel.h"
#include "BackupModel.h"
#include "BusinessProfile.h"
#include "ChannelSettings.h"
#include "OwnerAssistant.h"
#include "PolicyEditor.h"
#include "TemplateEditor.h"
#include "BillDetails.h"
#include "BillListModel.h"
#include "CallQueueModel.h"
#include "CashModel.h"
#include "ClientDetails.h"
#include "ClientListModel.h"
#include "DashboardModel.h"
#include "DraftListModel.h"

#include <type_traits>

namespace duedesk {

namespace {
// The dashboard shows the approvals a page of this many at a time.
constexpr int dashboardDrafts = 10;
} // namespace

AppModels::AppModels(std::shared_ptr<Book> book, QObject *parent)
    : QObject(parent)
    , m_dashboard(std::make_unique<DashboardModel>(book))
    , m_drafts(std::make_unique<DraftListModel>(book, dashboardDrafts))
    , m_bills(std::make_unique<BillListModel>(book))
    , m_billDetails(std::make_unique<BillDetails>(book))
    , m_cash(std::make_unique<CashModel>(book, ModelLoading::WhenShown))
    , m_calls(std::make_unique<CallQueueModel>(book, ModelLoading::WhenShown))
    , m_clients(std::make_unique<ClientListModel>(book, ModelLoading::WhenShown))
    , m_clientDetails(std::make_unique<ClientDetails>(book))
    , m_activity(std::make_unique<ActivityModel>(book))
    , m_business(std::make_unique<BusinessProfile>(book))
    , m_policies(std::make_unique<PolicyEditor>(book))
    , m_templates(std::make_unique<TemplateEditor>(book))
    , m_channels(std::make_unique<ChannelSettings>(book))
    , m_assistant(std::make_unique<OwnerAssistant>(book))
    , m_backups(std::make_unique<BackupModel>(book))
{
    // The views where the owner acts (drafts, the bill panel) change the book; every other view follows.
    auto others = [this](auto *source) {
        using Source = std::remove_pointer_t<decltype(source)>;
        connect(source, &Source::bookChanged, m_dashboard.get(), &DashboardModel::refresh);
        connect(source, &Source::bookChanged, m_bills.get(), &BillListModel::refresh);
        connect(source, &Source::bookChanged, m_cash.get(), &CashModel::refresh);
        connect(source, &Source::bookChanged, m_calls.get(), &CallQueueModel::refresh);
        connect(source, &Source::bookChanged, m_clients.get(), &ClientListModel::refresh);
        connect(source, &Source::bookChanged, m_activity.get(), &ActivityModel::refresh);
    };
    others(m_drafts.get());
    others(m_billDetails.get());
    connect(m_drafts.get(), &DraftListModel::bookChanged, m_billDetails.get(), &BillDetails::refresh);
    connect(m_billDetails.get(), &BillDetails::bookChanged, m_drafts.get(), &DraftListModel::refresh);
    // The client panel: an opt-out cancels drafts, a payment or a new draft changes the client's figures and thread.
    others(m_clientDetails.get());
    connect(m_clientDetails.get(), &ClientDetails::bookChanged, m_drafts.get(), &DraftListModel::refresh);
    connect(m_clientDetails.get(), &ClientDetails::bookChanged, m_billDetails.get(), &BillDetails::refresh);
    connect(m_drafts.get(), &DraftListModel::bookChanged, m_clientDetails.get(), &ClientDetails::refresh);
    connect(m_billDetails.get(), &BillDetails::bookChanged, m_clientDetails.get(), &ClientDetails::refresh);
    // Settings: a new name or currency shows everywhere; a changed policy moves the planned reminders.
    others(m_business.get());
    others(m_policies.get());
    connect(m_business.get(), &BusinessProfile::bookChanged, m_templates.get(), &TemplateEditor::reload);
}

AppModels::~AppModels() = default;

void AppModels::refreshAll()
{
    m_dashboard->refresh();
    m_drafts->refresh();
    m_bills->refresh();
    m_billDetails->refresh();
    m_cash->refresh();
    m_calls->refresh();
    m_clients->refresh();
    m_clientDetails->refresh();
    m_activity->refresh();
}

void AppModels::refreshAfterBridges()
{
    m_dashboard->refresh();
    m_drafts->refreshIfChanged();
    m_clientDetails->refresh();
    m_activity->refresh();
    m_assistant->refresh();
}

QVariantMap AppModels::initialProperties() const
{
    return {{QStringLiteral("dashboard"), QVariant::fromValue(m_dashboard.get())},
            {QStringLiteral("drafts"), QVariant::fromValue(m_drafts.get())},
            {QStringLiteral("bills"), QVariant::fromValue(m_bills.get())},
            {QStringLiteral("billDetails"), QVariant::fromValue(m_billDetails.get())},
            {QStringLiteral("cash"), QVariant::fromValue(m_cash.get())},
            {QStringLiteral("calls"), QVariant::fromValue(m_calls.get())},
            {QStringLiteral("clients"), QVariant::fromValue(m_clients.get())},
            {QStringLiteral("clientDetails"), QVariant::fromValue(m_clientDetails.get())},
            {QStringLiteral("activity"), QVariant::fromValue(m_activity.get())},
            {QStringLiteral("business"), QVariant::fromValue(m_business.get())},
            {QStringLiteral("policies"), QVariant::fromValue(m_policies.get())},
            {QStringLiteral("templates"), QVariant::fromValue(m_templates.get())},
            {QStringLiteral("channels"), QVariant::fromValue(m_channels.get())},
            {QStringLiteral("assistant"), QVariant::fromValue(m_assistant.get())},
            {QStringLiteral("backups"), QVariant::fromValue(m_backups.get())}};
}

} // namespace duedesk
