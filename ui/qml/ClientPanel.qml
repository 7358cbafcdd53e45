import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// One client beside the list: what they owe and how long they take to pay, then three tabs: their contacts,
// channels and reminder settings; their bills; and the conversation with them on every channel.
Card {
    id: panel

    required property ClientDetails details
    required property list<color> bucketColors
    // In a narrow window the panel replaces the list and offers a way back instead of a close button.
    property bool narrow: false
    // The channel the owner is about to turn back on (asked to confirm first); "" when none.
    property string confirmChannel: ""

    signal closeRequested()
    signal openBillRequested(var billId)

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"
    readonly property color subtle: dark ? "#2b3840" : "#f4f8f8"
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
    function deliveryColor(status) {
        switch (status) {
        case "delivered": case "read": return "#2f8f83"
        case "failed": case "uncertain": return "#c8553d"
        default: return "#7a9eb1"
        }
    }
    function channelName(key) {
        for (const c of details.consents)
            if (c.channel === key)
                return c.name
        return key
    }
    // The combo boxes follow the client (after a change, or another client), once every binding has settled.
    function syncChoices() {
        segmentBox.currentIndex = segmentBox.indexOfValue(details.segment)
        policyBox.currentIndex = policyBox.indexOfValue(details.policyOverrideId)
    }

    // A small headline figure.
    component Figure: ColumnLayout {
        id: figure
        property string title
        property string value
        property string detail
        property color accent: "#7a9eb1"
        spacing: 2
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Accessible.role: Accessible.StaticText
        Accessible.name: title + ": " + value + ". " + detail
        RowLayout {
            spacing: 6
            Rectangle { implicitWidth: 8; implicitHeight: 8; radius: 4; color: figure.accent }
            Label {
                text: figure.title
                font.pixelSize: 11
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 0.8
                opacity: 0.65
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            text: figure.value
            font.pixelSize: 20
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: text.length > 0
            text: figure.detail
            font.pixelSize: 11
            opacity: 0.6
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }

    // A section title inside a tab.
    component SectionTitle: Label {
        font.pixelSize: 15
        font.weight: Font.DemiBold
        Layout.topMargin: 6
    }

    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Client %1").arg(details.name)

    Connections {
        target: panel.details
        function onClientIdChanged() {
            panel.confirmChannel = ""
            tabs.currentIndex = 0
        }
        function onChanged() { Qt.callLater(panel.syncChoices) }
    }
    Component.onCompleted: syncChoices()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Who, with a way out. Anchored rather than laid out: the buttons come and go with the window's width.
        Item {
            Layout.fillWidth: true
            Layout.topMargin: 12
            implicitHeight: Math.max(who.implicitHeight, 40)
            ToolButton {
                objectName: "clientBackButton"
                visible: panel.narrow
                x: 6
                width: 40
                text: "‹"
                font.pixelSize: 22
                Accessible.name: qsTr("Back to the clients")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back to the clients")
                onClicked: panel.closeRequested()
            }
            ColumnLayout {
                id: who
                anchors.left: parent.left
                anchors.leftMargin: panel.narrow ? 50 : 20
                anchors.right: parent.right
                anchors.rightMargin: panel.narrow ? 16 : 52
                spacing: 2
                Label {
                    objectName: "clientName"
                    text: panel.details.name
                    font.pixelSize: 19
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                // The segment as a chip, then the company and how long they have been a client.
                Item {
                    Layout.fillWidth: true
                    implicitHeight: chipBox.height
                    Rectangle {
                        id: chipBox
                        objectName: "clientSegmentChip"
                        width: segmentChip.implicitWidth + 16
                        height: segmentChip.implicitHeight + 6
                        radius: height / 2
                        color: Qt.rgba(0.18, 0.56, 0.51, panel.dark ? 0.3 : 0.12)
                        Label {
                            id: segmentChip
                            anchors.centerIn: parent
                            text: panel.details.segmentText
                            font.pixelSize: 12
                            font.weight: Font.DemiBold
                            color: panel.dark ? "#8fd1c7" : "#23706a"
                        }
                    }
                    Label {
                        anchors.left: chipBox.right
                        anchors.leftMargin: 8
                        anchors.right: parent.right
                        anchors.verticalCenter: chipBox.verticalCenter
                        text: [panel.details.company, panel.details.relationshipText].filter(s => s.length > 0).join(" · ")
                        opacity: 0.65
                        elide: Text.ElideRight
                    }
                }
            }
            ToolButton {
                visible: !panel.narrow
                anchors.right: parent.right
                anchors.rightMargin: 8
                text: "✕"
                Accessible.name: qsTr("Close the client")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close")
                onClicked: panel.closeRequested()
            }
        }

        // Something the assistant wants the owner to know.
        Rectangle {
            visible: panel.details.flag.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.topMargin: 8
            implicitHeight: flagText.implicitHeight + 16
            radius: 8
            color: panel.dark ? "#3d3424" : "#fbf3e4"
            Label {
                id: flagText
                anchors.fill: parent
                anchors.margins: 8
                anchors.leftMargin: 12
                text: panel.details.flag
                wrapMode: Text.WordWrap
            }
        }

        // The figures.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.topMargin: 14
            spacing: 16
            Figure {
                objectName: "clientOutstanding"
                title: qsTr("Still owed")
                value: panel.details.outstandingText
                accent: "#7a9eb1"
            }
            Figure {
                title: qsTr("Overdue")
                value: panel.details.overdueText
                accent: "#c8553d"
            }
            Figure {
                objectName: "clientDso"
                title: qsTr("Days to pay")
                value: panel.details.dsoText === "1" ? qsTr("1 day") : qsTr("%1 days").arg(panel.details.dsoText)
                detail: qsTr("DSO over the last 90 days")
                accent: "#e0a458"
                ToolTip.visible: dsoHover.hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("%1 owed against %2 billed in the last 90 days.")
                                  .arg(panel.details.dsoOutstandingText).arg(panel.details.dsoSalesText)
                HoverHandler { id: dsoHover }
            }
        }

        TabBar {
            id: tabs
            objectName: "clientTabs"
            Layout.fillWidth: true
            Layout.topMargin: 10
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            background: Item { }
            TabButton {
                objectName: "clientOverviewTab"
                text: qsTr("Contact && reminders")
                width: implicitWidth
            }
            TabButton {
                objectName: "clientBillsTab"
                text: qsTr("Bills (%1)").arg(panel.details.billCount)
                width: implicitWidth
            }
            TabButton {
                objectName: "clientThreadTab"
                text: qsTr("Messages (%1)").arg(panel.details.thread.length)
                width: implicitWidth
            }
        }
        Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: panel.hairline }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Contact, channels and reminder settings.
            ScrollView {
                id: overview
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: overview.availableWidth
                    spacing: 10

                    Item { Layout.preferredHeight: 4 }

                    SectionTitle { text: qsTr("Contact"); Layout.leftMargin: 20 }
                    GridLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                        columns: 2
                        columnSpacing: 16
                        rowSpacing: 6
                        Repeater {
                            model: panel.details.contacts
                            delegate: Label {
                                required property var modelData
                                Layout.row: index
                                Layout.column: 0
                                required property int index
                                text: modelData.label
                                opacity: 0.65
                            }
                        }
                        Repeater {
                            model: panel.details.contacts
                            delegate: ColumnLayout {
                                required property var modelData
                                required property int index
                                Layout.row: index
                                Layout.column: 1
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    objectName: "contact_" + modelData.kind
                                    text: modelData.value
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    visible: modelData.warning.length > 0
                                    text: modelData.warning
                                    color: "#c98a2e"
                                    font.pixelSize: 11
                                    wrapMode: Text.WordWrap
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }
                    Label {
                        visible: panel.details.contacts.length === 0
                        text: qsTr("No email or phone number for this client.")
                        opacity: 0.65
                        Layout.leftMargin: 20
                    }
                    Label {
                        visible: panel.details.preferredChannelText.length > 0
                        text: qsTr("Prefers %1").arg(panel.details.preferredChannelText)
                        opacity: 0.65
                        Layout.leftMargin: 20
                    }

                    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: panel.hairline; Layout.topMargin: 4 }

                    SectionTitle { text: qsTr("Channels DueDesk may use"); Layout.leftMargin: 20 }
                    Repeater {
                        model: panel.details.consents
                        delegate: RowLayout {
                            id: consentRow
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.leftMargin: 20
                            Layout.rightMargin: 12
                            spacing: 8
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    text: consentRow.modelData.name
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: consentRow.modelData.stateText
                                    font.pixelSize: 12
                                    opacity: 0.6
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            Switch {
                                id: consentSwitch
                                objectName: "consent_" + consentRow.modelData.channel
                                checked: consentRow.modelData.allowed
                                enabled: consentRow.modelData.allowed || consentRow.modelData.hasAddress
                                Accessible.name: consentRow.modelData.allowed
                                                 ? qsTr("Stop messages by %1").arg(consentRow.modelData.name)
                                                 : qsTr("Allow messages by %1").arg(consentRow.modelData.name)
                                // A flat track and knob: calm, and drawn the same on every renderer.
                                indicator: Rectangle {
                                    x: consentSwitch.leftPadding
                                    y: (consentSwitch.height - height) / 2
                                    implicitWidth: 38
                                    implicitHeight: 22
                                    radius: 11
                                    opacity: consentSwitch.enabled ? 1 : 0.4
                                    color: consentSwitch.checked ? "#2f8f83" : (panel.dark ? "#4a5860" : "#c3ccd1")
                                    Rectangle {
                                        x: consentSwitch.checked ? parent.width - width - 3 : 3
                                        y: 3
                                        width: 16
                                        height: 16
                                        radius: 8
                                        color: "white"
                                        Behavior on x { NumberAnimation { duration: 120 } }
                                    }
                                    Rectangle {
                                        visible: consentSwitch.visualFocus
                                        anchors.fill: parent
                                        anchors.margins: -3
                                        radius: height / 2
                                        color: "transparent"
                                        border.color: "#2f8f83"
                                        border.width: 2
                                    }
                                }
                                onToggled: {
                                    if (checked) {
                                        // Turning a channel back on is asked first; the switch waits for the answer.
                                        checked = Qt.binding(() => consentRow.modelData.allowed)
                                        panel.confirmChannel = consentRow.modelData.channel
                                    } else {
                                        panel.confirmChannel = ""
                                        panel.details.setChannelAllowed(consentRow.modelData.channel, false)
                                    }
                                }
                            }
                        }
                    }
                    Rectangle {
                        visible: panel.confirmChannel.length > 0
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                        implicitHeight: confirmColumn.implicitHeight + 24
                        radius: 10
                        color: panel.subtle
                        border.color: panel.hairline
                        ColumnLayout {
                            id: confirmColumn
                            anchors.fill: parent
                            anchors.margins: 12
                            spacing: 6
                            Label {
                                text: qsTr("Turn %1 back on? Do this only when the client asked to hear from you there.")
                                      .arg(panel.channelName(panel.confirmChannel))
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            RowLayout {
                                Layout.alignment: Qt.AlignRight
                                Button {
                                    text: qsTr("Cancel")
                                    flat: true
                                    onClicked: panel.confirmChannel = ""
                                }
                                Button {
                                    objectName: "confirmChannelButton"
                                    text: qsTr("Turn on")
                                    flat: true
                                    highlighted: true
                                    Accessible.name: qsTr("Allow messages by %1").arg(panel.channelName(panel.confirmChannel))
                                    onClicked: {
                                        const channel = panel.confirmChannel
                                        panel.confirmChannel = ""
                                        panel.details.setChannelAllowed(channel, true)
                                    }
                                }
                            }
                        }
                    }
                    Label {
                        text: qsTr("Turning a channel off cancels the reminders waiting for it.")
                        font.pixelSize: 12
                        opacity: 0.6
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                    }

                    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: panel.hairline; Layout.topMargin: 4 }

                    SectionTitle { text: qsTr("Reminders"); Layout.leftMargin: 20 }
                    GridLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                        columns: 2
                        columnSpacing: 16
                        rowSpacing: 4
                        Label { text: qsTr("Segment"); opacity: 0.65 }
                        ComboBox {
                            id: segmentBox
                            objectName: "segmentBox"
                            Layout.fillWidth: true
                            model: panel.details.segments
                            textRole: "text"
                            valueRole: "key"
                            Accessible.name: qsTr("Segment of the client")
                            onActivated: {
                                if (!panel.details.setSegment(currentValue))
                                    panel.syncChoices()
                            }
                        }
                        Label { text: qsTr("Policy"); opacity: 0.65 }
                        ComboBox {
                            id: policyBox
                            objectName: "policyBox"
                            Layout.fillWidth: true
                            model: panel.details.policyChoices
                            textRole: "text"
                            valueRole: "policyId"
                            Accessible.name: qsTr("Reminder policy of the client")
                            onActivated: {
                                if (!panel.details.setPolicyOverride(currentValue))
                                    panel.syncChoices()
                            }
                        }
                    }
                    Label {
                        objectName: "policyText"
                        text: qsTr("Reminders follow the %1 policy. A change moves the next reminder of each open bill to the new schedule.")
                              .arg(panel.details.policyText)
                        font.pixelSize: 12
                        opacity: 0.6
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                    }
                    Label {
                        objectName: "clientError"
                        visible: panel.details.lastError.length > 0
                        text: panel.details.lastError
                        color: "#c8553d"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                    }
                    Item { Layout.preferredHeight: 12 }
                }
            }

            // Bills, outstanding first.
            ListView {
                id: billList
                objectName: "clientBills"
                clip: true
                model: panel.details.bills
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.name: qsTr("Bills of %1").arg(panel.details.name)
                ScrollBar.vertical: ScrollBar { }

                delegate: ItemDelegate {
                    id: billRow
                    required property var modelData
                    width: ListView.view.width
                    height: 56
                    padding: 0
                    objectName: "clientBill_" + modelData.number
                    Accessible.name: qsTr("Bill %1, %2 owed, open it on the Bills page").arg(modelData.number).arg(modelData.balanceText)
                    ToolTip.visible: hovered
                    ToolTip.delay: 700
                    ToolTip.text: qsTr("Open on the Bills page")
                    onClicked: panel.openBillRequested(modelData.billId)
                    background: Rectangle {
                        color: billRow.hovered ? (panel.dark ? "#2b3840" : "#f5f8f9") : "transparent"
                        Rectangle {
                            anchors.bottom: parent.bottom
                            x: 20
                            width: parent.width - 40
                            height: 1
                            color: panel.hairline
                            opacity: 0.7
                        }
                    }
                    contentItem: RowLayout {
                        spacing: 12
                        Rectangle {
                            Layout.leftMargin: 20
                            implicitWidth: 8
                            implicitHeight: 8
                            radius: 4
                            color: billRow.modelData.bucket.length > 0 ? panel.bucketColor(billRow.modelData.bucket)
                                                                      : (panel.dark ? "#3d4b53" : "#d5dde1")
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 1
                            Label {
                                text: billRow.modelData.number
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: billRow.modelData.dueText.length > 0
                                      ? qsTr("Due %1 · %2").arg(billRow.modelData.dueText).arg(billRow.modelData.amountText)
                                      : billRow.modelData.amountText
                                font.pixelSize: 12
                                opacity: 0.6
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            text: billRow.modelData.balanceText
                            font.weight: Font.DemiBold
                            opacity: billRow.modelData.bucket.length > 0 ? 1 : 0.45
                            horizontalAlignment: Text.AlignRight
                        }
                        Item {
                            Layout.preferredWidth: 88
                            Layout.rightMargin: 20
                            implicitHeight: chip.implicitHeight
                            Rectangle {
                                id: chip
                                readonly property color tint: panel.statusColor(billRow.modelData.status)
                                implicitWidth: Math.min(chipLabel.implicitWidth + 16, 88)
                                implicitHeight: chipLabel.implicitHeight + 6
                                anchors.right: parent.right
                                radius: height / 2
                                color: Qt.rgba(tint.r, tint.g, tint.b, panel.dark ? 0.28 : 0.13)
                                Label {
                                    id: chipLabel
                                    anchors.centerIn: parent
                                    width: Math.min(implicitWidth, 88 - 16)
                                    text: billRow.modelData.statusText
                                    elide: Text.ElideRight
                                    font.pixelSize: 12
                                    font.weight: Font.DemiBold
                                    color: panel.dark ? Qt.lighter(chip.tint, 1.5) : Qt.darker(chip.tint, 1.15)
                                }
                            }
                        }
                    }
                }
                footer: Label {
                    visible: panel.details.billCount > panel.details.bills.length
                    height: visible ? implicitHeight + 24 : 0
                    width: ListView.view ? ListView.view.width : 0
                    leftPadding: 20
                    rightPadding: 20
                    topPadding: 12
                    text: qsTr("Showing %1 of %2 bills: the Bills page has them all.")
                          .arg(panel.details.bills.length).arg(panel.details.billCount)
                    font.pixelSize: 12
                    opacity: 0.6
                    wrapMode: Text.WordWrap
                }
                Label {
                    anchors.centerIn: parent
                    visible: billList.count === 0
                    text: qsTr("No bills for this client yet.")
                    opacity: 0.65
                }
            }

            // The conversation, oldest first, as in a chat: the newest at the bottom.
            ListView {
                id: thread
                objectName: "clientThread"
                clip: true
                model: panel.details.thread
                spacing: 10
                topMargin: 12
                bottomMargin: 12
                boundsBehavior: Flickable.StopAtBounds
                activeFocusOnTab: true
                Accessible.name: qsTr("Messages with %1").arg(panel.details.name)
                ScrollBar.vertical: ScrollBar { }
                onCountChanged: Qt.callLater(positionViewAtEnd)
                onVisibleChanged: if (visible) Qt.callLater(positionViewAtEnd)

                delegate: Item {
                    id: message
                    required property var modelData
                    readonly property bool outbound: modelData.direction === "out"
                    width: ListView.view.width
                    height: bubble.height
                    Accessible.role: Accessible.StaticText
                    Accessible.name: (outbound ? qsTr("You, by %1: %2") : qsTr("Client, by %1: %2"))
                                     .arg(modelData.channelText).arg(modelData.text)

                    Rectangle {
                        id: bubble
                        readonly property real maxWidth: message.width * 0.82 - 40
                        x: message.outbound ? message.width - width - 20 : 20
                        width: Math.min(maxWidth, Math.max(bubbleColumn.implicitWidth, 160) + 24)
                        height: bubbleColumn.implicitHeight + 20
                        radius: 12
                        color: message.outbound ? (panel.dark ? "#24423f" : "#e4f2ef") : (panel.dark ? "#2e3b44" : "#f1f4f6")
                        border.color: panel.hairline

                        ColumnLayout {
                            id: bubbleColumn
                            x: 12
                            y: 10
                            width: bubble.width - 24
                            spacing: 4
                            Label {
                                text: [message.modelData.channelText, message.modelData.atText, message.modelData.billNumber]
                                      .filter(s => s.length > 0).join(" · ")
                                font.pixelSize: 11
                                opacity: 0.6
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                                Layout.maximumWidth: bubble.maxWidth - 24
                            }
                            Label {
                                text: message.modelData.text
                                wrapMode: Text.Wrap
                                maximumLineCount: 12
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                                Layout.maximumWidth: bubble.maxWidth - 24
                            }
                            RowLayout {
                                spacing: 6
                                visible: message.outbound ? message.modelData.statusText.length > 0
                                                          : message.modelData.intentText.length > 0
                                Rectangle {
                                    implicitWidth: 6
                                    implicitHeight: 6
                                    radius: 3
                                    color: message.outbound ? panel.deliveryColor(message.modelData.status) : "#4f7c99"
                                }
                                Label {
                                    text: message.outbound ? message.modelData.statusText
                                                           : qsTr("Understood: %1").arg(message.modelData.intentText)
                                    font.pixelSize: 11
                                    opacity: 0.75
                                    elide: Text.ElideRight
                                    Layout.maximumWidth: bubble.maxWidth - 40
                                }
                            }
                        }
                    }
                }

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 48
                    visible: thread.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("No messages with this client yet. Reminders you approve and their replies show up here.")
                    opacity: 0.65
                }
            }
        }
    }
}
