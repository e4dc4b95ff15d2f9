#include "backup.h"

#include "sql.h"
#include "teampush.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <filesystem>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

bool syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(f.handle()) == 0;
#else
    return f.flush();
#endif
}

Status replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()), ec);
    if (ec)
        return fail(QCoreApplication::translate("Backup", "Cannot move %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(ec.message().c_str())));
    return {};
}

} // namespace

Status Backup::quickCheck(const QString &file)
{
    const QString name = u"rapport-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        conn.setDatabaseName(file);
        conn.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!conn.open()) {
            problem = conn.lastError().text();
        } else {
            auto q = sql::exec(conn, u"PRAGMA quick_check"_s);
            if (!q)
                problem = q.error();
            else if (!q->next() || q->value(0).toString() != u"ok"_s)
                problem = q->value(0).toString();
        }
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        return fail(QCoreApplication::translate("Backup", "%1 failed its check: %2").arg(file, problem));
    return {};
}

Status Backup::writeTo(const QString &target)
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("Backup", "Cannot create folder %1.").arg(info.absolutePath()));
    const QString tmp = info.absoluteFilePath() + u".tmp-"_s + QUuid::createUuid().toString(QUuid::Id128);
    if (m_db.isServer()) {
        // A team database: a new file of the same schema filled from one
        // snapshot of the server and compared with it table by table.
        Status copied;
        {
            Database::Options options;
            options.backupBeforeMigrate = false;
            auto file = Database::open(tmp, options);
            if (!file) {
                copied = fail(file.error());
            } else if (auto pulled = TeamPush::pull(m_db, *file); !pulled) {
                copied = fail(pulled.error());
            }
        }
        Database::closeAllConnections(tmp);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(tmp + suffix);
        if (!copied) {
            QFile::remove(tmp);
            return fail(QCoreApplication::translate("Backup", "Backup failed: %1").arg(copied.error()));
        }
    } else if (auto vacuum = sql::exec(m_db.connection(), u"VACUUM INTO ?"_s, {tmp}); !vacuum) {
        QFile::remove(tmp);
        return fail(QCoreApplication::translate("Backup", "Backup failed: %1").arg(vacuum.error()));
    }
    if (Status s = quickCheck(tmp); !s) {
        QFile::remove(tmp);
        return s;
    }
    QFile::setPermissions(tmp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncFile(tmp)) {
        QFile::remove(tmp);
        return fail(QCoreApplication::translate("Backup", "Cannot flush %1 to disk.").arg(tmp));
    }
    if (Status s = replaceFile(tmp, info.absoluteFilePath()); !s) {
        QFile::remove(tmp);
        return s;
    }
    return {};
}

QString Backup::defaultDirectory() const
{
    // A team database has no folder of its own: its snapshots go to this
    // computer's data folder, one folder per server database.
    if (m_db.isServer())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/team-backups/"_s
            + m_db.server().database;
    return QFileInfo(m_db.path()).absolutePath() + u"/backups"_s;
}

QStringList Backup::automaticBackups(const QString &dir)
{
    QDir d(dir);
    QStringList names = d.entryList({u"rapport-*.sqlite"_s}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n = d.absoluteFilePath(n);
    return names;
}

Result<QString> Backup::rotate(const QString &dir, int keep)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s);
    const QString target = QDir(dir).absoluteFilePath(u"rapport-"_s + stamp + u".sqlite"_s);
    if (Status s = writeTo(target); !s)
        return fail(s.error());
    QStringList existing = automaticBackups(dir);
    while (existing.size() > std::max(keep, 1))
        QFile::remove(existing.takeFirst());
    return target;
}

Status Backup::restore(const QString &backupFile, const QString &target, bool force)
{
    if (!QFileInfo::exists(backupFile))
        return fail(QCoreApplication::translate("Backup", "Backup %1 does not exist.").arg(backupFile));
    if (Status s = quickCheck(backupFile); !s)
        return s;
    const QFileInfo info(target);
    if (info.exists() && !force)
        return fail(QCoreApplication::translate("Backup", "%1 already exists; use --force to replace it.").arg(info.absoluteFilePath()));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("Backup", "Cannot create folder %1.").arg(info.absolutePath()));
    Database::closeAllConnections(target);
    const QString tmp = info.absoluteFilePath() + u".restore-"_s + QUuid::createUuid().toString(QUuid::Id128);
    if (!QFile::copy(backupFile, tmp))
        return fail(QCoreApplication::translate("Backup", "Cannot copy %1 to %2.").arg(backupFile, tmp));
    QFile::setPermissions(tmp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncFile(tmp)) {
        QFile::remove(tmp);
        return fail(QCoreApplication::translate("Backup", "Cannot flush %1 to disk.").arg(tmp));
    }
    // The old WAL belongs to the old file: left behind it would be replayed
    // into the restored one.
    QFile::remove(info.absoluteFilePath() + u"-wal"_s);
    QFile::remove(info.absoluteFilePath() + u"-shm"_s);
    return replaceFile(tmp, info.absoluteFilePath());
}

} // namespace rapport
