// init, check, backup, restore: the database file itself.
#include "cli.h"

#include "storage/backup.h"
#include "storage/healthcheck.h"
#include "storage/migrator.h"
#include "storage/serveraddress.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

int runInit(Context &ctx)
{
    auto db = ctx.openDatabase(true);
    if (!db)
        return ctx.failure(db.error());
    if (ctx.json()) {
        ctx.printJson({{u"path"_s, db->path()}, {u"schema_version"_s, db->schemaVersion()}});
    } else {
        ctx.print(u"initialized %1 (schema version %2)"_s.arg(db->path()).arg(db->schemaVersion()));
    }
    return Success;
}

int runCheck(Context &ctx)
{
    if (!ServerAddress::looksLikeUri(ctx.databasePath()) && !QFileInfo::exists(ctx.databasePath()))
        return ctx.failure(u"%1 does not exist"_s.arg(ctx.databasePath()));
    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    auto db = Database::open(ctx.databasePath(), options);
    if (!db)
        return ctx.failure(db.error());
    const QStringList problems = HealthCheck(*db).problems();
    if (ctx.json()) {
        // The newest automatic backup beside the database, and its age.
        const QStringList backups =
            db->isServer() ? QStringList() : Backup::automaticBackups(Backup(*db).defaultDirectory());
        QJsonValue newest = QJsonValue::Null;
        QJsonValue ageSeconds = QJsonValue::Null;
        if (!backups.isEmpty()) {
            const QFileInfo info(backups.last());
            newest = info.absoluteFilePath();
            ageSeconds = double(info.lastModified().secsTo(QDateTime::currentDateTimeUtc()));
        }
        ctx.printJson({{u"ok"_s, problems.isEmpty()},
                       {u"schema_version"_s, db->schemaVersion()},
                       {u"problems"_s, QJsonArray::fromStringList(problems)},
                       {u"newest_backup"_s, newest},
                       {u"newest_backup_age_seconds"_s, ageSeconds}});
    } else if (problems.isEmpty()) {
        ctx.print(u"ok"_s);
    } else {
        ctx.print(problems.join(u'\n'));
    }
    return problems.isEmpty() ? Success : Failure;
}

int runBackup(Context &ctx)
{
    const QString target = ctx.parser.value(u"output"_s);
    const bool rotate = ctx.parser.isSet(u"rotate"_s);
    if (target.isEmpty() && !rotate)
        return ctx.usage(u"backup needs -o FILE or --rotate"_s);
    auto db = ctx.openDatabase(false);
    if (!db)
        return ctx.failure(db.error());
    Backup backup(*db);
    QString written = target;
    if (rotate) {
        bool okKeep = false;
        const int keep = ctx.parser.value(u"keep"_s).toInt(&okKeep);
        if (!okKeep || keep < 1)
            return ctx.usage(u"--keep must be a positive number"_s);
        auto file = backup.rotate(target.isEmpty() ? backup.defaultDirectory() : target, keep);
        if (!file)
            return ctx.failure(file.error());
        written = *file;
    } else if (Status s = backup.writeTo(target); !s) {
        return ctx.failure(s.error());
    }
    if (ctx.json())
        ctx.printJson({{u"backup"_s, QFileInfo(written).absoluteFilePath()}});
    else
        ctx.print(u"backup written to %1"_s.arg(QFileInfo(written).absoluteFilePath()));
    return Success;
}

int runRestore(Context &ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(u"restore needs exactly one FILE"_s);
    const QString source = ctx.positional.first();
    const QString target = ctx.databasePath();
    if (Status s = Backup::restore(source, target, ctx.parser.isSet(u"force"_s)); !s)
        return ctx.failure(s.error());
    // Opening migrates a backup taken by an older Rapport.
    auto db = Database::open(target);
    if (!db)
        return ctx.failure(db.error());
    if (ctx.json())
        ctx.printJson({{u"restored"_s, db->path()}, {u"schema_version"_s, db->schemaVersion()}});
    else
        ctx.print(u"restored %1 from %2"_s.arg(db->path(), source));
    return Success;
}

Registrar init{{u"init"_s, u"Create the database or migrate it to this version."_s, nullptr, runInit}};
Registrar check{{u"check"_s, u"Check integrity, foreign keys and schema version; prints ok."_s, nullptr, runCheck}};
Registrar backup{{u"backup"_s, u"Write an online backup of the database."_s,
                  [](QCommandLineParser &p) {
                      p.addOption({{u"o"_s, u"output"_s}, u"Backup file (or folder with --rotate)."_s, u"file"_s});
                      p.addOption({u"rotate"_s, u"Automatic backup into a folder, keeping the newest --keep."_s});
                      p.addOption({u"keep"_s, u"Automatic backups to keep (default 10)."_s, u"n"_s, u"10"_s});
                  },
                  runBackup}};
Registrar restore{{u"restore"_s, u"Replace the database with a backup."_s,
                   [](QCommandLineParser &p) {
                       p.addPositionalArgument(u"file"_s, u"Backup file to restore."_s);
                       p.addOption({u"force"_s, u"Replace an existing database."_s});
                   },
                   runRestore}};

} // namespace
} // namespace rapport::cli
