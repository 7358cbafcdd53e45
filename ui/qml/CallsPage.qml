import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// The bills worth a phone call today, best first: who to ring, on which number, what they owe and what was
// said last.
Item {
    id: page

    required property CallQueueModel calls

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"
    readonly property color alertColor: "#c8553d"

    function overdueText(days) {
        // Spelled out like the Bills page: the %n forms need an English .ts entry for every new string.
        if (days === 1)
            return qsTr("1 day overdue")
        if (days > 1)
            return qsTr("%1 days overdue").arg(days)
        return qsTr("Not overdue yet")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 24
        anchors.leftMargin: 24
        anchors.rightMargin: 24
        spacing: 12

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: qsTr("Worth a call today")
                font.pixelSize: 20
                font.weight: Font.DemiBold
            }
            Label {
                text: qsTr("%n bill(s) where a friendly phone call will help most: large balances (%1 or more), long overdue, or every reminder already sent. Best first.",
                           "", page.calls.total).arg(page.calls.thresholdText)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                opacity: 0.6
            }
            Label {
                objectName: "callsShownNote"
                visible: page.calls.total > page.calls.count
                text: qsTr("Showing the %1 most urgent; the others come up as these are settled.").arg(page.calls.count)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                opacity: 0.6
            }
        }

        Label {
            visible: page.calls.lastError.length > 0
            text: page.calls.lastError
            color: page.alertColor
        }

        Label {
            visible: page.calls.count === 0
            text: qsTr("Nobody needs a call today. DueDesk lists a bill here when it is large, long overdue or every reminder has gone out.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.topMargin: 24
            opacity: 0.7
        }

        ListView {
            id: list
            objectName: "callList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: page.calls
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Bills worth a phone call")
            ScrollBar.vertical: ScrollBar { }
            footer: Item { width: 1; height: 24 }

            delegate: Card {
                id: entry
                required property int index
                required property string clientName
                required property string billNumber
                required property string phone
                required property string balanceText
                required property int daysOverdue
                required property string clientOutstandingText
                required property string lastPaymentText
                required property var lastMessages
                required property string why

                width: ListView.view.width - 12
                padding: 16
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, bill %2, %3 owed, %4. Phone %5.")
                                 .arg(clientName).arg(billNumber).arg(balanceText).arg(page.overdueText(daysOverdue))
                                 .arg(phone.length > 0 ? phone : qsTr("unknown"))

                RowLayout {
                    anchors.fill: parent
                    spacing: 20

                    // Rank.
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        implicitWidth: 30
                        implicitHeight: 30
                        radius: 15
                        color: entry.index === 0 ? "#2f8f83" : (page.dark ? "#2d3b44" : "#eef3f4")
                        Label {
                            anchors.centerIn: parent
                            text: entry.index + 1
                            font.weight: Font.DemiBold
                            color: entry.index === 0 ? "white" : entry.Material.foreground
                        }
                    }

                    // Who and on which number.
                    ColumnLayout {
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 250
                        Layout.maximumWidth: 250
                        Layout.fillWidth: false
                        spacing: 4
                        Label {
                            text: entry.clientName
                            font.pixelSize: 16
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "phone"
                            text: entry.phone.length > 0 ? entry.phone : qsTr("No phone number")
                            font.pixelSize: entry.phone.length > 0 ? 22 : 14
                            font.weight: entry.phone.length > 0 ? Font.DemiBold : Font.Normal
                            color: entry.phone.length > 0 ? "#2f8f83" : entry.Material.foreground
                            opacity: entry.phone.length > 0 ? 1 : 0.6
                            Accessible.name: qsTr("Phone number %1").arg(text)
                        }
                        Label {
                            Layout.topMargin: 2
                            Layout.maximumWidth: 250
                            text: entry.why
                            font.pixelSize: 12
                            color: page.alertColor
                            wrapMode: Text.WordWrap
                            leftPadding: 8
                            rightPadding: 8
                            topPadding: 3
                            bottomPadding: 3
                            background: Rectangle {
                                radius: 10
                                color: page.dark ? "#3a2e28" : "#fbeee9"
                            }
                        }
                    }

                    // What is owed.
                    ColumnLayout {
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 280
                        Layout.maximumWidth: 280
                        Layout.fillWidth: false
                        spacing: 2
                        Label {
                            text: entry.balanceText
                            font.pixelSize: 22
                            font.weight: Font.DemiBold
                        }
                        Label {
                            text: qsTr("Bill %1 · %2").arg(entry.billNumber).arg(page.overdueText(entry.daysOverdue))
                            color: entry.daysOverdue > 60 ? page.alertColor : entry.Material.foreground
                            opacity: entry.daysOverdue > 60 ? 1 : 0.7
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Owes %1 in all").arg(entry.clientOutstandingText)
                            font.pixelSize: 12
                            opacity: 0.6
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: entry.lastPaymentText.length > 0 ? qsTr("Last paid %1").arg(entry.lastPaymentText)
                                                                 : qsTr("No payment yet")
                            font.pixelSize: 12
                            opacity: 0.6
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }

                    // What was said last.
                    ColumnLayout {
                        Layout.alignment: Qt.AlignTop
                        Layout.fillWidth: true
                        Layout.minimumWidth: 160
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Last messages")
                            font.pixelSize: 11
                            font.capitalization: Font.AllUppercase
                            font.letterSpacing: 0.8
                            opacity: 0.55
                        }
                        Label {
                            visible: entry.lastMessages.length === 0
                            text: qsTr("No messages yet")
                            font.pixelSize: 12
                            opacity: 0.6
                        }
                        Repeater {
                            model: entry.lastMessages
                            delegate: RowLayout {
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 8
                                Label {
                                    Layout.alignment: Qt.AlignTop
                                    Layout.preferredWidth: 145
                                    text: (modelData.inbound ? "← " : "→ ") + modelData.when + " · " + modelData.channel
                                    font.pixelSize: 11
                                    opacity: 0.55
                                    elide: Text.ElideRight
                                    Accessible.name: modelData.inbound ? qsTr("From the client, %1, %2").arg(modelData.when).arg(modelData.channel)
                                                                       : qsTr("To the client, %1, %2").arg(modelData.when).arg(modelData.channel)
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: modelData.body
                                    font.pixelSize: 12
                                    font.italic: modelData.inbound
                                    opacity: 0.8
                                    elide: Text.ElideRight
                                    maximumLineCount: 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
