import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// Settings > Channels: how DueDesk reaches clients. Passwords and tokens go to the system keychain, never into
// the book; each channel says whether it is set up and how its last test went.
SettingsSection {
    id: section

    required property ChannelSettings channels
    required property OwnerAssistant assistant
    // True while the section is on screen: the keychain is asked only then.
    property bool shown: false
    property bool asked: false

    title: qsTr("Channels")
    subtitle: qsTr("Set up the ways DueDesk sends reminders. Passwords and tokens are kept in your system's keychain.")

    onShownChanged: {
        if (shown && !asked) {
            asked = true
            channels.refresh()
        }
    }

    function statusColor(kind) {
        switch (kind) {
        case "ok": return section.okColor
        case "error": return section.errorColor
        case "ready": return "#e0a458"
        default: return "#9aa7ae"
        }
    }

    Repeater {
        model: section.channels
        delegate: Card {
            id: channelCard
            required property int index
            required property string key
            required property string title
            required property string description
            required property var fields
            required property string secretLabel
            required property string secretInSentence
            required property bool hasSecret
            required property string status
            required property string statusKind
            required property bool testing
            required property string liveStatus
            required property string liveKind
            required property bool owner
            required property bool canTest

            objectName: "channel_" + key
            Layout.fillWidth: true
            Accessible.role: Accessible.Grouping
            Accessible.name: title

            ColumnLayout {
                width: parent.width
                spacing: 8

                Label {
                    text: channelCard.title
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Rectangle {
                        implicitWidth: 10
                        implicitHeight: 10
                        radius: 5
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 5
                        color: section.statusColor(channelCard.statusKind)
                    }
                    Label {
                        objectName: "status_" + channelCard.key
                        text: channelCard.status
                        color: channelCard.statusKind === "error" ? section.errorColor : channelCard.Material.foreground
                        opacity: channelCard.statusKind === "error" ? 1 : 0.8
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Accessible.name: qsTr("%1 status: %2").arg(channelCard.title).arg(channelCard.status)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    visible: channelCard.liveStatus !== ""
                    Rectangle {
                        implicitWidth: 10
                        implicitHeight: 10
                        radius: 5
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 5
                        color: channelCard.liveKind === "ok" ? section.okColor
                             : channelCard.liveKind === "error" ? section.errorColor : "#e0a458"
                    }
                    Label {
                        objectName: "live_" + channelCard.key
                        text: channelCard.liveStatus
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Accessible.name: qsTr("%1 now: %2").arg(channelCard.title).arg(channelCard.liveStatus)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: channelCard.description
                    opacity: 0.65
                    wrapMode: Text.WordWrap
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: width > 520 ? 2 : 1
                    columnSpacing: 20
                    rowSpacing: 4
                    Repeater {
                        model: channelCard.fields
                        delegate: ColumnLayout {
                            id: fieldRow
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            spacing: 0
                            Label {
                                text: fieldRow.modelData.label
                                opacity: 0.7
                                font.pixelSize: 12
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            TextField {
                                objectName: channelCard.key + "_" + fieldRow.modelData.key
                                Layout.fillWidth: true
                                text: fieldRow.modelData.value
                                placeholderText: fieldRow.modelData.placeholder
                                Accessible.name: channelCard.title + ": " + fieldRow.modelData.label
                                onEditingFinished: if (text !== fieldRow.modelData.value)
                                                       section.channels.setField(channelCard.index, fieldRow.modelData.key, text)
                            }
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        spacing: 0
                        Label {
                            text: channelCard.secretLabel
                            opacity: 0.7
                            font.pixelSize: 12
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            TextField {
                                id: secretField
                                objectName: channelCard.key + "_secret"
                                Layout.fillWidth: true
                                echoMode: TextInput.Password
                                placeholderText: channelCard.hasSecret ? qsTr("Stored in the keychain") : qsTr("Not stored yet")
                                Accessible.name: channelCard.title + ": " + channelCard.secretLabel
                                onAccepted: storeSecret.clicked()
                            }
                            Button {
                                id: storeSecret
                                text: qsTr("Store")
                                flat: true
                                enabled: secretField.text.length > 0
                                Accessible.name: qsTr("Store the %1 in the keychain").arg(channelCard.secretInSentence)
                                onClicked: {
                                    section.channels.setSecret(channelCard.index, secretField.text)
                                    secretField.clear()
                                }
                            }
                        }
                    }
                }

                RowLayout {
                    spacing: 8
                    visible: channelCard.canTest
                    Button {
                        objectName: "test_" + channelCard.key
                        text: channelCard.testing ? qsTr("Testing…") : qsTr("Test connection")
                        flat: true
                        highlighted: true
                        enabled: !channelCard.testing
                        Accessible.name: qsTr("Test the %1 connection").arg(channelCard.title)
                        onClicked: section.channels.testConnection(channelCard.index)
                    }
                    BusyIndicator {
                        visible: channelCard.testing
                        running: visible
                        implicitWidth: 28
                        implicitHeight: 28
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    active: channelCard.owner
                    visible: active
                    sourceComponent: OwnerAssistantPanel {
                        assistant: section.assistant
                        okColor: section.okColor
                        errorColor: section.errorColor
                    }
                }
            }
        }
    }
}
