#include "PolicyEditor.h"
#include "SentenceCase.h"

#include "DashboardModel.h"

#include <AuditLog.h>
#include <Book.h>
#include <WriteTransaction.h>
#include <PolicyRepository.h>
#include <QuietHours.h>

namespace duedesk {

namespace {

QVariantMap choice(const QString &code, const QString &label)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("label"), label}};
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("heads_up"))
        return PolicyEditor::tr("Heads-up");
    if (kind == QLatin1String("final_notice"))
        return PolicyEditor::tr("Final notice");
    return PolicyEditor::tr("Reminder");
}

const QStringList &reminderKinds()
{
    static const QStringList kinds = {QStringLiteral("heads_up"), QStringLiteral("reminder"), QStringLiteral("final_notice")};
    return kinds;
}

const QStringList &bucketKeys()
{
    static const QStringList keys = {QStringLiteral("1-30"), QStringLiteral("31-60"), QStringLiteral("61-90"), QStringLiteral("90+")};
    return keys;
}

QString channelCode(const PolicyStep &step)
{
    if (step.channelRule == ChannelRule::Fixed && !step.channels.isEmpty())
        return channelKey(step.channels.first());
    return QStringLiteral("preferred");
}

} // namespace

PolicyEditor::PolicyEditor(std::shared_ptr<Book> book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(std::move(book))
{
    reload();
}

PolicyEditor::~PolicyEditor() = default;

int PolicyEditor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_policy.steps.size());
}

QVariant PolicyEditor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyStep &step = m_policy.steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return summaryOf(step);
    case OffsetDaysRole:
        return step.offsetDays;
    case OnBucketRole:
        return step.onBucket;
    case ToneRole:
        return toneKey(step.tone);
    case ChannelRole:
        return channelCode(step);
    case TemplateKindRole:
        return step.templateKind;
    default:
        return {};
    }
}

bool PolicyEditor::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PolicyStep step = m_policy.steps.at(index.row());
    switch (role) {
    case OffsetDaysRole: {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok)
            return false;
        step.offsetDays = days;
        break;
    }
    case OnBucketRole: {
        const QString bucket = value.toString();
        if (!bucket.isEmpty() && !bucketKeys().contains(bucket))
            return false;
        step.onBucket = bucket;
        break;
    }
    case ToneRole: {
        const std::optional<Tone> tone = toneFromKey(value.toString());
        if (!tone)
            return false;
        step.tone = *tone;
        break;
    }
    case ChannelRole: {
        const QString code = value.toString();
        if (code == QLatin1String("preferred")) {
            step.channelRule = ChannelRule::Preferred;
            step.channels.clear();
        } else if (const std::optional<Channel> channel = channelFromKey(code)) {
            step.channelRule = ChannelRule::Fixed;
            step.channels = {*channel};
        } else {
            return false;
        }
        break;
    }
    case TemplateKindRole:
        if (!reminderKinds().contains(value.toString()))
            return false;
        step.templateKind = value.toString();
        break;
    default:
        return false;
    }
    m_policy.steps[index.row()] = step;
    Q_EMIT dataChanged(index, index);
    edited();
    return true;
}

Qt::ItemFlags PolicyEditor::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> PolicyEditor::roleNames() const
{
    return {{OffsetDaysRole, "offsetDays"}, {OnBucketRole, "onBucket"},           {ToneRole, "tone"},
            {ChannelRole, "channel"},       {TemplateKindRole, "templateKind"}, {SummaryRole, "summary"}};
}

QVariantList PolicyEditor::policies() const
{
    QVariantList out;
    for (const Policy &p : m_all)
        out.append(QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}});
    if (m_current == int(m_all.size()))
        out.append(QVariantMap{{QStringLiteral("id"), 0}, {QStringLiteral("name"), m_policy.name}});
    return out;
}

QString PolicyEditor::quietStart() const
{
    return QuietHours::fromBook(*m_book).start.toString(QStringLiteral("HH:mm"));
}

QString PolicyEditor::quietEnd() const
{
    return QuietHours::fromBook(*m_book).end.toString(QStringLiteral("HH:mm"));
}

bool PolicyEditor::sundaysOff() const
{
    return QuietHours::fromBook(*m_book).sundaysOff;
}

QVariantList PolicyEditor::tones() const
{
    QVariantList out;
    for (Tone t : {Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final})
        out.append(choice(toneKey(t), toneDisplayName(t)));
    return out;
}

QVariantList PolicyEditor::channels() const
{
    QVariantList out{choice(QStringLiteral("preferred"), tr("Client's preferred channel"))};
    for (Channel c : allChannels())
        out.append(choice(channelKey(c), channelDisplayName(c)));
    return out;
}

QVariantList PolicyEditor::templateKinds() const
{
    QVariantList out;
    for (const QString &kind : reminderKinds())
        out.append(choice(kind, kindLabel(kind)));
    return out;
}

QVariantList PolicyEditor::buckets() const
{
    QVariantList out{choice(QString(), tr("Days from the due date"))};
    for (const QString &key : bucketKeys())
        out.append(choice(key, tr("On becoming %1").arg(inSentence(DashboardModel::bucketLabel(key)))));
    return out;
}

void PolicyEditor::setName(const QString &name)
{
    if (name == m_policy.name)
        return;
    m_policy.name = name;
    edited();
    Q_EMIT policiesChanged();
}

void PolicyEditor::setAutoSend(bool on)
{
    if (on == m_policy.autoSend)
        return;
    m_policy.autoSend = on;
    edited();
}

void PolicyEditor::setWeeklyCap(int cap)
{
    if (cap == m_policy.weeklyCap)
        return;
    m_policy.weeklyCap = cap;
    edited();
}

QString PolicyEditor::problemWith(const Policy &policy)
{
    if (policy.name.trimmed().isEmpty())
        return tr("Give the policy a name.");
    if (policy.steps.isEmpty())
        return tr("A policy needs at least one step. Add a step, or keep the policy as it was.");
    if (policy.weeklyCap < 1)
        return tr("Allow at least one reminder a week; %1 would stop every reminder.").arg(policy.weeklyCap);
    if (policy.weeklyCap > 7)
        return tr("At most 7 reminders a week: more would feel like pressure to a client.");
    for (int i = 0; i < policy.steps.size(); ++i) {
        const PolicyStep &step = policy.steps.at(i);
        if (!reminderKinds().contains(step.templateKind))
            return tr("Step %1 has no message chosen.").arg(i + 1);
        if (step.onBucket.isEmpty() && (step.offsetDays < -60 || step.offsetDays > 365))
            return tr("Step %1 is %2 days from the due date; choose between 60 days before and 365 days after.")
                .arg(i + 1)
                .arg(step.offsetDays);
        if (step.isFinal() && i != policy.steps.size() - 1)
            return tr("Step %1 is the final notice, so it must be the last step.").arg(i + 1);
        if (step.templateKind == QLatin1String("heads_up") && step.dueOffset() > 0)
            return tr("Step %1 is a heads-up, which goes before the due date; choose a reminder instead.").arg(i + 1);
        if (i > 0 && step.dueOffset() <= policy.steps.at(i - 1).dueOffset())
            return tr("Step %1 comes on day %2, not after step %3 (day %4). Put the steps in order of days.")
                .arg(i + 1)
                .arg(step.dueOffset())
                .arg(i)
                .arg(policy.steps.at(i - 1).dueOffset());
    }
    return {};
}

void PolicyEditor::select(int index)
{
    if (index < 0 || index >= m_all.size())
        return;
    const bool newRow = m_current == int(m_all.size());
    beginResetModel();
    m_current = index;
    m_policy = m_all.at(index);
    m_dirty = false;
    endResetModel();
    if (newRow)
        Q_EMIT policiesChanged();
    setMessage({});
    Q_EMIT policyChanged();
}

void PolicyEditor::reload()
{
    const qint64 keep = m_policy.id;
    m_all = PolicyRepository(*m_book).all();
    int index = 0;
    for (int i = 0; i < m_all.size(); ++i)
        if (m_all.at(i).id == keep)
            index = i;
    Q_EMIT policiesChanged();
    m_current = -1;
    if (!m_all.isEmpty())
        select(index);
    Q_EMIT quietHoursChanged();
}

bool PolicyEditor::setStepField(int row, const QString &field, const QVariant &value)
{
    const int role = roleNames().key(field.toUtf8(), -1);
    return role != -1 && setData(index(row), value, role);
}

void PolicyEditor::addStep()
{
    PolicyStep step;
    step.templateKind = QStringLiteral("reminder");
    step.tone = Tone::Neutral;
    // A week after the last step that is not a final notice; the new step goes before a final notice.
    int at = int(m_policy.steps.size());
    if (at > 0 && m_policy.steps.last().isFinal())
        --at;
    step.offsetDays = at > 0 ? m_policy.steps.at(at - 1).dueOffset() + 7 : 3;
    beginInsertRows({}, at, at);
    m_policy.steps.insert(at, step);
    endInsertRows();
    edited();
}

void PolicyEditor::removeStep(int row)
{
    if (row < 0 || row >= m_policy.steps.size())
        return;
    beginRemoveRows({}, row, row);
    m_policy.steps.removeAt(row);
    endRemoveRows();
    edited();
}

void PolicyEditor::moveStep(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_policy.steps.size() || to >= m_policy.steps.size() || from == to)
        return;
    // beginMoveRows wants the destination as the row the item goes before, in the old numbering.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_policy.steps.move(from, to);
    endMoveRows();
    edited();
}

void PolicyEditor::duplicate(const QString &name)
{
    Policy copy = m_policy;
    copy.id = 0;
    copy.key.clear();
    copy.name = name;
    beginResetModel();
    m_policy = copy;
    m_current = int(m_all.size());
    m_dirty = true;
    endResetModel();
    Q_EMIT policiesChanged();
    Q_EMIT policyChanged();
}

bool PolicyEditor::save()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        setMessage(why);
        return false;
    }
    const Result<qint64> saved = PolicyRepository(*m_book).save(m_policy);
    if (!saved) {
        setMessage(saved.error());
        return false;
    }
    m_policy.id = *saved;
    // For the Activity page; the policy is saved either way.
    WriteTransaction tx(m_book->database());
    if (tx.isActive()
        && AuditLog(*m_book).append(QStringLiteral("policy_saved"), QStringLiteral("owner"), 0, 0,
                                    {{QStringLiteral("policy_id"), m_policy.id},
                                     {QStringLiteral("name"), m_policy.name},
                                     {QStringLiteral("auto_send"), m_policy.autoSend},
                                     {QStringLiteral("weekly_cap"), m_policy.weeklyCap},
                                     {QStringLiteral("steps"), int(m_policy.steps.size())}}))
        tx.commit();
    reload();
    setMessage(tr("Saved. Reminders already planned now follow these steps."));
    Q_EMIT bookChanged();
    return true;
}

bool PolicyEditor::saveQuietHours(const QString &start, const QString &end, bool sundaysOff)
{
    QuietHours hours;
    hours.start = QTime::fromString(start.trimmed(), QStringLiteral("H:mm"));
    hours.end = QTime::fromString(end.trimmed(), QStringLiteral("H:mm"));
    hours.sundaysOff = sundaysOff;
    QString error;
    if (!hours.save(*m_book, &error)) {
        setMessage(error);
        return false;
    }
    // The policies now carry the new hours; edits in progress keep their steps.
    m_all = PolicyRepository(*m_book).all();
    hours.applyTo(m_policy);
    Q_EMIT quietHoursChanged();
    setMessage(tr("Quiet hours saved: no reminders go out from %1 to %2%3.")
                   .arg(hours.start.toString(QStringLiteral("HH:mm")), hours.end.toString(QStringLiteral("HH:mm")),
                        sundaysOff ? tr(", nor on Sundays") : QString()));
    Q_EMIT bookChanged();
    return true;
}

void PolicyEditor::edited()
{
    m_dirty = true;
    setMessage({});
    Q_EMIT policyChanged();
}

void PolicyEditor::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

QString PolicyEditor::summaryOf(const PolicyStep &step) const
{
    QString when;
    if (!step.onBucket.isEmpty())
        when = tr("When the bill becomes %1").arg(inSentence(DashboardModel::bucketLabel(step.onBucket)));
    else if (step.offsetDays == -1)
        when = tr("1 day before the due date");
    else if (step.offsetDays < 0)
        when = tr("%1 days before the due date").arg(-step.offsetDays);
    else if (step.offsetDays == 0)
        when = tr("On the due date");
    else if (step.offsetDays == 1)
        when = tr("1 day after the due date");
    else
        when = tr("%1 days after the due date").arg(step.offsetDays);
    const QString channel = channelCode(step) == QLatin1String("preferred")
                                ? tr("the client's preferred channel")
                                : channelDisplayName(step.channels.first());
    return tr("%1: %2, %3, by %4").arg(when, inSentence(kindLabel(step.templateKind)), toneDisplayName(step.tone), channel);
}

} // namespace duedesk
