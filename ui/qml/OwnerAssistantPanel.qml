import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// Inside the "Your assistant on Telegram" card: pairing the owner's phone and the weekly cash summary.
ColumnLayout {
    id: panel

    required property OwnerAssistant assistant
    required property color okColor
    required property color errorColor

    spacing: 8

    MenuSeparator { Layout.fillWidth: true }

    Label {
        text: qsTr("Your phone")
        font.weight: Font.DemiBold
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        visible: panel.assistant.paired
        Label {
            objectName: "assistantPaired"
            Layout.fillWidth: true
            text: qsTr("Paired. Only your own chat can approve reminders or give commands.")
            color: panel.okColor
            wrapMode: Text.WordWrap
        }
        Button {
            objectName: "assistantUnpair"
            text: qsTr("Unpair")
            flat: true
            onClicked: panel.assistant.unpair()
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 6
        visible: !panel.assistant.paired
        Label {
            Layout.fillWidth: true
            visible: panel.assistant.pairingCode === ""
            text: qsTr("Pair your phone so that reminders to approve reach you there. Only the paired chat is answered.")
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "assistantCode"
            visible: panel.assistant.pairingCode !== ""
            text: panel.assistant.pairingCode
            font.pixelSize: 30
            font.weight: Font.DemiBold
            font.letterSpacing: 2
            Accessible.name: qsTr("Pairing code %1").arg(panel.assistant.pairingCode)
        }
        Label {
            Layout.fillWidth: true
            visible: panel.assistant.pairingHint !== ""
            text: panel.assistant.pairingHint
            wrapMode: Text.WordWrap
        }
        Button {
            objectName: "assistantPair"
            text: panel.assistant.pairingCode === "" ? qsTr("Pair my phone") : qsTr("New code")
            flat: true
            highlighted: true
            onClicked: panel.assistant.startPairing()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: panel.assistant.strangers !== ""
        text: panel.assistant.strangers
        color: panel.errorColor
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: panel.assistant.error !== ""
        text: panel.assistant.error
        color: panel.errorColor
        wrapMode: Text.WordWrap
    }

    MenuSeparator { Layout.fillWidth: true }

    Label {
        text: qsTr("Weekly cash summary")
        font.weight: Font.DemiBold
    }
    CheckBox {
        id: weekly
        objectName: "assistantWeekly"
        text: qsTr("Send me the week's figures")
        checked: panel.assistant.snapshotEnabled
        onToggled: panel.assistant.setSnapshotSchedule(checked, dayBox.currentIndex + 1, hourBox.currentIndex)
    }
    RowLayout {
        spacing: 8
        enabled: weekly.checked
        Label { text: qsTr("Every") }
        ComboBox {
            id: dayBox
            objectName: "assistantDay"
            model: panel.assistant.dayNames
            currentIndex: panel.assistant.snapshotDay - 1
            implicitContentWidthPolicy: ComboBox.WidestText
            Accessible.name: qsTr("Day of the weekly summary")
            onActivated: panel.assistant.setSnapshotSchedule(weekly.checked, currentIndex + 1, hourBox.currentIndex)
        }
        Label { text: qsTr("at") }
        ComboBox {
            id: hourBox
            objectName: "assistantHour"
            model: 24
            displayText: String(currentIndex).padStart(2, "0") + ":00"
            delegate: ItemDelegate {
                required property int index
                text: String(index).padStart(2, "0") + ":00"
                width: ListView.view ? ListView.view.width : implicitWidth
            }
            currentIndex: panel.assistant.snapshotHour
            Accessible.name: qsTr("Hour of the weekly summary")
            onActivated: panel.assistant.setSnapshotSchedule(weekly.checked, dayBox.currentIndex + 1, currentIndex)
        }
    }
    Label {
        Layout.fillWidth: true
        visible: weekly.checked && panel.assistant.nextSnapshot !== ""
        text: panel.assistant.nextSnapshot
        opacity: 0.75
        wrapMode: Text.WordWrap
    }
}
