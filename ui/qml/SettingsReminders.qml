import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// Settings > Reminders: the reminder policies and their steps, and the quiet hours when nothing goes out.
SettingsSection {
    id: section

    required property PolicyEditor policies

    title: qsTr("Reminders")
    subtitle: qsTr("A policy is the series of reminders a client gets for a late bill. Clients follow Standard unless you choose another for them.")

    function indexOf(list, code) {
        for (let i = 0; i < list.length; ++i)
            if (list[i].code === code)
                return i
        return -1
    }

    Flow {
        Layout.fillWidth: true
        spacing: 12
        Label {
            text: qsTr("Policy")
            height: policyChoice.height
            verticalAlignment: Text.AlignVCenter
        }
        ComboBox {
            id: policyChoice
            objectName: "policyChoice"
            width: 220
            model: section.policies.policies
            textRole: "name"
            currentIndex: section.policies.currentIndex
            Accessible.name: qsTr("Policy to edit")
            onActivated: (i) => section.policies.select(i)
        }
        Button {
            objectName: "copyPolicy"
            text: qsTr("Copy as a new policy")
            flat: true
            Accessible.name: qsTr("Copy this policy as a new one")
            onClicked: section.policies.duplicate(qsTr("%1 (copy)").arg(section.policies.name))
        }
    }

    Card {
        Layout.fillWidth: true

        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: 16
            rowSpacing: 8
            Label { text: qsTr("Name") }
            TextField {
                objectName: "policyName"
                Layout.fillWidth: true
                text: section.policies.name
                Accessible.name: qsTr("Policy name")
                onTextEdited: section.policies.name = text
            }
            Label { text: qsTr("At most a week") }
            SpinBox {
                objectName: "weeklyCap"
                from: 1
                to: 7
                value: section.policies.weeklyCap
                editable: true
                Accessible.name: qsTr("Most reminders a client gets in a week")
                onValueModified: section.policies.weeklyCap = value
            }
            Label { text: qsTr("Sending") }
            Switch {
                objectName: "autoSend"
                text: checked ? qsTr("Sent without asking me") : qsTr("I approve every message first")
                checked: section.policies.autoSend
                Accessible.name: qsTr("Send reminders without approval")
                onToggled: section.policies.autoSend = checked
            }
        }
    }

    Label {
        text: qsTr("Steps")
        font.weight: Font.DemiBold
    }

    Repeater {
        objectName: "steps"
        model: section.policies
        delegate: Card {
            id: stepCard
            required property int index
            required property int offsetDays
            required property string onBucket
            required property string tone
            required property string channel
            required property string templateKind
            required property string summary

            Layout.fillWidth: true
            padding: 14
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Step %1: %2").arg(index + 1).arg(summary)

            ColumnLayout {
                width: parent.width
                spacing: 6
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: (stepCard.index + 1) + ". " + stepCard.summary
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    ToolButton {
                        text: "↑"
                        enabled: stepCard.index > 0
                        Accessible.name: qsTr("Move step %1 up").arg(stepCard.index + 1)
                        onClicked: section.policies.moveStep(stepCard.index, stepCard.index - 1)
                    }
                    ToolButton {
                        text: "↓"
                        enabled: stepCard.index < section.policies.count - 1
                        Accessible.name: qsTr("Move step %1 down").arg(stepCard.index + 1)
                        onClicked: section.policies.moveStep(stepCard.index, stepCard.index + 1)
                    }
                    ToolButton {
                        objectName: "removeStep" + stepCard.index
                        text: "✕"
                        Accessible.name: qsTr("Remove step %1").arg(stepCard.index + 1)
                        onClicked: section.policies.removeStep(stepCard.index)
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    ComboBox {
                        implicitContentWidthPolicy: ComboBox.WidestText
                        model: section.policies.buckets
                        textRole: "label"
                        valueRole: "code"
                        currentIndex: section.indexOf(section.policies.buckets, stepCard.onBucket)
                        Accessible.name: qsTr("When step %1 goes out").arg(stepCard.index + 1)
                        onActivated: section.policies.setStepField(stepCard.index, "onBucket", currentValue)
                    }
                    SpinBox {
                        objectName: "offsetDays" + stepCard.index
                        visible: stepCard.onBucket === ""
                        width: 140
                        from: -60
                        to: 365
                        editable: true
                        value: stepCard.offsetDays
                        Accessible.name: qsTr("Days from the due date (negative: before it)")
                        onValueModified: section.policies.setStepField(stepCard.index, "offsetDays", value)
                    }
                    ComboBox {
                        implicitContentWidthPolicy: ComboBox.WidestText
                        model: section.policies.templateKinds
                        textRole: "label"
                        valueRole: "code"
                        currentIndex: section.indexOf(section.policies.templateKinds, stepCard.templateKind)
                        Accessible.name: qsTr("Message of step %1").arg(stepCard.index + 1)
                        onActivated: section.policies.setStepField(stepCard.index, "templateKind", currentValue)
                    }
                    ComboBox {
                        implicitContentWidthPolicy: ComboBox.WidestText
                        model: section.policies.tones
                        textRole: "label"
                        valueRole: "code"
                        currentIndex: section.indexOf(section.policies.tones, stepCard.tone)
                        Accessible.name: qsTr("Tone of step %1").arg(stepCard.index + 1)
                        onActivated: section.policies.setStepField(stepCard.index, "tone", currentValue)
                    }
                    ComboBox {
                        implicitContentWidthPolicy: ComboBox.WidestText
                        model: section.policies.channels
                        textRole: "label"
                        valueRole: "code"
                        currentIndex: section.indexOf(section.policies.channels, stepCard.channel)
                        Accessible.name: qsTr("Channel of step %1").arg(stepCard.index + 1)
                        onActivated: section.policies.setStepField(stepCard.index, "channel", currentValue)
                    }
                }
            }
        }
    }

    Label {
        objectName: "policyProblem"
        Layout.fillWidth: true
        visible: text.length > 0 && section.policies.dirty
        text: section.policies.problem
        color: section.errorColor
        wrapMode: Text.WordWrap
    }

    RowLayout {
        spacing: 12
        Button {
            objectName: "addStep"
            text: qsTr("Add a step")
            flat: true
            Accessible.name: qsTr("Add a step to the policy")
            onClicked: section.policies.addStep()
        }
        Button {
            objectName: "savePolicy"
            text: qsTr("Save policy")
            flat: true
            highlighted: true
            enabled: section.policies.dirty && section.policies.problem.length === 0
            Accessible.name: qsTr("Save the policy")
            onClicked: section.policies.save()
        }
        Button {
            text: qsTr("Undo changes")
            flat: true
            visible: section.policies.dirty
            Accessible.name: qsTr("Undo the changes to the policy")
            onClicked: section.policies.select(section.policies.currentIndex)
        }
    }

    Label {
        objectName: "policyMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: section.policies.message
        wrapMode: Text.WordWrap
    }

    Card {
        Layout.fillWidth: true
        Layout.topMargin: 8

        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                text: qsTr("Quiet hours")
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("No reminder goes out in these hours; messages wait until the quiet hours end. They apply to every policy.")
                opacity: 0.65
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: 12
                Label {
                    text: qsTr("From")
                    height: quietStart.height
                    verticalAlignment: Text.AlignVCenter
                }
                TextField {
                    id: quietStart
                    objectName: "quietStart"
                    width: 90
                    text: section.policies.quietStart
                    inputMask: "99:99"
                    Accessible.name: qsTr("Quiet hours start")
                }
                Label {
                    text: qsTr("to")
                    height: quietStart.height
                    verticalAlignment: Text.AlignVCenter
                }
                TextField {
                    id: quietEnd
                    objectName: "quietEnd"
                    width: 90
                    text: section.policies.quietEnd
                    inputMask: "99:99"
                    Accessible.name: qsTr("Quiet hours end")
                }
                CheckBox {
                    id: sundays
                    objectName: "sundaysOff"
                    text: qsTr("No reminders on Sundays")
                    checked: section.policies.sundaysOff
                }
                Button {
                    objectName: "saveQuietHours"
                    text: qsTr("Save quiet hours")
                    flat: true
                    highlighted: true
                    Accessible.name: qsTr("Save the quiet hours")
                    onClicked: section.policies.saveQuietHours(quietStart.text, quietEnd.text, sundays.checked)
                }
            }
        }
    }
}
