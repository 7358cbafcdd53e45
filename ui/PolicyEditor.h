#pragma once

#include <ChaseTypes.h>

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// Settings > Reminders: the reminder policies (Standard, Gentle, Firm and the owner's own) and the steps of the
// one being edited, as rows of this model, plus the book's quiet hours. Edits stay here until save(); saving
// re-schedules the running chases that follow the policy.
class PolicyEditor : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // {id, name}
    Q_PROPERTY(QVariantList policies READ policies NOTIFY policiesChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE select NOTIFY policyChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY policyChanged)
    Q_PROPERTY(bool autoSend READ autoSend WRITE setAutoSend NOTIFY policyChanged)
    Q_PROPERTY(int weeklyCap READ weeklyCap WRITE setWeeklyCap NOTIFY policyChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY policyChanged)
    Q_PROPERTY(int count READ count NOTIFY policyChanged)
    // Why the edited policy cannot be saved (translated); empty when it can.
    Q_PROPERTY(QString problem READ problem NOTIFY policyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString quietStart READ quietStart NOTIFY quietHoursChanged)
    Q_PROPERTY(QString quietEnd READ quietEnd NOTIFY quietHoursChanged)
    Q_PROPERTY(bool sundaysOff READ sundaysOff NOTIFY quietHoursChanged)
    // Choices for the step editor: {code, label}.
    Q_PROPERTY(QVariantList tones READ tones CONSTANT)
    Q_PROPERTY(QVariantList channels READ channels CONSTANT)
    Q_PROPERTY(QVariantList templateKinds READ templateKinds CONSTANT)
    Q_PROPERTY(QVariantList buckets READ buckets CONSTANT)

public:
    enum Role {
        OffsetDaysRole = Qt::UserRole + 1,
        OnBucketRole,   // "" or "1-30", "31-60", "61-90", "90+"
        ToneRole,       // tone key
        ChannelRole,    // "preferred" or a channel key
        TemplateKindRole,
        SummaryRole,    // "3 days after the due date: a friendly reminder by the client's preferred channel"
    };
    Q_ENUM(Role)

    explicit PolicyEditor(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~PolicyEditor() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantList policies() const;
    int currentIndex() const { return m_current; }
    QString name() const { return m_policy.name; }
    bool autoSend() const { return m_policy.autoSend; }
    int weeklyCap() const { return m_policy.weeklyCap; }
    bool dirty() const { return m_dirty; }
    int count() const { return int(m_policy.steps.size()); }
    QString problem() const { return problemWith(m_policy); }
    QString message() const { return m_message; }
    QString quietStart() const;
    QString quietEnd() const;
    bool sundaysOff() const;
    QVariantList tones() const;
    QVariantList channels() const;
    QVariantList templateKinds() const;
    QVariantList buckets() const;

    void setName(const QString &name);
    void setAutoSend(bool on);
    void setWeeklyCap(int cap);

    // Why policy cannot be saved (translated), or empty.
    static QString problemWith(const Policy &policy);

    // Drops unsaved edits and shows the policy at index of policies.
    Q_INVOKABLE void select(int index);
    Q_INVOKABLE void reload();
    // Sets one field of a step by its role name ("offsetDays", "tone", ...).
    Q_INVOKABLE bool setStepField(int row, const QString &field, const QVariant &value);
    Q_INVOKABLE void addStep();
    Q_INVOKABLE void removeStep(int row);
    Q_INVOKABLE void moveStep(int from, int to);
    // Starts a new policy, a copy of the current one under name; it exists once saved.
    Q_INVOKABLE void duplicate(const QString &name);
    // Saves the edited policy. False with message set when problem() is not empty or the book refuses.
    Q_INVOKABLE bool save();
    // Saves the book's quiet hours ("20:00", "08:00"). False with message set when they are not usable.
    Q_INVOKABLE bool saveQuietHours(const QString &start, const QString &end, bool sundaysOff);

Q_SIGNALS:
    void policiesChanged();
    void policyChanged();
    void messageChanged();
    void quietHoursChanged();
    // A policy or the quiet hours were saved (running chases may have moved).
    void bookChanged();

private:
    void edited();
    void setMessage(const QString &message);
    QString summaryOf(const PolicyStep &step) const;

    std::shared_ptr<Book> m_book;
    QList<Policy> m_all;
    int m_current = -1;
    Policy m_policy;   // the edited copy of m_all[m_current], or a new policy (id 0)
    bool m_dirty = false;
    QString m_message;
};

} // namespace duedesk
