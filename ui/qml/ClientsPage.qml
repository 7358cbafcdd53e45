import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// Every client: a searchable, sortable list on the left and the chosen client's panel on the right. In a narrow
// window the list and the panel take turns: choosing a client opens the panel, its back button returns to the list.
Item {
    id: page

    required property ClientListModel clients
    required property ClientDetails details
    required property list<color> bucketColors

    // The owner asked to see a bill on the Bills page.
    signal openBillRequested(var billId)

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"
    readonly property bool narrow: width < 820
    readonly property bool showList: !narrow || !details.valid
    readonly property bool showPanel: !narrow || details.valid

    RowLayout {
        anchors.fill: parent
        anchors.margins: page.narrow ? 16 : 24
        spacing: 16

        ColumnLayout {
            visible: page.showList
            Layout.fillWidth: page.narrow
            Layout.preferredWidth: page.narrow ? -1 : Math.max(300, Math.min(380, page.width * 0.36))
            Layout.maximumWidth: page.narrow ? Number.POSITIVE_INFINITY : 380
            Layout.fillHeight: true
            spacing: 12

            TextField {
                id: search
                objectName: "clientSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search by name, email or phone")
                selectByMouse: true
                Accessible.name: qsTr("Search clients")
                onTextChanged: searchDelay.restart()
                Keys.onReturnPressed: { searchDelay.stop(); page.clients.filterText = text }
                Keys.onDownPressed: { list.forceActiveFocus(); if (list.currentIndex < 0) list.currentIndex = 0 }
                Timer {
                    id: searchDelay
                    interval: 250
                    onTriggered: page.clients.filterText = search.text
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    objectName: "clientCount"
                    text: page.clients.count === 1 ? qsTr("1 client")
                                                   : qsTr("%1 clients").arg(Number(page.clients.count).toLocaleString(Qt.locale(), "f", 0))
                    opacity: 0.65
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                ComboBox {
                    id: sortBox
                    objectName: "clientSort"
                    flat: true
                    Layout.preferredWidth: 170
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Sort clients by")
                    model: [
                        { value: ClientListModel.NameAscending, text: qsTr("Name A–Z") },
                        { value: ClientListModel.OutstandingDescending, text: qsTr("Most owed") },
                        { value: ClientListModel.OverdueDescending, text: qsTr("Most overdue") }
                    ]
                    onActivated: page.clients.sort = currentValue
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: 12
                color: page.dark ? "#26323a" : "#ffffff"
                border.color: page.hairline
                clip: true

                ListView {
                    id: list
                    objectName: "clientList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: page.clients
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    currentIndex: -1
                    Accessible.name: qsTr("Clients")
                    ScrollBar.vertical: ScrollBar { }
                    // Arrow keys move through the clients and show each one.
                    onCurrentIndexChanged: {
                        if (activeFocus && currentItem)
                            page.details.clientId = currentItem.clientId
                    }

                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property var clientId
                        required property string name
                        required property string company
                        required property string segment
                        required property string segmentText
                        required property string outstandingText
                        required property var outstandingMinor
                        required property string overdueText
                        required property var overdueMinor
                        required property int openBills
                        required property string lastContactText
                        required property string flag

                        readonly property bool selected: page.details.clientId === clientId

                        objectName: "clientRow_" + clientId
                        width: ListView.view.width
                        height: 68
                        padding: 0
                        Accessible.name: qsTr("%1, owes %2").arg(name).arg(outstandingText)
                        onClicked: {
                            list.currentIndex = index
                            page.details.clientId = clientId
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
                                x: 16
                                width: parent.width - 32
                                height: 1
                                color: page.hairline
                                opacity: 0.7
                            }
                        }

                        contentItem: RowLayout {
                            spacing: 10
                            ColumnLayout {
                                Layout.fillWidth: true
                                Layout.minimumWidth: 80
                                Layout.leftMargin: 16
                                spacing: 2
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: 6
                                    Label {
                                        text: row.name
                                        font.pixelSize: 14
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    Rectangle {
                                        visible: row.flag.length > 0
                                        implicitWidth: 8
                                        implicitHeight: 8
                                        radius: 4
                                        color: "#c98a2e"
                                        Accessible.name: qsTr("Needs your attention")
                                    }
                                }
                                Label {
                                    text: row.company.length > 0 ? row.company + " · " + row.segmentText : row.segmentText
                                    font.pixelSize: 12
                                    opacity: 0.6
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: row.lastContactText.length > 0 ? qsTr("Last contact: %1").arg(row.lastContactText)
                                                                         : qsTr("No messages yet")
                                    font.pixelSize: 11
                                    opacity: 0.5
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            // The figures keep their full width; the name and company give way.
                            ColumnLayout {
                                Layout.rightMargin: 16
                                Layout.minimumWidth: implicitWidth
                                spacing: 2
                                Label {
                                    text: row.outstandingText
                                    font.weight: Font.DemiBold
                                    opacity: row.outstandingMinor > 0 ? 1 : 0.45
                                    horizontalAlignment: Text.AlignRight
                                    elide: Text.ElideLeft
                                    Layout.fillWidth: true
                                }
                                Label {
                                    visible: row.overdueMinor > 0
                                    text: qsTr("%1 overdue").arg(row.overdueText)
                                    font.pixelSize: 12
                                    color: "#c8553d"
                                    horizontalAlignment: Text.AlignRight
                                    elide: Text.ElideLeft
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: row.openBills === 0 ? qsTr("Nothing owed")
                                        : row.openBills === 1 ? qsTr("1 open bill")
                                        : qsTr("%1 open bills").arg(row.openBills)
                                    font.pixelSize: 11
                                    opacity: 0.5
                                    horizontalAlignment: Text.AlignRight
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 48
                        visible: page.clients.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        text: page.clients.bookClientCount > 0 ? qsTr("No clients match. Try a shorter search.")
                                                               : qsTr("No clients yet. Clients you add or import show up here.")
                        opacity: 0.65
                    }
                }
            }
        }

        ClientPanel {
            objectName: "clientPanel"
            visible: page.showPanel && page.details.valid
            details: page.details
            bucketColors: page.bucketColors
            narrow: page.narrow
            Layout.fillWidth: true
            Layout.fillHeight: true
            onCloseRequested: {
                page.details.clientId = 0
                list.currentIndex = -1
            }
            onOpenBillRequested: (billId) => page.openBillRequested(billId)
        }

        // Nothing chosen yet (wide windows only: narrow ones show just the list).
        Card {
            visible: page.showPanel && !page.details.valid
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 40, 320)
                spacing: 8
                Label {
                    text: qsTr("Choose a client")
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Their contacts, the channels they agreed to, their bills and every message with them show up here.")
                    wrapMode: Text.WordWrap
                    opacity: 0.65
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
        }
    }
}
