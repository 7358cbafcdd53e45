#pragma once

#include <BookBackup.h>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;

// Settings > Backups: "Back up now" into a folder (remembered in the book, by default "Backups" beside the
// book), and the backups already there, newest first.
class BackupModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(QString bookPath READ bookPath CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { FileNameRole = Qt::UserRole + 1, PathRole, WhenRole, SizeRole };
    Q_ENUM(Role)

    explicit BackupModel(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~BackupModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString folder() const { return m_folder; }
    QString bookPath() const;
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    // Accepts a path or a file: URL (from a folder dialog).
    void setFolder(const QString &folder);

    Q_INVOKABLE void refresh();
    // Writes a backup now; message says where, or why not.
    Q_INVOKABLE bool backUpNow();

Q_SIGNALS:
    void folderChanged();
    void messageChanged();
    void countChanged();

private:
    void setMessage(const QString &message, bool failed);

    std::shared_ptr<Book> m_book;
    QString m_folder;
    QList<BackupFile> m_files;
    QString m_message;
    bool m_failed = false;
};

} // namespace duedesk
