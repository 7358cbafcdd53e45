import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// Settings > Business: who the reminders come from, the money and country they are about, the language they
// are written in; and the language of DueDesk itself.
SettingsSection {
    id: section

    required property BusinessProfile business

    title: qsTr("Your business")
    subtitle: qsTr("Reminders are signed with your business name and show amounts in your currency.")

    function indexOf(list, code) {
        for (let i = 0; i < list.length; ++i)
            if (list[i].code === code)
                return i
        return -1
    }

    Card {
        Layout.fillWidth: true
        Layout.maximumWidth: 720

        GridLayout {
            width: parent.width
            columns: width > 480 ? 2 : 1
            columnSpacing: 16
            rowSpacing: 8

            Label { text: qsTr("Business name") }
            TextField {
                id: nameField
                objectName: "businessName"
                Layout.fillWidth: true
                text: section.business.name
                placeholderText: qsTr("Brightwater Plumbing")
                Accessible.name: qsTr("Business name")
                onAccepted: saveButton.clicked()
            }

            Label { text: qsTr("Currency") }
            ComboBox {
                id: currencyBox
                objectName: "currency"
                Layout.fillWidth: true
                model: section.business.currencies
                textRole: "label"
                valueRole: "code"
                currentIndex: section.indexOf(section.business.currencies, section.business.currency)
                Accessible.name: qsTr("Currency")
            }

            Label { text: qsTr("Country") }
            ComboBox {
                id: regionBox
                objectName: "region"
                Layout.fillWidth: true
                model: section.business.regions
                textRole: "label"
                valueRole: "code"
                currentIndex: section.indexOf(section.business.regions, section.business.region)
                Accessible.name: qsTr("Country")
            }

            Label { text: qsTr("Reminders written in") }
            ComboBox {
                id: bookLanguageBox
                objectName: "bookLanguage"
                Layout.fillWidth: true
                model: section.business.bookLanguages
                textRole: "label"
                valueRole: "code"
                currentIndex: section.indexOf(section.business.bookLanguages, section.business.bookLanguage)
                Accessible.name: qsTr("Language of the reminders")
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: section.business.error
        color: section.errorColor
        wrapMode: Text.WordWrap
    }

    RowLayout {
        spacing: 12
        Button {
            id: saveButton
            objectName: "saveBusiness"
            text: qsTr("Save")
            flat: true
            highlighted: true
            Accessible.name: qsTr("Save the business profile")
            onClicked: saved.visible = section.business.save(nameField.text, currencyBox.currentValue,
                                                             regionBox.currentValue, bookLanguageBox.currentValue)
        }
        Label {
            id: saved
            visible: false
            text: qsTr("Saved.")
            color: section.okColor
        }
    }

    Card {
        Layout.fillWidth: true
        Layout.maximumWidth: 720

        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                text: qsTr("Language of DueDesk")
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The language of DueDesk's own screens, for you on this computer. It changes at once.")
                opacity: 0.65
                wrapMode: Text.WordWrap
            }
            ComboBox {
                objectName: "appLanguage"
                Layout.preferredWidth: 280
                model: section.business.appLanguages
                textRole: "label"
                valueRole: "code"
                currentIndex: section.indexOf(section.business.appLanguages, section.business.appLanguage)
                Accessible.name: qsTr("Language of DueDesk")
                onActivated: section.business.setAppLanguage(currentValue)
            }
        }
    }
}
