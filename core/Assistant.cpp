#include "Assistant.h"

#include "AgingReport.h"
#include "Book.h"
#include "CashSnapshot.h"
#include "ChaseEngine.h"
#include "ClientMatcher.h"
#include "Clock.h"
#include "Currency.h"
#include "DateExpressions.h"
#include "OwnerCommands.h"
#include "PhoneNumber.h"
#include "Repositories.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

namespace duedesk {

namespace {

using Kind = OwnerActionKind;

const QString actor = QStringLiteral("owner");

// One change, resolved against the book, waiting for the owner's yes.
struct Step {
    Kind kind = Kind::Unknown;
    qint64 clientId = 0; // 0 when newClient >= 0
    int newClient = -1; // index in the plan of the step that adds this client
    QString clientName; // as the book has it (or as it will)
    QList<BillRow> bills; // chase: the one chased; mark_paid: the ones paid; stop: the ones paused or stopped
    QList<qint64> payMinor; // mark_paid: the part of the payment for each bill
    qint64 amountMinor = 0; // add_bill
    QString currency; // add_bill
    QDate date; // stop_reminders: until; add_bill: due
    QString phone; // add_client, as written
    QString email;
    QString billNumber; // add_bill: the number it is to get
    QString note; // said with the confirmation ("you already have a client called ...")
};

// "Did you mean ...?" or "Which client?": the rest of the message waits for the answer.
struct OpenQuestion {
    QList<OwnerAction> actions; // the message's actions
    int index = 0; // the one waiting for a client; those after it follow
    QList<ClientCandidate> candidates; // empty: any client of the book
    QList<Step> plan; // the steps of the message resolved before the question
    QString asked;
};

bool isOpenWithBalance(const BillRow &b)
{
    return (b.status == BillStatus::Open || b.status == BillStatus::Disputed) && b.amountMinor - b.paidMinor > 0;
}

// Most overdue first; bills without a due date last.
bool byDue(const BillRow &a, const BillRow &b)
{
    if (a.dueOn.isValid() != b.dueOn.isValid())
        return a.dueOn.isValid();
    if (a.dueOn != b.dueOn)
        return a.dueOn < b.dueOn;
    return a.id < b.id;
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

int ordinalAnswer(const QString &message)
{
    static const QRegularExpression first(QStringLiteral(R"(^\W*(?:the\s+)?(?:first|1st|1|former|top)(?:\s+one)?\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression second(
        QStringLiteral(R"(^\W*(?:the\s+)?(?:second|2nd|2|latter|other)(?:\s+one)?\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression third(
        QStringLiteral(R"(^\W*(?:the\s+)?(?:third|3rd|3)(?:\s+one)?\W*$)"), QRegularExpression::CaseInsensitiveOption);
    if (first.match(message).hasMatch())
        return 0;
    if (second.match(message).hasMatch())
        return 1;
    if (third.match(message).hasMatch())
        return 2;
    return -1;
}

} // namespace

struct Assistant::Private {
    explicit Private(Book &b)
        : book(b)
        , engine(b)
    {
    }

    Book &book;
    ChaseEngine engine;
    qint64 lastClientId = 0;
    QString lastClientName;
    QList<Step> plan; // waiting for yes or no
    QString planQuestion; // the "...? yes/no" that asked about it
    std::optional<OpenQuestion> question;
    QList<qint64> shown; // drafts shown, not yet sent or skipped

    QDate today() const { return book.clock().today(); }
    QString money(qint64 minor, const QString &currency) const
    {
        return Money(minor, currency).toDisplayString(book.locale());
    }
    QString day(const QDate &d) const { return book.locale().toString(d, QStringLiteral("ddd d MMM")); }

    QList<BillRow> openBills(qint64 clientId) const
    {
        QList<BillRow> out;
        BillRepository(book).forEach([&](const BillRow &b) {
            if (b.clientId == clientId && isOpenWithBalance(b))
                out.append(b);
            return true;
        });
        std::sort(out.begin(), out.end(), byDue);
        return out;
    }

    QString candidateLabel(const ClientCandidate &c) const
    {
        const QList<BillRow> bills = openBills(c.clientId);
        return bills.isEmpty() ? c.name : Assistant::tr("%1 (%2)").arg(c.name, bills.first().number);
    }

    QString didYouMean(const QList<ClientCandidate> &candidates) const
    {
        QStringList labels;
        for (const ClientCandidate &c : candidates)
            labels.append(candidateLabel(c));
        const QString last = labels.takeLast();
        return labels.isEmpty() ? Assistant::tr("Did you mean %1?").arg(last)
                                : Assistant::tr("Did you mean %1 or %2?").arg(labels.join(QStringLiteral(", ")), last);
    }

    void remember(qint64 id, const QString &name)
    {
        if (id > 0) {
            lastClientId = id;
            lastClientName = name;
        }
    }

    std::optional<ClientCandidate> pickAnswer(
        const QString &message, const QString &parsedName, const OpenQuestion &q) const;
    void process(const QList<OwnerAction> &actions, int from, QList<Step> plan, std::optional<ClientCandidate> forced,
        QStringList *out);
    QString generalStatus() const;
    QString clientStatus(qint64 clientId, const QString &name) const;
    std::optional<Step> buildStep(const OwnerAction &a, const ClientCandidate &client, QStringList *out) const;
    QString describe(const Step &s) const;
    QStringList execute(QList<Step> plan);
    QStringList approveShown();
    QStringList skipShown();
    QString nextBillNumber(int offset) const;
    QString help() const;
};

QString Assistant::Private::help() const
{
    return Assistant::tr("Sorry, I can't do that yet. I can chase a client (\"chase Henderson\"), record a payment "
                         "(\"Rachel paid £200\"), pause or stop reminders (\"leave Dave alone till Friday\"), add a "
                         "client or a bill (\"add Tom Baker 07700 900123\", \"bill Tom £90 due Friday\"), tell you "
                         "who owes what (\"who owes me?\"), and send or skip the reminders I draft (\"yes\" / "
                         "\"no\").");
}

QString Assistant::Private::nextBillNumber(int offset) const
{
    qint64 next = 1;
    QSqlQuery q(book.database());
    if (q.exec(
            QStringLiteral("SELECT max(CAST(substr(number, 5) AS INTEGER)) FROM bills WHERE number GLOB 'INV-[0-9]*'"))
        && q.next() && !q.value(0).isNull())
        next = q.value(0).toLongLong() + 1;
    return QStringLiteral("INV-%1").arg(next + offset, 6, 10, QLatin1Char('0'));
}

std::optional<ClientCandidate> Assistant::Private::pickAnswer(
    const QString &message, const QString &parsedName, const OpenQuestion &q) const
{
    const int ordinal = ordinalAnswer(message);
    if (ordinal >= 0 && ordinal < q.candidates.size())
        return q.candidates[ordinal];
    // An invoice number of one of them.
    for (const ClientCandidate &c : q.candidates)
        for (const BillRow &b : openBills(c.clientId))
            if (message.contains(b.number, Qt::CaseInsensitive))
                return c;
    QList<ClientMatcher::Client> pool;
    if (q.candidates.isEmpty()) {
        const ClientMatcher all = ClientMatcher::fromBook(book);
        for (const QString &text : { message, parsedName }) {
            if (text.trimmed().isEmpty())
                continue;
            const ClientMatcher::Resolution r = all.resolve(text);
            if (r.verdict == ClientMatcher::Verdict::Unique)
                return r.candidates.first();
        }
        return std::nullopt;
    }
    for (const ClientCandidate &c : q.candidates)
        pool.append({ c.clientId, c.name, c.company });
    const ClientMatcher among(pool);
    for (const QString &text : { message, parsedName }) {
        if (text.trimmed().isEmpty())
            continue;
        const ClientMatcher::Resolution r = among.resolve(text);
        if (r.verdict == ClientMatcher::Verdict::Unique)
            return r.candidates.first();
    }
    return std::nullopt;
}

QString Assistant::Private::generalStatus() const
{
    QStringList lines;
    const QList<AgingTotals> totals = AgingReport::compute(book, today());
    if (totals.isEmpty())
        lines.append(Assistant::tr("Nobody owes you anything right now."));
    for (const AgingTotals &t : totals) {
        qint64 overdue = 0;
        qint64 bills = 0;
        for (std::size_t i = 0; i < t.balanceMinor.size(); ++i) {
            bills += t.billCount[i];
            if (i > 0)
                overdue += t.balanceMinor[i];
        }
        const QString owed
            = Assistant::tr("You're owed %1 across %n bill(s)", "", int(bills)).arg(money(t.totalMinor(), t.currency));
        const QString late = overdue > 0 ? Assistant::tr("%1 of it is overdue (%n bill(s)).", "", int(t.overdueCount()))
                                               .arg(money(overdue, t.currency))
                                         : Assistant::tr("none of it is overdue.");
        lines.append(owed + QStringLiteral("; ") + late);
    }
    const CashSnapshot snapshot = CashSnapshotBuilder::build(book, today());
    if (!snapshot.topDebtors.isEmpty()) {
        QStringList debtors;
        for (const Debtor &d : snapshot.topDebtors) {
            QString item = Assistant::tr("%1 %2").arg(d.clientName, money(d.outstandingMinor, snapshot.currency));
            if (d.overdueMinor > 0)
                item += Assistant::tr(" (%1 overdue)").arg(money(d.overdueMinor, snapshot.currency));
            debtors.append(item);
        }
        lines.append(Assistant::tr("Owed the most: %1.").arg(debtors.join(QStringLiteral(", "))));
    }
    if (snapshot.week.paidMinor > 0)
        lines.append(Assistant::tr("Paid in this week: %1.").arg(money(snapshot.week.paidMinor, snapshot.currency)));
    const qsizetype drafts = engine.pendingDrafts().size();
    if (drafts > 0)
        lines.append(Assistant::tr("%n reminder(s) wait for your approval.", "", int(drafts)));
    return lines.join(QLatin1Char('\n'));
}

QString Assistant::Private::clientStatus(qint64 clientId, const QString &name) const
{
    const QList<BillRow> bills = openBills(clientId);
    if (bills.isEmpty())
        return Assistant::tr("%1 owes you nothing right now.").arg(name);
    QMap<QString, qint64> totals;
    QStringList items;
    for (const BillRow &b : bills) {
        const qint64 balance = b.amountMinor - b.paidMinor;
        totals[b.currency] += balance;
        QString when;
        if (!b.dueOn.isValid())
            when = Assistant::tr("no due date");
        else if (b.dueOn < today())
            when = Assistant::tr("%n day(s) overdue", "", int(b.dueOn.daysTo(today())));
        else
            when = Assistant::tr("due %1").arg(day(b.dueOn));
        if (b.status == BillStatus::Disputed)
            when += Assistant::tr(", disputed");
        items.append(Assistant::tr("%1 %2 (%3)").arg(b.number, money(balance, b.currency), when));
    }
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(money(it.value(), it.key()));
    return Assistant::tr("%1 owes you %2: %3.")
        .arg(name, sums.join(QStringLiteral(" + ")), items.join(QStringLiteral(", ")));
}

// The step for one action on one client, or nothing (and why, in out).
std::optional<Step> Assistant::Private::buildStep(
    const OwnerAction &a, const ClientCandidate &client, QStringList *out) const
{
    Step s;
    s.kind = a.kind;
    s.clientId = client.clientId;
    s.clientName = client.name;
    QList<BillRow> bills = client.clientId > 0 ? openBills(client.clientId) : QList<BillRow>();
    if (!a.invoice.isEmpty() && (a.kind == Kind::Chase || a.kind == Kind::MarkPaid || a.kind == Kind::StopReminders)) {
        QList<BillRow> named;
        for (const BillRow &b : bills)
            if (b.number.compare(a.invoice, Qt::CaseInsensitive) == 0)
                named.append(b);
        if (named.isEmpty()) {
            out->append(Assistant::tr("%1 has no open bill %2.").arg(client.name, a.invoice));
            return std::nullopt;
        }
        bills = named;
    }
    switch (a.kind) {
    case Kind::Chase: {
        if (bills.isEmpty()) {
            out->append(Assistant::tr("%1 has nothing outstanding to chase.").arg(client.name));
            return std::nullopt;
        }
        s.bills = { bills.first() };
        return s;
    }
    case Kind::MarkPaid: {
        if (bills.isEmpty()) {
            out->append(Assistant::tr("%1 has no open bill to mark as paid.").arg(client.name));
            return std::nullopt;
        }
        if (!a.amount) {
            s.bills = bills;
            for (const BillRow &b : bills)
                s.payMinor.append(b.amountMinor - b.paidMinor);
            return s;
        }
        // The payment goes to the oldest bills first; any excess stays on the last one paid.
        const QString currency = bills.first().currency;
        qint64 left = qRound64(*a.amount * std::pow(10.0, qMax(0, Currency::minorDigits(currency))));
        if (left <= 0) {
            out->append(Assistant::tr("I need a positive amount to record a payment."));
            return std::nullopt;
        }
        for (const BillRow &b : bills) {
            if (b.currency != currency || left <= 0)
                continue;
            const qint64 part = std::min(left, b.amountMinor - b.paidMinor);
            s.bills.append(b);
            s.payMinor.append(part);
            left -= part;
        }
        if (left > 0)
            s.payMinor.last() += left;
        return s;
    }
    case Kind::StopReminders: {
        if (bills.isEmpty()) {
            out->append(Assistant::tr("%1 has no open bill, so there are no reminders to stop.").arg(client.name));
            return std::nullopt;
        }
        s.bills = bills;
        s.date = a.until;
        if (s.date.isValid() && s.date <= today()) {
            out->append(Assistant::tr("%1 is not a day ahead, so I can't pause until then.").arg(day(s.date)));
            return std::nullopt;
        }
        return s;
    }
    case Kind::AddClient:
        s.phone = a.phone.value_or(QString());
        s.email = a.email.value_or(QString());
        return s;
    case Kind::AddBill: {
        if (!a.amount || *a.amount <= 0) {
            out->append(Assistant::tr("How much should I bill %1? Say, for example, \"bill %1 £120 due Friday\".")
                            .arg(client.name));
            return std::nullopt;
        }
        // The stated currency, unless it is the bare "$" of a book kept in another dollar.
        QString currency = book.currency();
        if (!a.currency.isEmpty() && a.currency != currency && Currency::isKnown(a.currency)
            && !(a.currency == QLatin1String("USD") && currency.endsWith(QLatin1Char('D'))))
            currency = a.currency;
        s.currency = currency;
        s.amountMinor = qRound64(*a.amount * std::pow(10.0, qMax(0, Currency::minorDigits(currency))));
        s.date = a.due;
        return s;
    }
    default:
        return std::nullopt;
    }
}

QString Assistant::Private::describe(const Step &s) const
{
    auto numbers = [](const QList<BillRow> &bills) {
        QStringList n;
        for (const BillRow &b : bills)
            n.append(b.number);
        return n.join(QStringLiteral(", "));
    };
    switch (s.kind) {
    case Kind::Chase: {
        const BillRow &b = s.bills.first();
        return Assistant::tr("chase %1 for %2 (%3)")
            .arg(s.clientName, b.number, money(b.amountMinor - b.paidMinor, b.currency));
    }
    case Kind::MarkPaid: {
        QStringList parts;
        for (int i = 0; i < s.bills.size(); ++i) {
            const BillRow &b = s.bills[i];
            const qint64 balance = b.amountMinor - b.paidMinor;
            if (s.payMinor[i] == balance)
                parts.append(Assistant::tr("mark %1's %2 (%3) as paid in full")
                                 .arg(s.clientName, b.number, money(balance, b.currency)));
            else if (s.payMinor[i] > balance)
                parts.append(Assistant::tr("record %1 paid by %2 on %3 (%4 more than it owes)")
                                 .arg(money(s.payMinor[i], b.currency), s.clientName, b.number,
                                     money(s.payMinor[i] - balance, b.currency)));
            else
                parts.append(Assistant::tr("record %1 paid by %2 on %3, leaving %4")
                                 .arg(money(s.payMinor[i], b.currency), s.clientName, b.number,
                                     money(balance - s.payMinor[i], b.currency)));
        }
        return parts.join(QStringLiteral(", "));
    }
    case Kind::StopReminders:
        return s.date.isValid()
            ? Assistant::tr("pause reminders to %1 until %2 (%3)").arg(s.clientName, day(s.date), numbers(s.bills))
            : Assistant::tr("stop reminders to %1 (%2)").arg(s.clientName, numbers(s.bills));
    case Kind::AddClient: {
        QStringList details;
        if (!s.phone.isEmpty())
            details.append(s.phone);
        if (!s.email.isEmpty())
            details.append(s.email);
        QString text = details.isEmpty()
            ? Assistant::tr("add %1 as a new client").arg(s.clientName)
            : Assistant::tr("add %1 as a new client (%2)").arg(s.clientName, details.join(QStringLiteral(", ")));
        if (!s.note.isEmpty())
            text += QLatin1Char(' ') + s.note;
        return text;
    }
    case Kind::AddBill:
        return s.date.isValid() ? Assistant::tr("bill %1 %2 as %3, due %4")
                                      .arg(s.clientName, money(s.amountMinor, s.currency), s.billNumber, day(s.date))
                                : Assistant::tr("bill %1 %2 as %3, with no due date")
                                      .arg(s.clientName, money(s.amountMinor, s.currency), s.billNumber);
    default:
        return {};
    }
}

// Works through the message's actions from `from`: answers questions about money at once, gathers the changes
// into a plan to confirm, and stops to ask when a name fits several clients. `forced` is the client the owner
// just chose for actions[from].
void Assistant::Private::process(const QList<OwnerAction> &actions, int from, QList<Step> plan,
    std::optional<ClientCandidate> forced, QStringList *out)
{
    const ClientMatcher matcher = ClientMatcher::fromBook(book);
    auto ask = [&](int index, const QList<ClientCandidate> &candidates, const QString &text) {
        OpenQuestion q;
        q.actions = actions;
        q.index = index;
        q.candidates = candidates;
        q.plan = plan;
        q.asked = text;
        question = q;
        out->append(text);
    };
    for (int i = from; i < actions.size(); ++i) {
        const OwnerAction &a = actions[i];
        switch (a.kind) {
        case Kind::Approve:
            out->append(approveShown());
            continue;
        case Kind::Reject:
            out->append(skipShown());
            continue;
        case Kind::Unknown: {
            if (actions.size() > 1)
                continue;
            // A client's name alone: say what can be done about them.
            if (!a.client.isEmpty()) {
                const ClientMatcher::Resolution r = matcher.resolve(a.client);
                if (r.verdict == ClientMatcher::Verdict::Unique) {
                    remember(r.candidates.first().clientId, r.candidates.first().name);
                    out->append(Assistant::tr("What would you like me to do about %1? I can chase them, record a "
                                              "payment, pause their reminders or tell you what they owe.")
                                    .arg(r.candidates.first().name));
                    continue;
                }
            }
            out->append(help());
            continue;
        }
        default:
            break;
        }
        // Which client.
        std::optional<ClientCandidate> client;
        if (i == from && forced) {
            client = forced;
        } else if (a.kind == Kind::AddClient) {
            ClientCandidate fresh;
            fresh.name = a.client;
            client = fresh;
        } else if (a.client.isEmpty()) {
            if (a.kind == Kind::Status && !a.clientFromContext) {
                out->append(generalStatus());
                continue;
            }
            // "chase him too": the client of the conversation; "chase them all": nobody in particular.
            if (a.clientFromContext && lastClientId > 0) {
                ClientCandidate last;
                last.clientId = lastClientId;
                last.name = lastClientName;
                client = last;
            } else {
                ask(i, {}, Assistant::tr("Which client do you mean?"));
                return;
            }
        } else {
            // A client this message adds ("add Nate Ford ... and bill him £250").
            for (int k = 0; k < plan.size() && !client; ++k) {
                if (plan[k].kind == Kind::AddClient
                    && QString::compare(plan[k].clientName, a.client, Qt::CaseInsensitive) == 0) {
                    ClientCandidate added;
                    added.name = plan[k].clientName;
                    client = added;
                }
            }
            if (!client) {
                const ClientMatcher::Resolution r = matcher.resolve(a.client);
                if (r.verdict == ClientMatcher::Verdict::Ambiguous) {
                    ask(i, r.candidates, didYouMean(r.candidates));
                    return;
                }
                if (r.verdict == ClientMatcher::Verdict::Unique) {
                    client = r.candidates.first();
                } else if (a.kind == Kind::AddBill) {
                    // A bill for someone new: add them first.
                    Step add;
                    add.kind = Kind::AddClient;
                    add.clientName = a.client;
                    add.note = Assistant::tr("(not in your book yet)");
                    plan.append(add);
                    ClientCandidate added;
                    added.name = a.client;
                    client = added;
                } else {
                    out->append(Assistant::tr("I can't find a client called %1.").arg(a.client));
                    continue;
                }
            }
        }
        if (a.kind == Kind::Status) {
            remember(client->clientId, client->name);
            out->append(clientStatus(client->clientId, client->name));
            continue;
        }
        std::optional<Step> step = buildStep(a, *client, out);
        if (!step)
            continue;
        if (step->kind == Kind::AddClient) {
            const ClientMatcher::Resolution same = matcher.resolve(step->clientName);
            if (same.verdict != ClientMatcher::Verdict::None && same.candidates.first().score >= 1.0)
                step->note = Assistant::tr("(you already have a client called %1)").arg(same.candidates.first().name);
        }
        if (step->clientId == 0) {
            for (int k = 0; k < plan.size(); ++k)
                if (plan[k].kind == Kind::AddClient
                    && QString::compare(plan[k].clientName, step->clientName, Qt::CaseInsensitive) == 0)
                    step->newClient = k;
        } else {
            remember(step->clientId, step->clientName);
        }
        if (step->kind == Kind::AddBill) {
            int earlier = 0;
            for (const Step &p : plan)
                earlier += p.kind == Kind::AddBill ? 1 : 0;
            step->billNumber = nextBillNumber(earlier);
        }
        plan.append(*step);
    }
    if (plan.isEmpty())
        return;
    QStringList parts;
    for (const Step &s : plan)
        parts.append(describe(s));
    this->plan = plan;
    planQuestion = capitalized(parts.join(Assistant::tr("; then "))) + Assistant::tr("? yes/no");
    out->append(planQuestion);
}

QStringList Assistant::Private::execute(QList<Step> steps)
{
    QStringList done;
    QList<qint64> addedIds(steps.size(), 0);
    QList<qint64> drafted;
    const QDate day0 = today();
    for (int i = 0; i < steps.size(); ++i) {
        Step &s = steps[i];
        if (s.clientId == 0 && s.newClient >= 0)
            s.clientId = addedIds[s.newClient];
        QString error;
        switch (s.kind) {
        case Kind::Chase: {
            const BillRow &b = s.bills.first();
            const Result<qint64> id = engine.chaseNow(b.number, actor);
            if (!id) {
                done.append(Assistant::tr("I couldn't chase %1: %2").arg(s.clientName, id.error()));
                break;
            }
            drafted.append(*id);
            const std::optional<DraftRow> d = engine.draft(*id);
            QString text = Assistant::tr("Drafted a reminder to %1 for %2 (%3):")
                               .arg(s.clientName, b.number, d ? d->address : QString());
            if (d) {
                if (!d->subject.isEmpty())
                    text += QStringLiteral("\n  ") + d->subject;
                for (const QString &line : d->body.split(QLatin1Char('\n')))
                    text += QStringLiteral("\n  ") + line;
            }
            done.append(text);
            remember(s.clientId, s.clientName);
            break;
        }
        case Kind::MarkPaid:
            for (int k = 0; k < s.bills.size(); ++k) {
                const BillRow &b = s.bills[k];
                const Money paid(s.payMinor[k], b.currency);
                if (!engine.recordPayment(b.number, paid, day0, PaymentSource::Manual, actor, &error)) {
                    done.append(error);
                    continue;
                }
                const qint64 left = b.amountMinor - b.paidMinor - s.payMinor[k];
                done.append(left > 0
                        ? Assistant::tr("Recorded %1 from %2 on %3; %4 still to pay.")
                              .arg(money(paid.minor(), b.currency), s.clientName, b.number, money(left, b.currency))
                        : Assistant::tr("Recorded %1 from %2 on %3; it's paid in full.")
                              .arg(money(paid.minor(), b.currency), s.clientName, b.number));
            }
            remember(s.clientId, s.clientName);
            break;
        case Kind::StopReminders: {
            QStringList numbers;
            for (const BillRow &b : s.bills) {
                const bool ok = s.date.isValid() ? engine.recordPromise(b.number, s.date, actor, &error)
                                                 : engine.stopChase(b.number, actor, &error);
                if (ok)
                    numbers.append(b.number);
                else
                    done.append(error);
            }
            if (!numbers.isEmpty())
                done.append(s.date.isValid() ? Assistant::tr("Paused reminders to %1 until %2 (%3).")
                                                   .arg(s.clientName, day(s.date), numbers.join(QStringLiteral(", ")))
                                             : Assistant::tr("Stopped reminders to %1 (%2).")
                                                   .arg(s.clientName, numbers.join(QStringLiteral(", "))));
            remember(s.clientId, s.clientName);
            break;
        }
        case Kind::AddClient: {
            ClientRow row;
            row.name = s.clientName;
            row.email = s.email;
            row.relationshipStart = day0;
            QString phoneNote;
            if (!s.phone.isEmpty()) {
                const PhoneParseResult parsed = PhoneNumber::parse(s.phone, book.region());
                if (parsed.number) {
                    row.phoneE164 = parsed.number->e164();
                    row.phoneWarning = parsed.number->warning();
                } else {
                    phoneNote = Assistant::tr(" I couldn't read \"%1\" as a phone number (%2), so I left it off.")
                                    .arg(s.phone, parsed.error);
                }
            }
            const Result<qint64> id = ClientRepository(book).insert(row);
            if (!id) {
                done.append(id.error());
                break;
            }
            addedIds[i] = *id;
            remember(*id, s.clientName);
            done.append(Assistant::tr("Added %1 as a client.").arg(s.clientName) + phoneNote);
            break;
        }
        case Kind::AddBill: {
            if (s.clientId == 0) {
                done.append(Assistant::tr("I couldn't bill %1: the client was not added.").arg(s.clientName));
                break;
            }
            BillRepository bills(book);
            QString number = s.billNumber;
            for (int k = 1; bills.byNumber(number); ++k)
                number = nextBillNumber(k - 1);
            BillRow row;
            row.number = number;
            row.clientId = s.clientId;
            row.issuedOn = day0;
            row.dueOn = s.date;
            row.amountMinor = s.amountMinor;
            row.currency = s.currency;
            const Result<qint64> id = bills.insert(row);
            if (!id) {
                done.append(id.error());
                break;
            }
            remember(s.clientId, s.clientName);
            done.append(s.date.isValid() ? Assistant::tr("Added bill %1 for %2: %3, due %4.")
                                               .arg(number, s.clientName, money(s.amountMinor, s.currency), day(s.date))
                                         : Assistant::tr("Added bill %1 for %2: %3, with no due date.")
                                               .arg(number, s.clientName, money(s.amountMinor, s.currency)));
            break;
        }
        default:
            break;
        }
    }
    if (!drafted.isEmpty()) {
        shown = drafted;
        done.append(drafted.size() == 1 ? Assistant::tr("Send it? yes/no") : Assistant::tr("Send them? yes/no"));
    }
    return done;
}

QStringList Assistant::Private::approveShown()
{
    QStringList out;
    if (shown.isEmpty()) {
        const QList<DraftRow> pending = engine.pendingDrafts();
        if (pending.isEmpty()) {
            out.append(Assistant::tr("There's nothing waiting for a yes right now."));
            return out;
        }
        // Nothing shown yet: show the newest draft and ask.
        const DraftRow &d = pending.last();
        QString text = Assistant::tr("The newest reminder waiting is to %1 for %2 (%3):")
                           .arg(d.clientName, d.billNumber, d.address);
        for (const QString &line : d.body.split(QLatin1Char('\n')))
            text += QStringLiteral("\n  ") + line;
        out.append(text);
        out.append(Assistant::tr("Send it? yes/no"));
        shown = { d.id };
        return out;
    }
    for (const qint64 id : std::as_const(shown)) {
        const std::optional<DraftRow> d = engine.draft(id);
        const Result<qint64> queued = engine.approve(id, actor);
        if (queued)
            out.append(Assistant::tr("Sent: the reminder to %1 for %2 is queued to go out.")
                           .arg(d ? d->clientName : QString(), d ? d->billNumber : QString()));
        else
            out.append(queued.error());
    }
    shown.clear();
    return out;
}

QStringList Assistant::Private::skipShown()
{
    QStringList out;
    if (shown.isEmpty()) {
        out.append(Assistant::tr("OK, there's nothing to cancel."));
        return out;
    }
    for (const qint64 id : std::as_const(shown)) {
        const std::optional<DraftRow> d = engine.draft(id);
        QString error;
        if (engine.skip(id, actor, &error))
            out.append(Assistant::tr("OK, I won't send the reminder to %1.").arg(d ? d->clientName : QString()));
        else
            out.append(error);
    }
    shown.clear();
    return out;
}

Assistant::Assistant(Book &book)
    : d(std::make_unique<Private>(book))
{
}

Assistant::~Assistant() = default;

QString Assistant::reply(const QString &message)
{
    QList<OwnerAction> actions = OwnerCommandParser::parse(message, d->today(), dateOrderForRegion(d->book.region()));
    QStringList out;

    // An open question takes a name, "the first", or an invoice number as its answer.
    if (d->question) {
        const OpenQuestion q = *d->question;
        d->question.reset();
        const bool refusal = actions.size() == 1 && actions.first().kind == Kind::Reject;
        if (refusal)
            return tr("OK, never mind.");
        // A lone name (or "the first") answers; a new instruction leaves the question.
        const bool answering = actions.size() == 1 && actions.first().kind == Kind::Unknown;
        const std::optional<ClientCandidate> pick
            = d->pickAnswer(message, answering ? actions.first().client : QString(), q);
        if (pick) {
            d->process(q.actions, q.index, q.plan, pick, &out);
            return out.join(QLatin1Char('\n'));
        }
        if (answering) {
            d->question = q;
            return tr("Sorry, I didn't catch which one. %1").arg(q.asked);
        }
        // Something else: the question is dropped.
    }

    // A plan waiting for yes or no. A question about money in between leaves it waiting.
    const bool onlyStatus
        = std::all_of(actions.cbegin(), actions.cend(), [](const OwnerAction &a) { return a.kind == Kind::Status; });
    if (!d->plan.isEmpty() && onlyStatus) {
        const QList<Step> waiting = d->plan;
        const QString asked = d->planQuestion;
        d->process(actions, 0, {}, std::nullopt, &out);
        d->plan = waiting;
        d->planQuestion = asked;
        if (!d->question)
            out.append(tr("Still waiting on this: %1").arg(asked));
        return out.join(QLatin1Char('\n'));
    }
    if (!d->plan.isEmpty()) {
        const QList<Step> plan = d->plan;
        d->plan.clear();
        if (actions.first().kind == Kind::Approve) {
            out += d->execute(plan);
            actions.removeFirst();
        } else if (actions.first().kind == Kind::Reject) {
            out.append(tr("OK, I won't."));
            actions.removeFirst();
        } else {
            out.append(tr("(I've left the last request undone.)"));
        }
    }
    if (!actions.isEmpty())
        d->process(actions, 0, {}, std::nullopt, &out);
    if (out.isEmpty())
        out.append(d->help());
    return out.join(QLatin1Char('\n'));
}

qint64 Assistant::lastClientId() const
{
    return d->lastClientId;
}

bool Assistant::awaitingConfirmation() const
{
    return !d->plan.isEmpty();
}

bool Assistant::awaitingAnswer() const
{
    return d->question.has_value();
}

QList<qint64> Assistant::shownDrafts() const
{
    return d->shown;
}

} // namespace duedesk
