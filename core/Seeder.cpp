#include "Seeder.h"

#include "Book.h"
#include "Clock.h"
#include "Currency.h"
#include "Domain.h"
#include "ScopedCacheSize.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <random>

namespace duedesk {

namespace {

// Portable randomness: std::mt19937_64 is specified exactly; the std distributions are not, so the
// mapping to ranges is done here.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) { }
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }          // [0, 1)
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(unit() * double(hi - lo + 1)); }
    bool chance(double p) { return unit() < p; }
    double normal()
    {
        const double u1 = 1.0 - unit();
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[between(0, N - 1)]; }

private:
    std::mt19937_64 m_engine;
};

const char *const firstNames[] = {
    "Rachel", "Tom", "Priya", "James", "Sofia", "Liam", "Aisha", "Daniel", "Chloe", "Mateo", "Hannah", "Oliver",
    "Amara", "Lucas", "Emma", "Noah", "Isabel", "Ethan", "Mia", "Samuel", "Grace", "Jack", "Zara", "Leo",
    "Fatima", "Henry", "Olivia", "Arjun", "Lucy", "Marco", "Nina", "Owen", "Claire", "Ravi", "Elena", "Kofi",
    "Sarah", "Ben", "Yuki", "Pierre", "Anna", "Jonas", "Carmen", "Declan", "Megan", "Hugo", "Ingrid", "Tariq"};
const char *const lastNames[] = {
    "Henderson", "Hendry", "Baker", "Patel", "Garcia", "O'Brien", "Nguyen", "Müller", "Dubois", "Rossi", "Smith",
    "Okafor", "Kowalski", "Johansson", "Fernández", "Murphy", "Clarke", "Khan", "Schmidt", "Martin", "Walsh",
    "Evans", "Lefèvre", "Novak", "Hughes", "Silva", "Brennan", "Wright", "Ahmed", "Fischer", "Moreau", "Byrne"};
const char *const trades[] = {"Bakery", "Dental", "Design", "Builders", "Cafe", "Motors", "Florist", "Studio",
                              "Accountants", "Joinery", "Fitness", "Print", "Catering", "Lettings", "Garden Care"};
const char *const companySuffixes[] = {"Ltd", "& Co", "& Sons", "Partners", "Group", ""};
const char *const emailDomains[] = {"example.com", "example.org", "example.net"};

QString asciiLocalPart(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = sqlErrorText(q.lastError());
    return false;
}

} // namespace

Result<SeedSummary> Seeder::seed(Book &book, const SeedOptions &options)
{
    using R = Result<SeedSummary>;
    if (options.clients < 1 || options.bills < 0)
        return R::failure(tr("Seeding needs at least one client and no negative number of bills."));

    QSqlDatabase db = book.database();
    const QDate today = book.clock().today();
    const QString now = sql::dateTime(book.clock().now()).toString();
    const QString home = book.currency();
    const QString region = book.region();
    const QString secondCurrency = home == QLatin1String("EUR") ? QStringLiteral("USD") : QStringLiteral("EUR");
    const QString thirdCurrency = home == QLatin1String("USD") ? QStringLiteral("GBP") : QStringLiteral("USD");
    Random rnd(options.seed);
    SeedSummary summary;

    const ScopedCacheSize cacheSize(db, options.bills > 10000);
    // Demo data speaks for a demo business, unless the owner has named theirs.
    if (book.setting(QStringLiteral("business_name")).isEmpty())
        book.setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));

    if (!db.transaction())
        return R::failure(tr("Cannot seed the book: %1").arg(sqlErrorText(db.lastError())));
    auto fail = [&](const QString &why) {
        db.rollback();
        return R::failure(tr("Cannot seed the book: %1").arg(why));
    };
    QString error;

    QSqlQuery maxBill(db);
    qint64 nextNumber = 1;
    // Continue after the highest demo number already in the book.
    if (maxBill.exec(QStringLiteral("SELECT max(CAST(substr(number, 5) AS INTEGER)) FROM bills "
                                    "WHERE number GLOB 'INV-[0-9]*'"))
        && maxBill.next())
        nextNumber = maxBill.value(0).toLongLong() + 1;

    // Clients.
    QList<qint64> clientIds;
    clientIds.reserve(options.clients);
    QSqlQuery insertClient(db);
    insertClient.prepare(QStringLiteral(
        "INSERT INTO clients (name, company, segment, language, relationship_start, preferred_channel, email, "
        "phone_e164, whatsapp_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertConsent(db);
    insertConsent.prepare(QStringLiteral(
        "INSERT INTO consents (client_id, channel, opted_in_at, opted_in_by) VALUES (?, ?, ?, 'demo data')"));
    const char *const segments[] = {"standard", "standard", "standard", "standard", "new", "vip", "strategic", "government"};
    const char *const channels[] = {"email", "email", "whatsapp", "sms", "telegram"};
    const QString countryPrefix = region == QLatin1String("US") ? QStringLiteral("+1555") : QStringLiteral("+447700");
    for (int i = 0; i < options.clients; ++i) {
        const QString first = QString::fromUtf8(rnd.pick(firstNames));
        const QString last = QString::fromUtf8(rnd.pick(lastNames));
        const QString name = first + QLatin1Char(' ') + last;
        QString company;
        if (rnd.chance(0.6)) {
            const QString suffix = QString::fromUtf8(rnd.pick(companySuffixes));
            company = rnd.chance(0.5) ? QString(last + QLatin1Char(' ') + QString::fromUtf8(rnd.pick(trades)))
                                      : QString(QString::fromUtf8(rnd.pick(trades)) + QStringLiteral(" by ") + first);
            if (!suffix.isEmpty())
                company += QLatin1Char(' ') + suffix;
        }
        const QString email = asciiLocalPart(first) + QLatin1Char('.') + asciiLocalPart(last) + QLatin1Char('@')
                            + QString::fromLatin1(rnd.pick(emailDomains));
        // Numbers in ranges reserved for fiction (Ofcom 07700 900xxx, NANP 555-01xx style).
        const QString phone = countryPrefix + QStringLiteral("9%1").arg(rnd.between(0, 99999), 5, 10, QLatin1Char('0'));
        const QString channel = QString::fromLatin1(rnd.pick(channels));
        insertClient.bindValue(0, name);
        insertClient.bindValue(1, sql::text(company));
        insertClient.bindValue(2, QString::fromLatin1(rnd.pick(segments)));
        insertClient.bindValue(3, sql::text(QString()));
        insertClient.bindValue(4, sql::date(today.addDays(-rnd.between(30, 12 * 365))));
        insertClient.bindValue(5, channel);
        insertClient.bindValue(6, email);
        insertClient.bindValue(7, phone);
        insertClient.bindValue(8, sql::text(channel == QLatin1String("whatsapp") ? phone.mid(1) : QString()));
        insertClient.bindValue(9, now);
        if (!exec(insertClient, &error))
            return fail(error);
        const qint64 id = insertClient.lastInsertId().toLongLong();
        clientIds.append(id);
        for (const char *c : {"email", "sms"}) {
            if (!rnd.chance(0.9))
                continue;
            insertConsent.bindValue(0, id);
            insertConsent.bindValue(1, QString::fromLatin1(c));
            insertConsent.bindValue(2, now);
            if (!exec(insertConsent, &error))
                return fail(error);
        }
        if (channel == QLatin1String("whatsapp") || channel == QLatin1String("telegram")) {
            insertConsent.bindValue(0, id);
            insertConsent.bindValue(1, channel);
            insertConsent.bindValue(2, now);
            if (!exec(insertConsent, &error))
                return fail(error);
        }
        ++summary.clients;
    }

    // Bills and their payments.
    QSqlQuery insertBill(db);
    insertBill.prepare(QStringLiteral(
        "INSERT INTO bills (number, client_id, issued_on, due_on, amount_minor, currency, po_reference, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertPayment(db);
    insertPayment.prepare(QStringLiteral(
        "INSERT INTO payments (bill_id, amount_minor, paid_on, method, source, created_at) VALUES (?, ?, ?, ?, 'import', ?)"));
    const char *const methods[] = {"bank transfer", "card", "bank transfer", "cash", "cheque"};
    for (qint64 i = 0; i < options.bills; ++i) {
        const double u = rnd.unit();
        const qint64 clientId = clientIds.at(qMin<qsizetype>(clientIds.size() - 1, qsizetype(u * u * clientIds.size())));
        const qint64 daysAgo = rnd.between(-30, 540);          // due dates over the past 18 months
        const QDate due = today.addDays(-daysAgo);
        const QDate issued = due.addDays(-(rnd.chance(0.5) ? 30 : 14));
        const double c = rnd.unit();
        const QString currency = c < 0.88 ? home : (c < 0.96 ? secondCurrency : thirdCurrency);
        const int digits = Currency::minorDigits(currency);
        const double major = std::exp(std::log(450.0) + 0.9 * rnd.normal());
        qint64 scale = 1;
        for (int d = 0; d < digits; ++d)
            scale *= 10;
        // Mostly round figures; some with pence.
        qint64 amount = qMax<qint64>(1, qint64(std::llround(major))) * scale;
        if (digits > 0 && rnd.chance(0.3))
            amount += rnd.between(0, scale - 1);

        // Older bills are more likely settled.
        const double paidChance = daysAgo > 90 ? 0.85 : daysAgo > 30 ? 0.6 : daysAgo > 0 ? 0.35 : 0.08;
        QString status = QStringLiteral("open");
        qint64 paid = 0;
        if (rnd.chance(paidChance)) {
            status = QStringLiteral("paid");
            paid = amount;
        } else if (rnd.chance(0.12)) {
            paid = amount * rnd.between(20, 70) / 100;
        } else if (daysAgo > 0 && rnd.chance(0.03)) {
            status = QStringLiteral("disputed");
        } else if (daysAgo > 200 && rnd.chance(0.05)) {
            status = QStringLiteral("written_off");
        } else if (rnd.chance(0.01)) {
            status = QStringLiteral("cancelled");
        }

        insertBill.bindValue(0, QStringLiteral("INV-%1").arg(nextNumber++, 6, 10, QLatin1Char('0')));
        insertBill.bindValue(1, clientId);
        insertBill.bindValue(2, sql::date(issued));
        insertBill.bindValue(3, sql::date(due));
        insertBill.bindValue(4, amount);
        insertBill.bindValue(5, currency);
        insertBill.bindValue(6, sql::text(rnd.chance(0.2) ? QStringLiteral("PO-%1").arg(rnd.between(1000, 99999)) : QString()));
        insertBill.bindValue(7, status);
        insertBill.bindValue(8, now);
        insertBill.bindValue(9, now);
        if (!exec(insertBill, &error))
            return fail(error);
        if (paid > 0) {
            const QDate paidOn = qMin(today, due.addDays(rnd.between(-7, 45)));
            insertPayment.bindValue(0, insertBill.lastInsertId());
            insertPayment.bindValue(1, paid);
            insertPayment.bindValue(2, sql::date(qMax(issued, paidOn)));
            insertPayment.bindValue(3, QString::fromLatin1(rnd.pick(methods)));
            insertPayment.bindValue(4, now);
            if (!exec(insertPayment, &error))
                return fail(error);
            ++summary.payments;
        }
        ++summary.bills;
    }
    if (!db.commit())
        return fail(sqlErrorText(db.lastError()));
    return summary;
}

} // namespace duedesk
