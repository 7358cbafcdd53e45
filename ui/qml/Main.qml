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
    // Calm colours for the aging buckets: not due, 1-30, 31-60, 61-90, 90+.
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
            TabBar {
                id: navigation
                objectName: "navigation"
                Layout.alignment: Qt.AlignBottom
                Layout.preferredWidth: 520
                background: Item { }
                Accessible.name: qsTr("Pages")
                TabButton {
                    objectName: "dashboardTab"
                    text: qsTr("Dashboard")
                    Accessible.name: qsTr("Show the dashboard")
                }
                TabButton {
                    objectName: "billsTab"
                    text: qsTr("Bills")
                    Accessible.name: qsTr("Show the list of bills")
                }
                TabButton {
                    objectName: "cashTab"
                    text: qsTr("Cash")
                    Accessible.name: qsTr("Show this week's cash")
                }
                TabButton {
                    objectName: "callsTab"
                    text: qsTr("Calls")
                    Accessible.name: qsTr("Show the bills worth a phone call")
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Refresh")
                flat: true
                Layout.alignment: Qt.AlignBottom
                Accessible.name: qsTr("Refresh the figures")
                onClicked: {
                    window.drafts.refresh()
                    window.dashboard.refresh()
                    window.bills.refresh()
                    window.billDetails.refresh()
                    window.cash.refresh()
                    window.calls.refresh()
                }
            }
        }
    }

    // Four pages, chosen in the header: the dashboard, the list of bills, this week's cash and the call queue.
    StackLayout {
        id: pages
        anchors.fill: parent
        currentIndex: navigation.currentIndex

        ScrollView {
            id: scroll
            contentWidth: availableWidth

            ColumnLayout {
                width: scroll.availableWidth
                spacing: 20

                Item { Layout.preferredHeight: 8 }

                RowLayout {
                    Layout.leftMargin: 24
                    Layout.rightMargin: 24
                    spacing: 16
                    SummaryCard {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        title: qsTr("Outstanding")
                        value: window.dashboard.outstandingText
                        detail: qsTr("Everything clients still owe you in %1").arg(window.dashboard.currency)
                        accent: "#7a9eb1"
                    }
                    SummaryCard {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        title: qsTr("Overdue")
                        value: window.dashboard.overdueText
                        detail: qsTr("%n bill(s) past their due date", "", window.dashboard.overdueCount)
                        accent: window.dashboard.overdueCount > 0 ? "#c8553d" : "#2f8f83"
                    }
                }

                Label {
                    Layout.leftMargin: 24
                    text: qsTr("How late is the money?")
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                }

                // The outstanding total split by age, as one proportional bar.
                Rectangle {
                    id: agingBar
                    Layout.leftMargin: 24
                    Layout.rightMargin: 24
                    Layout.fillWidth: true
                    Layout.preferredHeight: 14
                    radius: 7
                    clip: true
                    color: window.Material.theme === Material.Dark ? "#33424a" : "#e6ebee"
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Share of the outstanding total in each age bucket")
                    Row {
                        anchors.fill: parent
                        Repeater {
                            model: window.dashboard.buckets
                            delegate: Rectangle {
                                required property var modelData
                                required property int index
                                width: agingBar.width * modelData.share
                                height: agingBar.height
                                color: window.bucketColors[index]
                            }
                        }
                    }
                }

                GridLayout {
                    Layout.leftMargin: 24
                    Layout.rightMargin: 24
                    Layout.fillWidth: true
                    columns: width > 900 ? 5 : 3
                    columnSpacing: 12
                    rowSpacing: 12
                    Repeater {
                        model: window.dashboard.buckets
                        delegate: BucketCard {
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            label: modelData.label
                            amount: modelData.amountText
                            count: modelData.count
                            accent: window.bucketColors[index]
                        }
                    }
                }

                RowLayout {
                    Layout.leftMargin: 24
                    Layout.rightMargin: 24
                    Layout.topMargin: 8
                    Label {
                        text: window.drafts.count > 0 ? qsTr("Waiting for your approval (%1)").arg(window.drafts.count)
                                                      : qsTr("Waiting for your approval")
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                    }
                    Button {
                        visible: window.drafts.count > 1
                        text: qsTr("Approve all")
                        flat: true
                        highlighted: true
                        Accessible.name: qsTr("Approve every reminder in the list")
                        onClicked: window.drafts.approveAll()
                    }
                }
                Label {
                    Layout.leftMargin: 24
                    Layout.rightMargin: 24
                    visible: window.drafts.count === 0
                    text: qsTr("Nothing is waiting for you. DueDesk drafts a reminder when one falls due, and nothing is sent until you approve it.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    opacity: 0.7
                }
                Label {
                    Layout.leftMargin: 24
                    visible: window.drafts.lastError.length > 0
                    text: window.drafts.lastError
                    color: "#c8553d"
                }
                Repeater {
                    model: window.drafts
                    delegate: DraftCard {
                        Layout.leftMargin: 24
                        Layout.rightMargin: 24
                        Layout.fillWidth: true
                        onApproveRequested: (row) => window.drafts.approve(row)
                        onSkipRequested: (row) => window.drafts.skip(row)
                        onEditSaved: (row, text) => window.drafts.edit(row, text)
                    }
                }

                Label {
                    Layout.leftMargin: 24
                    visible: window.dashboard.otherCurrencies.length > 0
                    text: qsTr("Other currencies")
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: window.dashboard.otherCurrencies
                    delegate: Label {
                        required property var modelData
                        Layout.leftMargin: 24
                        text: qsTr("%1: %2 outstanding, %3 overdue in %n bill(s)", "", modelData.overdueCount)
                              .arg(modelData.currency).arg(modelData.outstandingText).arg(modelData.overdueText)
                        opacity: 0.8
                    }
                }

                Item { Layout.preferredHeight: 16 }
            }
        }

        BillsPage {
            bills: window.bills
            details: window.billDetails
            bucketColors: window.bucketColors
        }

        CashPage {
            cash: window.cash
        }

        CallsPage {
            calls: window.calls
        }
    }
}
