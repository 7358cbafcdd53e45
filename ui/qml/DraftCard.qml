import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One reminder waiting for the owner: who, why this tone, the text, and Approve / Edit / Skip.
// Keyboard, when the card has focus: A approves, S skips, E edits.
Card {
    id: card

    required property int index
    required property string clientName
    required property string billNumber
    required property string channel
    required property string tone
    required property string toneName
    required property string reasons
    required property string subject
    required property string body
    required property string note

    property bool editing: false

    signal approveRequested(int row)
    signal skipRequested(int row)
    signal editSaved(int row, string text)

    readonly property color toneColor: tone === "friendly" ? "#3a9d8f"
                                     : tone === "neutral" ? "#7a9eb1"
                                     : tone === "firm" ? "#d9783f" : "#c8553d"

    activeFocusOnTab: true
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Reminder to %1 about %2").arg(clientName).arg(billNumber)
    Keys.onPressed: (event) => {
        if (editing)
            return
        if (event.key === Qt.Key_A) { card.approveRequested(card.index); event.accepted = true }
        else if (event.key === Qt.Key_S) { card.skipRequested(card.index); event.accepted = true }
        else if (event.key === Qt.Key_E) { card.editing = true; event.accepted = true }
    }

    background: Rectangle {
        radius: 12
        color: card.Material.theme === Material.Dark ? "#26323a" : "#ffffff"
        border.color: card.activeFocus ? "#2f8f83" : (card.Material.theme === Material.Dark ? "#33424a" : "#e3e8eb")
        border.width: card.activeFocus ? 2 : 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Label {
                text: card.clientName
                font.pixelSize: 15
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: card.billNumber + " · " + card.channel
                opacity: 0.65
            }
            Rectangle {
                radius: 10
                color: card.toneColor
                implicitHeight: toneLabel.implicitHeight + 6
                implicitWidth: toneLabel.implicitWidth + 16
                Label {
                    id: toneLabel
                    anchors.centerIn: parent
                    text: card.toneName
                    color: "white"
                    font.pixelSize: 12
                    font.weight: Font.DemiBold
                }
            }
        }
        Label {
            text: card.reasons
            opacity: 0.7
            font.pixelSize: 12
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.note.length > 0
            text: card.note
            font.italic: true
            font.pixelSize: 12
            color: "#b0651e"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.subject.length > 0 && !card.editing
            text: card.subject
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: !card.editing
            text: card.body
            wrapMode: Text.WordWrap
            maximumLineCount: 6
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        // The editor and its buttons exist only while editing: a page of cards then starts quickly.
        Loader {
            id: editor
            active: card.editing
            visible: active
            Layout.fillWidth: true
            sourceComponent: ColumnLayout {
                readonly property alias text: editorText.text
                spacing: 4
                TextArea {
                    id: editorText
                    objectName: "draftEditor"
                    text: card.body
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Text of the reminder")
                    Component.onCompleted: forceActiveFocus()
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    spacing: 4
                    Button {
                        text: qsTr("Cancel")
                        flat: true
                        onClicked: card.editing = false
                    }
                    Button {
                        objectName: "saveDraftButton"
                        text: qsTr("Save")
                        flat: true
                        highlighted: true
                        onClicked: { card.editSaved(card.index, editorText.text); card.editing = false }
                    }
                }
            }
        }
        RowLayout {
            visible: !card.editing
            Layout.alignment: Qt.AlignRight
            spacing: 4
            Button {
                text: qsTr("Skip")
                flat: true
                Accessible.name: qsTr("Skip this reminder")
                onClicked: card.skipRequested(card.index)
            }
            Button {
                text: qsTr("Edit")
                flat: true
                Accessible.name: qsTr("Edit this reminder")
                onClicked: card.editing = true
            }
            Button {
                objectName: "approveButton"
                text: qsTr("Approve")
                flat: true
                highlighted: true
                Accessible.name: qsTr("Approve and send this reminder")
                onClicked: card.approveRequested(card.index)
            }
        }
    }
}
