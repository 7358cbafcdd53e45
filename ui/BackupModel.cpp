#include "BackupModel.h"

#include <Book.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace duedesk {

namespace {

const QString kFolderKey = QStringLiteral("backup_folder");

} // namespace

BackupModel::BackupModel(std::shared_ptr<Book> book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(std::move(book))
{
    m_folder = m_book->setting(kFolderKey,
                               QDir::toNativeSeparators(QFileInfo(m_book->path()).absoluteDir().filePath(QStringLiteral("Backups"))));
    refresh();
}

BackupModel::~BackupModel() = default;

int BackupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

QVariant BackupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupFile &file = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return QFileInfo(file.path).fileName();
    case PathRole:
        return QDir::toNativeSeparators(file.path);
    case WhenRole:
        return m_book->locale().toString(file.modified, QLocale::ShortFormat);
    case SizeRole:
        return m_book->locale().formattedDataSize(file.bytes);
    default:
        return {};
    }
}

QHash<int, QByteArray> BackupModel::roleNames() const
{
    return {{FileNameRole, "fileName"}, {PathRole, "path"}, {WhenRole, "when"}, {SizeRole, "size"}};
}

QString BackupModel::bookPath() const
{
    return QDir::toNativeSeparators(m_book->path());
}

void BackupModel::setFolder(const QString &folder)
{
    const QUrl url(folder);
    const QString path = QDir::toNativeSeparators(url.isLocalFile() ? url.toLocalFile() : folder.trimmed());
    if (path == m_folder)
        return;
    m_folder = path;
    m_book->setSetting(kFolderKey, path);
    Q_EMIT folderChanged();
    refresh();
}

void BackupModel::refresh()
{
    const int before = int(m_files.size());
    beginResetModel();
    m_files = BookBackup::list(*m_book, QDir::fromNativeSeparators(m_folder));
    endResetModel();
    if (before != m_files.size())
        Q_EMIT countChanged();
}

bool BackupModel::backUpNow()
{
    const Result<QString> written = BookBackup::backUp(*m_book, QDir::fromNativeSeparators(m_folder));
    if (!written) {
        setMessage(written.error(), true);
        return false;
    }
    refresh();
    setMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(*written)), false);
    return true;
}

void BackupModel::setMessage(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT messageChanged();
}

} // namespace duedesk
