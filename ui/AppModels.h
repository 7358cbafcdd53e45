#pragma once

#include <QObject>
#include <QVariantMap>

#include <memory>

namespace duedesk {

class Book;
class BillDetails;
class BillListModel;
class CallQueueModel;
class CashModel;
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

    // The required properties of Main.qml.
    QVariantMap initialProperties() const;

private:
    std::unique_ptr<DashboardModel> m_dashboard;
    std::unique_ptr<DraftListModel> m_drafts;
    std::unique_ptr<BillListModel> m_bills;
    std::unique_ptr<BillDetails> m_billDetails;
    std::unique_ptr<CashModel> m_cash;
    std::unique_ptr<CallQueueModel> m_calls;
};

} // namespace duedesk
