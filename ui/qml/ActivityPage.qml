import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// The audit trail: everything DueDesk, the message service and the owner did, newest first, in plain words,
// grouped by day. Search, a kind of entry and a period narrow it; "Verify trail" checks that no entry was
// changed or removed since it was written.
Item {
    id: page

    required property ActivityModel activity

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"
    readonly property color goodColor: "#2f8f83"
    readonly property color badColor: "#c8553d"
    // At the window's smallest the filters give the search more room.
    readonly property bool narrow: width < 700

    function categoryColor(category) {
        switch (category) {
        case "reminders": return "#4f7c99"
        case "messages": return "#7a9eb1"
        case "payments": return "#2f8f83"
        case "replies": return "#c98a2e"
        case "bills": return "#d9783f"
        default: return "#7d8b93"
        }
    }

    // Shows the entry that broke the chain, whatever the filters were.
    function showBrokenEntry() {
        search.text = ""
        kindBox.currentIndex = 0
        periodBox.currentIndex = -1
        const row = page.activity.showEntry(page.activity.brokenEntryId)
        if (row >= 0) {
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Center)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        // Title, and the chain check.
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("Activity")
                    font.pixelSize: 20
                    font.weight: Font.DemiBold
                }
                Label {
                    text: qsTr("Everything DueDesk and you have done, newest first")
                    opacity: 0.6
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            Button {
                objectName: "verifyChain"
                text: qsTr("Verify trail")
                flat: true
                highlighted: true
                enabled: page.activity.verifyState !== ActivityModel.Checking
                Accessible.name: qsTr("Check that no entry was changed or removed")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Check that no entry was changed or removed since it was recorded")
                onClicked: page.activity.verifyChain()
            }
        }

        // The outcome of the last check.
        Rectangle {
            id: banner
            objectName: "verifyBanner"
            readonly property color tint: page.activity.verifyState === ActivityModel.Intact ? page.goodColor
                                        : page.activity.verifyState === ActivityModel.Broken ? page.badColor : "#7d8b93"
            visible: page.activity.verifyState !== ActivityModel.NotChecked
            Layout.fillWidth: true
            implicitHeight: bannerRow.implicitHeight + 20
            radius: 10
            color: Qt.rgba(tint.r, tint.g, tint.b, page.dark ? 0.22 : 0.1)
            border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.35)

            RowLayout {
                id: bannerRow
                anchors.fill: parent
                anchors.leftMargin: 14
                anchors.rightMargin: 8
                spacing: 10
                BusyIndicator {
                    visible: page.activity.verifyState === ActivityModel.Checking
                    running: visible
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                }
                Label {
                    visible: page.activity.verifyState !== ActivityModel.Checking
                    text: page.activity.verifyState === ActivityModel.Intact ? "✓" : "!"
                    font.pixelSize: 18
                    font.weight: Font.Bold
                    color: banner.tint
                }
                Label {
                    objectName: "verifyText"
                    text: page.activity.verifyText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    color: page.activity.verifyState === ActivityModel.Broken
                           ? (page.dark ? Qt.lighter(page.badColor, 1.4) : Qt.darker(page.badColor, 1.2))
                           : page.Material.foreground
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    objectName: "showBrokenEntry"
                    visible: page.activity.verifyState === ActivityModel.Broken && page.activity.brokenEntryId > 0
                    text: qsTr("Show entry")
                    flat: true
                    Accessible.name: qsTr("Show the entry that does not check out")
                    onClicked: page.showBrokenEntry()
                }
            }
        }

        // Search and filters.
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            TextField {
                id: search
                objectName: "activitySearch"
                Layout.fillWidth: true
                Layout.minimumWidth: 140
                placeholderText: page.narrow ? qsTr("Search") : qsTr("Search by client, bill or what happened")
                selectByMouse: true
                Accessible.name: qsTr("Search the activity")
                onTextChanged: searchDelay.restart()
                Keys.onReturnPressed: { searchDelay.stop(); page.activity.filterText = text }
                Timer {
                    id: searchDelay
                    interval: 250
                    onTriggered: page.activity.filterText = search.text
                }
            }
            ComboBox {
                id: kindBox
                objectName: "activityKind"
                Layout.preferredWidth: page.narrow ? 150 : 190
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Show activity of this kind")
                model: [
                    { value: "", text: qsTr("Everything") },
                    { value: "reminders", text: qsTr("Reminders") },
                    { value: "messages", text: qsTr("Messages sent") },
                    { value: "payments", text: qsTr("Payments and promises") },
                    { value: "replies", text: qsTr("Replies") },
                    { value: "bills", text: qsTr("Bill changes") },
                    { value: "other", text: qsTr("Settings and other") }
                ]
                onActivated: page.activity.kindFilter = currentValue
            }
            ComboBox {
                id: periodBox
                objectName: "activityPeriod"
                Layout.preferredWidth: page.narrow ? 130 : 160
                textRole: "text"
                valueRole: "value"
                // A period set elsewhere ("Show entry", a custom range) shows as its dates.
                displayText: currentIndex < 0 ? page.activity.dateRangeText : currentText
                Accessible.name: qsTr("Show activity from this period")
                model: [
                    { value: 0, text: qsTr("Any time") },
                    { value: 1, text: qsTr("Today") },
                    { value: 7, text: qsTr("Last 7 days") },
                    { value: 30, text: qsTr("Last 30 days") },
                    { value: 365, text: qsTr("Last 12 months") }
                ]
                onActivated: page.activity.showLastDays(currentValue)
            }
        }

        Label {
            objectName: "activityCount"
            text: page.activity.totalCount === 1
                  ? qsTr("1 entry")
                  : qsTr("%1 entries").arg(Number(page.activity.totalCount).toLocaleString(Qt.locale(), "f", 0))
            opacity: 0.65
        }

        // The entries, on a card.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: 12
            color: page.dark ? "#26323a" : "#ffffff"
            border.color: page.hairline
            clip: true

            ListView {
                id: list
                objectName: "activityList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: page.activity
                boundsBehavior: Flickable.StopAtBounds
                reuseItems: true
                keyNavigationEnabled: true
                activeFocusOnTab: true
                currentIndex: -1
                Accessible.name: qsTr("Activity")
                ScrollBar.vertical: ScrollBar { }

                section.property: "dayText"
                section.delegate: Rectangle {
                    required property string section
                    width: ListView.view.width
                    height: 34
                    color: page.dark ? "#223038" : "#f7f9fa"
                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        x: 20
                        width: parent.width - 40
                        text: parent.section
                        font.pixelSize: 12
                        font.weight: Font.DemiBold
                        opacity: 0.7
                        elide: Text.ElideRight
                    }
                }

                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property var entryId
                    required property string sentence
                    required property string timeText
                    required property string actorText
                    required property string category

                    readonly property bool broken: page.activity.brokenEntryId === entryId
                                                   && page.activity.verifyState === ActivityModel.Broken

                    objectName: "activityRow_" + entryId
                    width: ListView.view.width
                    height: 56
                    padding: 0
                    highlighted: ListView.isCurrentItem
                    Accessible.name: qsTr("%1, %2, by %3").arg(sentence).arg(timeText).arg(actorText)
                    onClicked: list.currentIndex = index

                    background: Rectangle {
                        color: row.broken ? Qt.rgba(0.78, 0.33, 0.24, page.dark ? 0.28 : 0.1)
                                          : row.highlighted ? (page.dark ? "#2d4a47" : "#e6f3f1")
                                          : row.hovered ? (page.dark ? "#2b3840" : "#f5f8f9") : "transparent"
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
                        spacing: 14
                        Rectangle {
                            Layout.leftMargin: 20
                            implicitWidth: 10
                            implicitHeight: 10
                            radius: 5
                            color: row.broken ? page.badColor : page.categoryColor(row.category)
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                text: row.sentence
                                font.pixelSize: 14
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: row.actorText
                                font.pixelSize: 12
                                opacity: 0.6
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            Layout.rightMargin: 20
                            text: row.timeText
                            font.pixelSize: 12
                            opacity: 0.65
                        }
                    }
                }

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 80
                    visible: page.activity.totalCount === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: page.activity.filtered
                          ? qsTr("Nothing matches. Try a shorter search, another kind or a longer period.")
                          : qsTr("Nothing has happened yet. Reminders, payments and replies show up here.")
                    opacity: 0.65
                }
            }
        }
    }
}
