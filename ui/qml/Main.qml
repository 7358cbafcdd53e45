import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

ApplicationWindow {
    id: window

    required property DashboardModel dashboard
    required property DraftListModel drafts
    required property BillListModel bills
    required property BillDetails billDetails
    required property CashModel cash
    required property CallQueueModel calls
    required property ClientListModel clients
    required property ClientDetails clientDetails
    required property ActivityModel activity
    required property BusinessProfile business
    required property PolicyEditor policies
    required property TemplateEditor templates
    required property ChannelSettings channels
    required property OwnerAssistant assistant
    required property BackupModel backups
    // Calm colours for the aging buckets: not due, 1-30, 31-60, 61-90, 90+.
    // The page shown beside the navigation rail (0 dashboard … 6 settings).
    property int currentPage: 0
    // The pages shown so far: the others are built (and the Cash and Calls pages read the book) when first shown.
    property var visitedPages: [0]
    onCurrentPageChanged: {
        if (!visitedPages.includes(currentPage))
            visitedPages = visitedPages.concat([currentPage])
        if (currentPage === 2)
            clients.activate()
        else if (currentPage === 3)
            cash.activate()
        else if (currentPage === 4)
            calls.activate()
    }
    readonly property list<color> bucketColors: ["#7a9eb1", "#3a9d8f", "#e0a458", "#d9783f", "#c8553d"]

    width: 1120
    height: 720
    minimumWidth: 760
    minimumHeight: 520
    visible: true
    title: qsTr("DueDesk — %1").arg(dashboard.businessName)

    Material.theme: Material.System
    Material.accent: "#2f8f83"
    Material.primary: "#2f8f83"

    background: Rectangle {
        color: window.Material.theme === Material.Dark ? "#1b2429" : "#f4f6f7"
    }

    header: Rectangle {
        implicitHeight: 64
        color: window.Material.theme === Material.Dark ? "#1f2a30" : "#ffffff"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: window.Material.theme === Material.Dark ? "#33424a" : "#e3e8eb"
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 24
            anchors.rightMargin: 16
            spacing: 12
            Rectangle {
                implicitWidth: 36
                implicitHeight: 36
                radius: 9
                color: "#2f8f83"
                Label {
                    anchors.centerIn: parent
                    text: "D"
                    color: "white"
                    font.bold: true
                    font.pixelSize: 19
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Layout.minimumWidth: 120
                Label {
                    text: window.dashboard.businessName
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: window.dashboard.todayText
                    opacity: 0.6
                    font.pixelSize: 12
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Refresh")
                flat: true
                Accessible.name: qsTr("Refresh the figures")
                onClicked: {
                    window.drafts.refresh()
                    window.dashboard.refresh()
                    window.bills.refresh()
                    window.billDetails.refresh()
                    window.cash.refresh()
                    window.calls.refresh()
                    window.activity.refresh()
                    window.clients.refresh()
                    window.clientDetails.refresh()
                }
            }
        }
    }

    // Keyboard: Ctrl+1 … Ctrl+7 open the pages in the order of the rail.
    Repeater {
        model: rail.pageCount
        delegate: Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: window.currentPage = index
            }
        }
    }

    // The navigation rail on the left; each entry opens the page of the same index in the stack beside it.
    Rectangle {
        id: railBackground
        width: 196
        height: parent.height
        color: window.Material.theme === Material.Dark ? "#1f2a30" : "#ffffff"
        Rectangle {
            anchors.right: parent.right
            width: 1
            height: parent.height
            color: window.Material.theme === Material.Dark ? "#33424a" : "#e3e8eb"
        }
        ColumnLayout {
            id: rail
            objectName: "navigation"
            readonly property int pageCount: 7
            anchors.fill: parent
            anchors.margins: 10
            anchors.topMargin: 16
            spacing: 2
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Pages")

            NavButton {
                objectName: "dashboardTab"
                page: 0
                currentPage: window.currentPage
                text: qsTr("Dashboard")
                description: qsTr("Show the dashboard")
                badge: window.drafts.count
                onPageRequested: (p) => window.currentPage = p
            }
            NavButton {
                objectName: "billsTab"
                page: 1
                currentPage: window.currentPage
                text: qsTr("Bills")
                description: qsTr("Show the list of bills")
                onPageRequested: (p) => window.currentPage = p
            }
            NavButton {
                objectName: "clientsTab"
                page: 2
                currentPage: window.currentPage
                text: qsTr("Clients")
                description: qsTr("Show the clients")
                onPageRequested: (p) => window.currentPage = p
            }
            NavButton {
                objectName: "cashTab"
                page: 3
                currentPage: window.currentPage
                text: qsTr("Cash")
                description: qsTr("Show this week's cash")
                onPageRequested: (p) => window.currentPage = p
            }
            NavButton {
                objectName: "callsTab"
                page: 4
                currentPage: window.currentPage
                text: qsTr("Calls")
                description: qsTr("Show the bills worth a phone call")
                onPageRequested: (p) => window.currentPage = p
            }
            NavButton {
                objectName: "activityTab"
                page: 5
                currentPage: window.currentPage
                text: qsTr("Activity")
                description: qsTr("Show everything DueDesk and you have done")
                onPageRequested: (p) => window.currentPage = p
            }
            Item { Layout.fillHeight: true }
            NavButton {
                objectName: "settingsTab"
                page: 6
                currentPage: window.currentPage
                text: qsTr("Settings")
                description: qsTr("Show the settings")
                onPageRequested: (p) => window.currentPage = p
            }
        }
    }

    // The pages, in the order of the rail.
    StackLayout {
        id: pages
        anchors.left: railBackground.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        currentIndex: window.currentPage

        DashboardPage {
            dashboard: window.dashboard
            drafts: window.drafts
            bucketColors: window.bucketColors
        }

        Loader {
            active: window.visitedPages.includes(1)
            sourceComponent: BillsPage {
                bills: window.bills
                details: window.billDetails
                bucketColors: window.bucketColors
            }
        }

        Loader {
            active: window.visitedPages.includes(2)
            sourceComponent: ClientsPage {
                clients: window.clients
                details: window.clientDetails
                bucketColors: window.bucketColors
                onOpenBillRequested: (billId) => {
                    window.billDetails.billId = billId
                    window.currentPage = 1
                }
            }
        }

        Loader {
            active: window.visitedPages.includes(3)
            sourceComponent: CashPage {
                cash: window.cash
                assistant: window.assistant
            }
        }

        Loader {
            active: window.visitedPages.includes(4)
            sourceComponent: CallsPage {
                calls: window.calls
            }
        }

        // Activity page (index 5).
        Loader {
            active: window.visitedPages.includes(5)
            sourceComponent: ActivityPage {
                activity: window.activity
            }
        }

        // Settings page (index 6).
        Loader {
            active: window.visitedPages.includes(6)
            sourceComponent: SettingsPage {
                business: window.business
                policies: window.policies
                templates: window.templates
                channels: window.channels
                assistant: window.assistant
                backups: window.backups
            }
        }
    }
}
