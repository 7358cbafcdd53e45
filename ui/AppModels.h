#pragma once

#include <QObject>
#include <QVariantMap>

#include <memory>

namespace duedesk {

class Book;
class BackupModel;
class BusinessProfile;
class ChannelSettings;
class OwnerAssistant;
class PolicyEditor;
class TemplateEditor;
class ActivityModel;
class BillDetails;
class BillListModel;
class CallQueueModel;
class CashModel;
class ClientDetails;
class ClientListModel;
class DashboardModel;
class DraftListModel;

// Every view model of the main window, on one book, wired so that whatever the owner does in one view the
// others follow. The app and the GUI tests both use it, so the tests see the app's wiring.
class AppModels : public QObject
{
    Q_OBJECT
public:
    explicit AppModels(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~AppModels() override;

    DashboardModel &dashboard() const { return *m_dashboard; }
    DraftListModel &drafts() const { return *m_drafts; }
    BillListModel &bills() const { return *m_bills; }
    BillDetails &billDetails() const { return *m_billDetails; }
    CashModel &cash() const { return *m_cash; }
    CallQueueModel &calls() const { return *m_calls; }
    ClientListModel &clients() const { return *m_clients; }
    ClientDetails &clientDetails() const { return *m_clientDetails; }
    ActivityModel &activity() const { return *m_activity; }
    // Settings.
    BusinessProfile &business() const { return *m_business; }
    PolicyEditor &policies() const { return *m_policies; }
    TemplateEditor &templates() const { return *m_templates; }
    ChannelSettings &channels() const { return *m_channels; }
    OwnerAssistant &assistant() const { return *m_assistant; }
    BackupModel &backups() const { return *m_backups; }

    // Reads every view again from the book, after a change made elsewhere (the planner on its worker thread).
    Q_SLOT void refreshAll();
    // After the bridges wrote to the book (a send, a reply, an approval from the owner's phone): the views that
    // show those, without disturbing a draft being edited.
    Q_SLOT void refreshAfterBridges();

    // The required properties of Main.qml.
    QVariantMap initialProperties() const;

private:
    std::unique_ptr<DashboardModel> m_dashboard;
    std::unique_ptr<DraftListModel> m_drafts;
    std::unique_ptr<BillListModel> m_bills;
    std::unique_ptr<BillDetails> m_billDetails;
    std::unique_ptr<CashModel> m_cash;
    std::unique_ptr<CallQueueModel> m_calls;
    std::unique_ptr<ClientListModel> m_clients;
    std::unique_ptr<ClientDetails> m_clientDetails;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<BusinessProfile> m_business;
    std::unique_ptr<PolicyEditor> m_policies;
    std::unique_ptr<TemplateEditor> m_templates;
    std::unique_ptr<ChannelSettings> m_channels;
    std::unique_ptr<OwnerAssistant> m_assistant;
    std::unique_ptr<BackupModel> m_backups;
};

} // namespace duedesk
