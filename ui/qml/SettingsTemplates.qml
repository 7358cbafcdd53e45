import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// Settings > Messages: the words of each message, with a preview for a sample client that follows every key
// stroke. Saved wording is used by every new reminder; "Use DueDesk's wording" brings the original back.
SettingsSection {
    id: section

    required property TemplateEditor templates

    title: qsTr("Messages")
    subtitle: qsTr("Change how a message reads. Words in braces, like {amount}, are filled in for each client.")

    function indexOf(list, code) {
        for (let i = 0; i < list.length; ++i)
            if (list[i].code === code)
                return i
        return -1
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8
        ComboBox {
            objectName: "templateKind"
            implicitContentWidthPolicy: ComboBox.WidestText
            model: section.templates.kinds
            textRole: "label"
            valueRole: "code"
            currentIndex: section.indexOf(section.templates.kinds, section.templates.kind)
            Accessible.name: qsTr("Message")
            onActivated: section.templates.kind = currentValue
        }
        ComboBox {
            objectName: "templateTone"
            implicitContentWidthPolicy: ComboBox.WidestText
            model: section.templates.tones
            textRole: "label"
            valueRole: "code"
            currentIndex: section.indexOf(section.templates.tones, section.templates.tone)
            Accessible.name: qsTr("Tone")
            onActivated: section.templates.tone = currentValue
        }
        ComboBox {
            objectName: "templateChannel"
            implicitContentWidthPolicy: ComboBox.WidestText
            model: section.templates.channels
            textRole: "label"
            valueRole: "code"
            currentIndex: section.indexOf(section.templates.channels, section.templates.channel)
            Accessible.name: qsTr("Channel")
            onActivated: section.templates.channel = currentValue
        }
        ComboBox {
            objectName: "templateLanguage"
            implicitContentWidthPolicy: ComboBox.WidestText
            model: section.templates.languages
            textRole: "label"
            valueRole: "code"
            currentIndex: section.indexOf(section.templates.languages, section.templates.language)
            Accessible.name: qsTr("Language")
            onActivated: section.templates.language = currentValue
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: width > 640 ? 2 : 1
        columnSpacing: 16
        rowSpacing: 16

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop

            ColumnLayout {
                width: parent.width
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Your wording")
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                    }
                    Label {
                        text: section.templates.customised ? qsTr("Changed by you") : qsTr("DueDesk's wording")
                        opacity: 0.6
                        font.pixelSize: 12
                    }
                }
                TextField {
                    objectName: "templateSubject"
                    Layout.fillWidth: true
                    visible: section.templates.channel === "email"
                    text: section.templates.subject
                    placeholderText: qsTr("Subject")
                    Accessible.name: qsTr("Subject of the email")
                    onTextEdited: section.templates.subject = text
                    // A subject read from the book shows from its start, not scrolled to its end.
                    onTextChanged: if (!activeFocus) cursorPosition = 0
                }
                TextArea {
                    objectName: "templateBody"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 180
                    text: section.templates.body
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("One paragraph a line")
                    Accessible.name: qsTr("Text of the message, one paragraph a line")
                    onTextChanged: if (text !== section.templates.body) section.templates.body = text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("One paragraph a line. You can use: %1").arg(
                              section.templates.placeholders.map(p => p.code).join(" "))
                    opacity: 0.6
                    font.pixelSize: 12
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Button {
                        objectName: "saveTemplate"
                        text: qsTr("Save wording")
                        flat: true
                        highlighted: true
                        enabled: section.templates.dirty && section.templates.previewError.length === 0
                        Accessible.name: qsTr("Save this wording")
                        onClicked: section.templates.save()
                    }
                    Button {
                        objectName: "resetTemplate"
                        text: qsTr("Use DueDesk's wording")
                        flat: true
                        enabled: section.templates.customised
                        Accessible.name: qsTr("Go back to DueDesk's wording")
                        onClicked: section.templates.resetToDefault()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: section.templates.message
                    wrapMode: Text.WordWrap
                }
            }
        }

        Card {
            objectName: "templatePreview"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Preview")

            ColumnLayout {
                width: parent.width
                spacing: 8
                Label {
                    text: qsTr("Preview for a sample client")
                    font.weight: Font.DemiBold
                }
                Label {
                    objectName: "previewSubject"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: section.templates.previewSubject
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "previewBody"
                    Layout.fillWidth: true
                    text: section.templates.previewBody
                    wrapMode: Text.WordWrap
                    textFormat: Text.PlainText
                }
                Label {
                    objectName: "previewError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: section.templates.previewError
                    color: section.errorColor
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "smsInfo"
                    visible: text.length > 0
                    text: section.templates.smsInfo
                    color: section.templates.smsSegments > 1 ? "#c98a2e" : section.okColor
                    font.pixelSize: 12
                }
            }
        }
    }
}
