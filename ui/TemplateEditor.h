#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// Settings > Templates: one message template (kind x tone x channel x language) as text to edit, with a live
// preview rendered for a sample client and bill, the SMS length, and the owner's own wording saved in the book
// (TemplateOverrides), which new drafts then use. "Reset" brings DueDesk's wording back.
class TemplateEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY selectionChanged)
    Q_PROPERTY(QString tone READ tone WRITE setTone NOTIFY selectionChanged)
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY selectionChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY selectionChanged)
    // The text being edited: subject (email only) and body, one paragraph or line a line.
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY textChanged)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY textChanged)
    Q_PROPERTY(bool customised READ customised NOTIFY selectionChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY textChanged)
    Q_PROPERTY(QString previewSubject READ previewSubject NOTIFY textChanged)
    Q_PROPERTY(QString previewBody READ previewBody NOTIFY textChanged)
    // Why the text cannot be rendered (an unknown placeholder, an unclosed brace); empty when it can.
    Q_PROPERTY(QString previewError READ previewError NOTIFY textChanged)
    // SMS only: "142 characters, 1 message" or "171 characters, 2 messages (special characters)".
    Q_PROPERTY(QString smsInfo READ smsInfo NOTIFY textChanged)
    Q_PROPERTY(int smsSegments READ smsSegments NOTIFY textChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QVariantList tones READ tones CONSTANT)
    Q_PROPERTY(QVariantList channels READ channels CONSTANT)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    // The placeholders a text may use: {code: "{amount}", label: "the amount owed"}.
    Q_PROPERTY(QVariantList placeholders READ placeholders CONSTANT)

public:
    explicit TemplateEditor(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~TemplateEditor() override;

    QString kind() const { return m_kind; }
    QString tone() const { return m_tone; }
    QString channel() const { return m_channel; }
    QString language() const { return m_language; }
    QString subject() const { return m_subject; }
    QString body() const { return m_body; }
    bool customised() const { return m_customised; }
    bool dirty() const { return m_dirty; }
    QString previewSubject() const { return m_previewSubject; }
    QString previewBody() const { return m_previewBody; }
    QString previewError() const { return m_previewError; }
    QString smsInfo() const { return m_smsInfo; }
    int smsSegments() const { return m_smsSegments; }
    QString message() const { return m_message; }
    QVariantList kinds() const;
    QVariantList tones() const;
    QVariantList channels() const;
    QVariantList languages() const;
    QVariantList placeholders() const;

    void setKind(const QString &kind);
    void setTone(const QString &tone);
    void setChannel(const QString &channel);
    void setLanguage(const QString &language);
    void setSubject(const QString &subject);
    void setBody(const QString &body);

    // Messages an SMS of this text takes: 160 GSM-7 characters (153 when split) or 70 UCS-2 (67 when split).
    static int smsSegmentsFor(const QString &text);

    // Saves the text as the owner's own wording. False with message set when it cannot be rendered or saved.
    Q_INVOKABLE bool save();
    // Removes the owner's wording for this selection: DueDesk's own text is used again.
    Q_INVOKABLE bool resetToDefault();
    // Re-reads the selection's text from the book, dropping unsaved edits.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void selectionChanged();
    void textChanged();
    void messageChanged();

private:
    void select(QString *field, const QString &value);
    void renderPreview();
    void setMessage(const QString &message);

    std::shared_ptr<Book> m_book;
    QString m_kind = QStringLiteral("reminder");
    QString m_tone = QStringLiteral("friendly");
    QString m_channel = QStringLiteral("email");
    QString m_language;
    QString m_subject;
    QString m_body;
    bool m_customised = false;
    bool m_dirty = false;
    QString m_previewSubject;
    QString m_previewBody;
    QString m_previewError;
    QString m_smsInfo;
    int m_smsSegments = 0;
    QString m_message;
};

} // namespace duedesk
