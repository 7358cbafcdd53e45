import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// Every bill of the book: search, filter by age and status, sort, and a virtualised list that loads more
// rows as it scrolls. Choosing a bill opens its panel on the right.
Item {
    id: page

    required property BillListModel bills
    required property BillDetails details
    required property list<color> bucketColors

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"
    readonly property var bucketKeys: ["not_due", "1-30", "31-60", "61-90", "90+"]

    function bucketColor(key) {
        const i = bucketKeys.indexOf(key)
        return i < 0 ? "transparent" : bucketColors[i]
    }
    function statusColor(status) {
        switch (status) {
        case "open": return "#4f7c99"
        case "disputed": return "#c98a2e"
        case "paid": return "#2f8f83"
        default: return "#7d8b93"
        }
    }
    function overdueText(days, bucket) {
        if (bucket === "")
            return ""
        // Plurals spelled out: the %n forms need an English .ts entry for every new string.
        if (days === 1)
            return qsTr("1 day overdue")
        if (days > 1)
            return qsTr("%1 days overdue").arg(days)
        if (days === 0)
            return qsTr("Due today")
        if (days === -1)
            return qsTr("Due tomorrow")
        return qsTr("Due in %1 days").arg(-days)
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            // Search, filters and sort.
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                TextField {
                    id: search
                    objectName: "billSearch"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 160
                    placeholderText: qsTr("Search by bill number or client")
                    selectByMouse: true
                    Accessible.name: qsTr("Search bills")
                    onTextChanged: searchDelay.restart()
                    Keys.onReturnPressed: { searchDelay.stop(); page.bills.filterText = text }
                    Timer {
                        id: searchDelay
                        interval: 250
                        onTriggered: page.bills.filterText = search.text
                    }
                }
                ComboBox {
                    id: bucketBox
                    objectName: "bucketFilter"
                    Layout.preferredWidth: 190
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Show bills of this age")
                    model: [
                        { value: "", text: qsTr("Any age") },
                        { value: "not_due", text: qsTr("Not due yet") },
                        { value: "1-30", text: qsTr("1–30 days overdue") },
                        { value: "31-60", text: qsTr("31–60 days overdue") },
                        { value: "61-90", text: qsTr("61–90 days overdue") },
                        { value: "90+", text: qsTr("Over 90 days overdue") }
                    ]
                    onActivated: page.bills.bucketFilter = currentValue
                }
                ComboBox {
                    id: statusBox
                    objectName: "statusFilter"
                    Layout.preferredWidth: 160
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Show bills with this status")
                    model: [
                        { value: "", text: qsTr("Any status") },
                        { value: "open", text: qsTr("Open") },
                        { value: "disputed", text: qsTr("Disputed") },
                        { value: "paid", text: qsTr("Paid") },
                        { value: "written_off", text: qsTr("Written off") },
                        { value: "cancelled", text: qsTr("Cancelled") }
                    ]
                    onActivated: page.bills.statusFilter = currentValue
                }
                ComboBox {
                    id: sortBox
                    objectName: "sortOrder"
                    Layout.preferredWidth: 200
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Sort bills by")
                    model: [
                        { value: BillListModel.DueAscending, text: qsTr("Oldest due first") },
                        { value: BillListModel.DueDescending, text: qsTr("Newest due first") },
                        { value: BillListModel.BalanceDescending, text: qsTr("Largest balance") },
                        { value: BillListModel.ClientName, text: qsTr("Client A–Z") }
                    ]
                    onActivated: page.bills.sort = currentValue
                }
            }

            Label {
                objectName: "billCount"
                text: page.bills.totalCount === 1 ? qsTr("1 bill")
                                                  : qsTr("%1 bills").arg(Number(page.bills.totalCount).toLocaleString(Qt.locale(), "f", 0))
                opacity: 0.65
            }

            // The list, on a card.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: 12
                color: page.dark ? "#26323a" : "#ffffff"
                border.color: page.hairline
                clip: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    // Column titles.
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                        Layout.preferredHeight: 40
                        spacing: 16
                        Label { text: qsTr("Client and bill"); Layout.fillWidth: true; font.pixelSize: 12; opacity: 0.6 }
                        Label { text: qsTr("Due"); Layout.preferredWidth: 90; font.pixelSize: 12; opacity: 0.6 }
                        Label { text: qsTr("Age"); Layout.preferredWidth: 150; font.pixelSize: 12; opacity: 0.6 }
                        Label {
                            text: qsTr("Balance")
                            Layout.preferredWidth: 110
                            horizontalAlignment: Text.AlignRight
                            font.pixelSize: 12
                            opacity: 0.6
                        }
                        Label { text: qsTr("Status"); Layout.preferredWidth: 96; font.pixelSize: 12; opacity: 0.6 }
                    }
                    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: page.hairline }

                    ListView {
                        id: list
                        objectName: "billList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: page.bills
                        boundsBehavior: Flickable.StopAtBounds
                        reuseItems: true
                        keyNavigationEnabled: true
                        activeFocusOnTab: true
                        Accessible.name: qsTr("Bills")
                        ScrollBar.vertical: ScrollBar { }

                        delegate: ItemDelegate {
                            id: row
                            required property int index
                            required property var billId
                            required property string billNumber
                            required property string clientName
                            required property string balanceText
                            required property string dueText
                            required property int daysOverdue
                            required property string bucket
                            required property string status
                            required property string statusText

                            readonly property bool selected: page.details.billId === billId

                            objectName: "billRow_" + billNumber
                            width: ListView.view.width
                            height: 60
                            padding: 0
                            Accessible.name: qsTr("%1, bill %2, %3 owed").arg(clientName).arg(billNumber).arg(balanceText)
                            onClicked: {
                                list.currentIndex = index
                                page.details.billId = billId
                            }

                            background: Rectangle {
                                color: row.selected ? (page.dark ? "#2d4a47" : "#e6f3f1")
                                                    : row.hovered ? (page.dark ? "#2b3840" : "#f5f8f9") : "transparent"
                                Rectangle {
                                    visible: row.selected
                                    width: 3
                                    height: parent.height
                                    color: "#2f8f83"
                                }
                                Rectangle {
                                    anchors.bottom: parent.bottom
                                    x: 20
                                    width: parent.width - 40
                                    height: 1
                                    color: page.hairline
                                    opacity: 0.7
                                }
                            }

                            contentItem: RowLayout {
                                spacing: 16
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    Layout.leftMargin: 20
                                    spacing: 2
                                    Label {
                                        text: row.clientName
                                        font.pixelSize: 14
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: row.billNumber
                                        font.pixelSize: 12
                                        opacity: 0.6
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                }
                                Label {
                                    text: row.dueText
                                    Layout.preferredWidth: 90
                                    elide: Text.ElideRight
                                }
                                RowLayout {
                                    Layout.preferredWidth: 150
                                    Layout.maximumWidth: 150
                                    spacing: 8
                                    Rectangle {
                                        visible: row.bucket !== ""
                                        implicitWidth: 8
                                        implicitHeight: 8
                                        radius: 4
                                        color: page.bucketColor(row.bucket)
                                    }
                                    Label {
                                        text: page.overdueText(row.daysOverdue, row.bucket)
                                        opacity: row.daysOverdue > 0 ? 0.9 : 0.6
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                }
                                Label {
                                    text: row.balanceText
                                    Layout.preferredWidth: 110
                                    horizontalAlignment: Text.AlignRight
                                    font.weight: Font.DemiBold
                                    opacity: row.bucket !== "" ? 1 : 0.5
                                    elide: Text.ElideLeft
                                }
                                Item {
                                    Layout.preferredWidth: 96
                                    Layout.rightMargin: 20
                                    implicitHeight: chip.implicitHeight
                                    Rectangle {
                                        id: chip
                                        readonly property color tint: page.statusColor(row.status)
                                        implicitWidth: Math.min(chipLabel.implicitWidth + 18, 96)
                                        implicitHeight: chipLabel.implicitHeight + 6
                                        width: implicitWidth
                                        height: implicitHeight
                                        radius: height / 2
                                        color: Qt.rgba(tint.r, tint.g, tint.b, page.dark ? 0.28 : 0.13)
                                        Label {
                                            id: chipLabel
                                            anchors.centerIn: parent
                                            width: Math.min(implicitWidth, 96 - 18)
                                            text: row.statusText
                                            elide: Text.ElideRight
                                            font.pixelSize: 12
                                            font.weight: Font.DemiBold
                                            color: page.dark ? Qt.lighter(chip.tint, 1.5) : Qt.darker(chip.tint, 1.15)
                                        }
                                    }
                                }
                            }
                        }

                        Label {
                            anchors.centerIn: parent
                            width: parent.width - 80
                            visible: page.bills.totalCount === 0
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            text: page.bills.filterText.length > 0 || page.bills.bucketFilter.length > 0
                                  || page.bills.statusFilter.length > 0
                                  ? qsTr("No bills match. Try a shorter search or another filter.")
                                  : qsTr("No bills yet. Bills you add or import show up here.")
                            opacity: 0.65
                        }
                    }
                }
            }
        }

        BillPanel {
            objectName: "billPanel"
            details: page.details
            bucketColor: page.bucketColor(page.details.bucket)
            statusColor: page.statusColor(page.details.status)
            visible: page.details.valid
            Layout.preferredWidth: 380
            Layout.maximumWidth: 380
            Layout.fillHeight: true
            onCloseRequested: page.details.billId = 0
        }
    }
}
