#include "database.h"

#include "migrator.h"
#include "seeds.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

// Debug messages (a failed connection, already returned as an error) only with
// QT_LOGGING_RULES="rapport.storage.database.debug=true".
Q_LOGGING_CATEGORY(lcDatabase, "rapport.storage.database", QtInfoMsg)

static QString connectionPrefix(const QString &path)
{
    return u"rapport|"_s + path + u'|';
}

static QString connectionName(const QString &path)
{
    return connectionPrefix(path) + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/rapport.sqlite"_s;
}

Result<Database> Database::open(const QString &rawPath, const Options &options)
{
    if (rawPath.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Database", "No database path given."));
    if (ServerAddress::looksLikeUri(rawPath))
        return openServer(rawPath, options);
    const QFileInfo info(rawPath);
    const QString path = info.absoluteFilePath();
    const bool existed = info.exists();
    if (!existed && !options.createIfMissing)
        return fail(QCoreApplication::translate("Database", "Database %1 does not exist.").arg(path));
    if (existed && !info.isFile())
        return fail(QCoreApplication::translate("Database", "%1 is not a file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("Database", "Cannot create folder %1.").arg(info.absolutePath()));

    // A file that is not SQLite is refused before a connection touches it:
    // one clear message, and the file is left as it was.
    if (existed && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("Database", "Cannot read %1: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(QCoreApplication::translate("Database", "%1 is not a Rapport database (not an SQLite file).").arg(path));
    }

    Database db(path);
    // Every QSqlDatabase handle is gone when prepare() returns, so a failure
    // can remove the connection without Qt's "still in use" warning.
    if (Status prepared = prepare(db, existed && info.size() > 0, options); !prepared) {
        db.closeThreadConnection();
        return fail(prepared.error());
    }
    return db;
}

Status Database::prepare(Database &db, bool existedWithData, const Options &options)
{
    const QString &path = db.m_path;
    QSqlDatabase conn = db.connection();
    if (!conn.isOpen())
        return fail(QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, conn.lastError().text()));

    // The file holds client and money data: only its owner may read it.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    if (auto probe = sql::scalar(conn, u"SELECT count(*) FROM sqlite_master"_s); !probe)
        return fail(QCoreApplication::translate("Database", "%1 is not a Rapport database: %2").arg(path, probe.error()));
    // WAL lets readers (dashboards, the CLI) work while one writer writes.
    const auto mode = sql::scalar(conn, u"PRAGMA journal_mode=WAL"_s);
    if (!mode || mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcDatabase) << "WAL journal mode not available for" << path;

    return db.migrateIfNeeded(existedWithData && options.backupBeforeMigrate, options);
}

Result<Database> Database::openServer(const QString &uri, const Options &options)
{
    auto address = ServerAddress::parse(uri);
    if (!address)
        return fail(address.error());
    Database db(address->uri());
    db.m_engine = Engine::PostgreSQL;
    db.m_server = *address;
    if (db.m_server.password.isEmpty())
        db.m_server.password = options.password; // else libpq reads PGPASSWORD or ~/.pgpass
    QString reason;
    {
        const QSqlDatabase conn = db.connection();
        if (!conn.isOpen()) {
            // libpq's own words; the driver's "Unable to connect" adds nothing.
            reason = conn.lastError().databaseText().trimmed();
            if (reason.isEmpty())
                reason = conn.lastError().text().trimmed();
        }
    }
    if (!reason.isEmpty()) {
        // Closed once no handle to the connection is left.
        db.closeThreadConnection();
        return fail(QCoreApplication::translate("Database", "Cannot connect to the team database %1: %2")
                        .arg(db.displayName(), reason));
    }
    if (Status migrated = db.migrateIfNeeded(false, options); !migrated) {
        db.closeThreadConnection();
        return fail(migrated.error());
    }
    return db;
}

Status Database::migrateIfNeeded(bool backupFirst, const Options &options)
{
    const int current = schemaVersion();
    const int latest = Migrator::latestVersion(engine());
    if (current < 0)
        return fail(QCoreApplication::translate("Database", "Cannot read the schema version of %1.").arg(displayName()));
    if (current > latest) {
        return fail(QCoreApplication::translate("Database",
                                                "%1 has schema version %2, newer than this Rapport supports (%3). "
                                                "Update Rapport to open it.")
                        .arg(displayName())
                        .arg(current)
                        .arg(latest));
    }
    if (options.migrate && current < latest) {
        if (const Status migrated = Migrator(*this).migrate(backupFirst); !migrated)
            return migrated;
        if (const Status seeded = ensureDefaults(*this); !seeded)
            return seeded;
    }
    return {};
}

QString Database::displayName() const
{
    return isServer() ? m_server.display() : QDir::toNativeSeparators(m_path);
}

QString Database::serverVersion() const
{
    if (isServer()) {
        auto v = sql::scalar(connection(), u"SHOW server_version"_s);
        return u"PostgreSQL "_s + (v ? v->toString().section(u' ', 0, 0) : QString());
    }
    auto v = sql::scalar(connection(), u"SELECT sqlite_version()"_s);
    return u"SQLite "_s + (v ? v->toString() : QString());
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(m_path);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return openConnection(name);
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    if (isServer()) {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        conn.setHostName(m_server.host);
        conn.setPort(m_server.port);
        conn.setDatabaseName(m_server.database);
        conn.setUserName(m_server.user);
        conn.setPassword(m_server.password);
        conn.setConnectOptions(m_server.connectOptions());
        if (!conn.open()) {
            qCDebug(lcDatabase) << "cannot connect to" << m_server.display() << conn.lastError().text();
            return conn;
        }
        // Rapport's times are epoch seconds and its text is UTF-8; the
        // session says so whatever the server's defaults are.
        QSqlQuery q(conn);
        for (const QString &setting : {u"SET client_encoding = 'UTF8'"_s, u"SET TIME ZONE 'UTC'"_s,
                                      u"SET client_min_messages = warning"_s}) {
            if (!q.exec(setting))
                qCWarning(lcDatabase) << setting << q.lastError().text();
        }
        return conn;
    }
    QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    conn.setDatabaseName(m_path);
    conn.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!conn.open()) {
        qCWarning(lcDatabase) << "cannot open" << m_path << conn.lastError().text();
        return conn;
    }
    QSqlQuery q(conn);
    for (const QString &pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA busy_timeout=10000"_s, u"PRAGMA temp_store=MEMORY"_s}) {
        if (!q.exec(pragma))
            qCWarning(lcDatabase) << pragma << q.lastError().text();
    }
    return conn;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName(m_path);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase conn = QSqlDatabase::database(name, false);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::closeAllConnections(const QString &path)
{
    QString key = QFileInfo(path).absoluteFilePath();
    if (ServerAddress::looksLikeUri(path)) {
        auto address = ServerAddress::parse(path);
        key = address ? address->uri() : path;
    }
    const QString prefix = connectionPrefix(key);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(prefix))
            continue;
        {
            QSqlDatabase conn = QSqlDatabase::database(name, false);
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Status Database::refreshStatistics() const
{
    return dialect().refreshStatistics(connection());
}

int Database::schemaVersion() const
{
    const auto version = dialect().schemaVersion(connection());
    return version ? *version : -1;
}

} // namespace rapport
