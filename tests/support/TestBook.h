#pragma once

#include <Book.h>
#include <Clock.h>

#include <QTemporaryDir>

#include <memory>

// A new, empty book in a temporary folder, on a manual clock set to 2026-11-23 12:00 UTC unless told.
// Everything is removed when the TestBook goes away.
class TestBook
{
public:
    explicit TestBook(const QDateTime &now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));

    duedesk::Book &book() { return *m_book; }
    duedesk::ManualClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    bool isValid() const { return m_book != nullptr; }
    const QString &error() const { return m_error; }

    // Adds a client and returns its id (fails the current test on error via the returned 0).
    qint64 addClient(const QString &name);
    // Adds an open bill; dueOn may be invalid for "no due date".
    qint64 addBill(const QString &number, qint64 clientId, const QDate &dueOn, qint64 amountMinor,
                   const QString &currency = QStringLiteral("GBP"));

private:
    QTemporaryDir m_dir;
    duedesk::ManualClock m_clock;
    QString m_path;
    QString m_error;
    std::shared_ptr<duedesk::Book> m_book;
};
