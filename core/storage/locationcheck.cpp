#include "locationcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString databaseLocationWarning(const QString &databasePath)
{
    const QString folder = QFileInfo(databasePath).absolutePath();
    static const QStringList networkFileSystems{u"nfs"_s, u"nfs4"_s, u"cifs"_s, u"smb"_s, u"smbfs"_s, u"smb2"_s,
                                                u"fuse.sshfs"_s, u"afpfs"_s, u"webdav"_s, u"davfs"_s, u"9p"_s};
    const QString fsType = QString::fromLatin1(QStorageInfo(folder).fileSystemType()).toLower();
    if (networkFileSystems.contains(fsType)) {
        return QCoreApplication::translate("LocationCheck",
                                           "The database is on a network drive (%1). SQLite files on network drives "
                                           "get corrupted; keep it on a local disk, or use a shared team database.")
            .arg(fsType);
    }
    static const QStringList syncedFolders{u"dropbox"_s, u"onedrive"_s, u"google drive"_s, u"googledrive"_s,
                                           u"icloud"_s, u"yandex.disk"_s, u"yandexdisk"_s, u"nextcloud"_s,
                                           u"owncloud"_s, u"mega"_s};
    const QStringList parts = QDir::fromNativeSeparators(folder).toLower().split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        for (const QString &synced : syncedFolders) {
            if (part == synced || part.startsWith(synced + u' ') || part.startsWith(synced + u'-'))
                return QCoreApplication::translate("LocationCheck",
                                                   "The database is in a cloud-synced folder (%1). Syncing a live "
                                                   "SQLite file corrupts it; keep it on a local disk, or use a "
                                                   "shared team database.")
                    .arg(part);
        }
    }
    return {};
}

} // namespace rapport
