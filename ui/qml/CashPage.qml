import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// This week's cash: the headline figures, the last twelve weeks as a bar chart, the payments promised this
// week and the clients who owe the most.
ScrollView {
    id: page

    required property CashModel cash
    required property OwnerAssistant assistant

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"
    readonly property color outstandingColor: "#7a9eb1"
    readonly property color overdueColor: "#c8553d"
    readonly property color paidColor: "#2f8f83"

    // A round top for the chart's scale: 1, 2 or 5 times a power of ten.
    function niceMax(v) {
        if (v <= 0)
            return 1
        const p = Math.pow(10, Math.floor(Math.log10(v)))
        const n = v / p
        return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p
    }
    function axisText(v) {
        if (v >= 1000000)
            return Number(v / 1000000).toLocaleString(Qt.locale(), "f", v % 1000000 === 0 ? 0 : 1) + qsTr("M", "millions")
        if (v >= 1000)
            return Number(v / 1000).toLocaleString(Qt.locale(), "f", v % 1000 === 0 ? 0 : 1) + qsTr("k", "thousands")
        // A quiet book's scale runs from 0 to 1: its steps need their decimals.
        return Number(v).toLocaleString(Qt.locale(), "f", Number.isInteger(v) ? 0 : 2)
    }

    contentWidth: availableWidth

    ColumnLayout {
        width: page.availableWidth
        spacing: 20

        Item { Layout.preferredHeight: 4 }

        RowLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("This week's cash")
                    font.pixelSize: 20
                    font.weight: Font.DemiBold
                }
                Label {
                    text: page.cash.weekText
                    opacity: 0.6
                }
            }
            Item { Layout.fillWidth: true }
            ColumnLayout {
                spacing: 2
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                Button {
                    objectName: "cashSendToChat"
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Send to my phone now")
                    flat: true
                    highlighted: true
                    enabled: page.assistant.canSendNow
                    ToolTip.visible: hovered && !enabled
                    ToolTip.text: qsTr("Pair your phone with your assistant in Settings > Channels first.")
                    onClicked: page.assistant.sendSnapshotNow()
                }
                Label {
                    objectName: "cashSendResult"
                    Layout.alignment: Qt.AlignRight
                    Layout.maximumWidth: 320
                    visible: page.assistant.sendResult !== ""
                    text: page.assistant.sendResult
                    opacity: 0.75
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignRight
                }
            }
        }

        Label {
            Layout.leftMargin: 24
            visible: page.cash.lastError.length > 0
            text: page.cash.lastError
            color: page.overdueColor
        }

        GridLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            columns: width > 960 ? 4 : 2
            columnSpacing: 16
            rowSpacing: 16
            SummaryCard {
                objectName: "cashOutstanding"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Outstanding")
                value: page.cash.outstandingText
                detail: qsTr("Money usually takes about %1 days to come in").arg(page.cash.dsoText)
                accent: page.outstandingColor
            }
            SummaryCard {
                objectName: "cashOverdue"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Overdue")
                value: page.cash.overdueText
                detail: qsTr("Past the due date")
                accent: page.overdueColor
            }
            SummaryCard {
                objectName: "cashPaid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Paid this week")
                value: page.cash.paidText
                detail: qsTr("Payments received since Monday")
                accent: page.paidColor
            }
            SummaryCard {
                objectName: "cashPromised"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Promised this week")
                value: page.cash.promisedText
                detail: qsTr("%n payment(s) promised by clients", "", page.cash.promised.length)
                accent: "#e0a458"
            }
        }

        // The last twelve weeks and this one: three bars a week.
        Card {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 12

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 16
                    Label {
                        text: qsTr("The last 12 weeks")
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: [
                            { label: qsTr("Outstanding"), color: page.outstandingColor },
                            { label: qsTr("Overdue"), color: page.overdueColor },
                            { label: qsTr("Paid"), color: page.paidColor }
                        ]
                        delegate: RowLayout {
                            required property var modelData
                            spacing: 6
                            Rectangle {
                                implicitWidth: 10
                                implicitHeight: 10
                                radius: 3
                                color: modelData.color
                            }
                            Label {
                                text: modelData.label
                                font.pixelSize: 12
                                opacity: 0.8
                            }
                        }
                    }
                }

                Item {
                    id: chart
                    objectName: "cashChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 240
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Outstanding, overdue and paid for each of the last 12 weeks")

                    readonly property real scaleMax: page.niceMax(page.cash.trendMax)
                    readonly property real axisWidth: 48
                    readonly property real labelHeight: 22
                    readonly property real plotHeight: height - labelHeight
                    readonly property real groupWidth: (width - axisWidth) / Math.max(1, page.cash.trend.length)

                    // Gridlines with their amounts.
                    Repeater {
                        model: 5
                        delegate: Item {
                            required property int index
                            readonly property real value: chart.scaleMax * index / 4
                            x: 0
                            y: chart.plotHeight - chart.plotHeight * index / 4
                            width: chart.width
                            Rectangle {
                                x: chart.axisWidth
                                width: parent.width - chart.axisWidth
                                height: 1
                                color: page.hairline
                            }
                            Label {
                                anchors.verticalCenter: parent.top
                                width: chart.axisWidth - 8
                                horizontalAlignment: Text.AlignRight
                                text: page.axisText(parent.value)
                                font.pixelSize: 11
                                opacity: 0.55
                            }
                        }
                    }

                    Row {
                        x: chart.axisWidth
                        height: chart.height
                        Repeater {
                            model: page.cash.trend
                            delegate: Item {
                                id: week
                                required property var modelData
                                width: chart.groupWidth
                                height: chart.height
                                Accessible.role: Accessible.StaticText
                                Accessible.name: qsTr("%1: outstanding %2, overdue %3, paid %4")
                                                 .arg(modelData.weekLabel).arg(modelData.outstandingText)
                                                 .arg(modelData.overdueText).arg(modelData.paidText)

                                Rectangle {
                                    visible: week.modelData.current || hover.hovered
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    width: parent.width - 4
                                    height: chart.plotHeight
                                    radius: 6
                                    color: page.dark ? "#2d3b44" : "#f1f5f6"
                                }
                                Row {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    y: 0
                                    height: chart.plotHeight
                                    spacing: 2
                                    Repeater {
                                        model: [
                                            { v: week.modelData.outstanding, c: page.outstandingColor },
                                            { v: week.modelData.overdue, c: page.overdueColor },
                                            { v: week.modelData.paid, c: page.paidColor }
                                        ]
                                        delegate: Item {
                                            required property var modelData
                                            width: Math.min(16, Math.max(4, (chart.groupWidth - 16) / 3))
                                            height: chart.plotHeight
                                            Rectangle {
                                                anchors.bottom: parent.bottom
                                                width: parent.width
                                                height: Math.max(modelData.v > 0 ? 2 : 0,
                                                                 chart.plotHeight * modelData.v / chart.scaleMax)
                                                radius: Math.min(3, width / 2)
                                                color: modelData.c
                                                Behavior on height { NumberAnimation { duration: 250; easing.type: Easing.OutCubic } }
                                            }
                                        }
                                    }
                                }
                                Label {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    anchors.bottom: parent.bottom
                                    width: parent.width
                                    horizontalAlignment: Text.AlignHCenter
                                    text: week.modelData.weekLabel
                                    font.pixelSize: 11
                                    font.weight: week.modelData.current ? Font.DemiBold : Font.Normal
                                    opacity: week.modelData.current ? 0.9 : 0.6
                                    elide: Text.ElideRight
                                }
                                HoverHandler { id: hover }
                                ToolTip.visible: hover.hovered
                                ToolTip.delay: 300
                                ToolTip.text: qsTr("%1\nOutstanding: %2\nOverdue: %3\nPaid: %4")
                                              .arg(modelData.weekLabel).arg(modelData.outstandingText)
                                              .arg(modelData.overdueText).arg(modelData.paidText)
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            spacing: 16

            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10
                    Label {
                        text: qsTr("Promised this week")
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                    }
                    Label {
                        visible: page.cash.promised.length === 0
                        text: qsTr("No client has promised to pay this week.")
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        opacity: 0.7
                    }
                    Repeater {
                        model: page.cash.promised
                        delegate: RowLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 12
                            Label {
                                text: modelData.dateText
                                opacity: 0.6
                                Layout.preferredWidth: 80
                            }
                            ColumnLayout {
                                spacing: 0
                                Layout.fillWidth: true
                                Label {
                                    text: modelData.clientName
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: qsTr("Bill %1").arg(modelData.billNumber)
                                    font.pixelSize: 12
                                    opacity: 0.6
                                }
                            }
                            Label {
                                text: modelData.amountText
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10
                    Label {
                        text: qsTr("Who owes the most")
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                    }
                    Label {
                        visible: page.cash.topDebtors.length === 0
                        text: qsTr("Nobody owes you anything. Well done!")
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        opacity: 0.7
                    }
                    Repeater {
                        model: page.cash.topDebtors
                        delegate: RowLayout {
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            spacing: 12
                            Rectangle {
                                implicitWidth: 26
                                implicitHeight: 26
                                radius: 13
                                color: page.dark ? "#2d3b44" : "#eef3f4"
                                Label {
                                    anchors.centerIn: parent
                                    text: index + 1
                                    font.pixelSize: 12
                                    font.weight: Font.DemiBold
                                }
                            }
                            ColumnLayout {
                                spacing: 0
                                Layout.fillWidth: true
                                Label {
                                    text: modelData.clientName
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: modelData.overdueMinor > 0
                                          ? qsTr("%1 overdue · %n bill(s)", "", modelData.bills).arg(modelData.overdueText)
                                          : qsTr("Nothing overdue · %n bill(s)", "", modelData.bills)
                                    font.pixelSize: 12
                                    color: modelData.overdueMinor > 0 ? page.overdueColor : page.Material.foreground
                                    opacity: modelData.overdueMinor > 0 ? 0.9 : 0.6
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            Label {
                                text: modelData.outstandingText
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                }
            }
        }

        Item { Layout.preferredHeight: 16 }
    }
}
