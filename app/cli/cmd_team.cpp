// team init / add-user / push: the team database on a PostgreSQL server.
#include "cli.h"

#include "storage/serveraddress.h"
#include "storage/teampush.h"
#include "storage/teamserver.h"
#include "storage/userrepository.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

Database::Options existingOnly()
{
    Database::Options options;
    options.createIfMissing = false;
    return options;
}

Result<ServerAddress> teamAddress(Context &ctx)
{
    if (!ctx.parser.isSet(u"db"_s))
        return fail(u"team commands need --db postgresql://USER@HOST:PORT/DATABASE"_s);
    return ServerAddress::parse(ctx.databasePath());
}

int runInit(Context &ctx)
{
    auto address = teamAddress(ctx);
    if (!address)
        return ctx.failure(address.error());
    if (Status s = TeamServer::createDatabase(*address); !s)
        return ctx.failure(s.error());
    auto db = Database::open(ctx.databasePath());
    if (!db)
        return ctx.failure(db.error());
    if (Status s = TeamServer::grantRights(*db); !s)
        return ctx.failure(s.error());
    QStringList roles{TeamServer::staffRole()};
    for (Role role : allRoles())
        roles << TeamServer::groupRole(role);
    if (ctx.json()) {
        ctx.printJson({{u"database"_s, db->displayName()},
                       {u"server"_s, db->serverVersion()},
                       {u"schema_version"_s, db->schemaVersion()},
                       {u"roles"_s, QJsonArray::fromStringList(roles)}});
    } else {
        ctx.print(u"team database %1 ready on %2 (schema version %3); group roles: %4"_s.arg(db->displayName(),
                                                                                            db->serverVersion())
                      .arg(db->schemaVersion())
                      .arg(roles.join(u", "_s)));
    }
    return Success;
}

int runAddUser(Context &ctx)
{
    int code = Success;
    const QString email = ctx.required(u"email"_s, &code);
    const QString roleText = code == Success ? ctx.required(u"role"_s, &code) : QString();
    if (code != Success)
        return code;
    const auto role = ctx.role(roleText, &code);
    if (!role)
        return code;
    QString password;
    if (ctx.parser.isSet(u"password-stdin"_s)) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty())
            return ctx.usage(u"--password-stdin read an empty password"_s);
    }
    if (auto address = teamAddress(ctx); !address)
        return ctx.failure(address.error());
    auto db = Database::open(ctx.databasePath(), existingOnly());
    if (!db)
        return ctx.failure(db.error());
    User user;
    user.email = email.trimmed();
    user.name = ctx.parser.value(u"name"_s).trimmed();
    if (user.name.isEmpty())
        user.name = user.email.section(u'@', 0, 0);
    user.role = *role;
    if (Status s = TeamServer::addLogin(*db, user, password); !s)
        return ctx.failure(s.error());
    const auto stored = UserRepository(*db).byEmail(user.email);
    const QString login = user.email.toLower();
    if (ctx.json()) {
        ctx.printJson({{u"login"_s, login},
                       {u"role"_s, roleKey(user.role)},
                       {u"group"_s, TeamServer::groupRole(user.role)},
                       {u"user_id"_s, stored ? stored->id.value : 0},
                       {u"password_set"_s, !password.isEmpty()}});
    } else {
        ctx.print(u"login %1 in %2%3"_s.arg(login, TeamServer::groupRole(user.role),
                                           password.isEmpty() ? u" (no password: the server's other methods apply)"_s
                                                              : QString()));
    }
    return Success;
}

QJsonArray tallyJson(const QList<TableTally> &tallies)
{
    QJsonArray array;
    for (const TableTally &t : tallies) {
        array.append(QJsonObject{{u"table"_s, t.table},
                                 {u"source_rows"_s, t.sourceRows},
                                 {u"target_rows"_s, t.targetRows},
                                 {u"source_checksum"_s, t.sourceChecksum},
                                 {u"target_checksum"_s, t.targetChecksum},
                                 {u"ok"_s, t.matches()}});
    }
    return array;
}

int runPush(Context &ctx)
{
    const QString from = ctx.parser.value(u"from"_s);
    if (from.isEmpty())
        return ctx.usage(u"team push needs --from FILE.sqlite"_s);
    if (!QFileInfo::exists(from))
        return ctx.failure(u"%1 does not exist"_s.arg(from));
    if (auto address = teamAddress(ctx); !address)
        return ctx.failure(address.error());
    auto source = Database::open(from, existingOnly());
    if (!source)
        return ctx.failure(source.error());
    if (source->isServer())
        return ctx.usage(u"--from names a database file"_s);
    auto target = Database::open(ctx.databasePath(), existingOnly());
    if (!target)
        return ctx.failure(target.error());

    TeamPush push(*source, *target);
    const bool quiet = ctx.json();
    auto tallies = push.push([&](const QString &table, int done, int total) {
        if (!quiet)
            std::fprintf(stderr, "\r%d/%d %s\x1b[K", done, total, qPrintable(table));
    });
    if (!quiet)
        std::fputs("\r\x1b[K", stderr);
    if (!tallies)
        return ctx.failure(tallies.error());
    qint64 rows = 0;
    QStringList mismatched;
    for (const TableTally &t : std::as_const(*tallies)) {
        rows += t.targetRows;
        if (!t.matches())
            mismatched << t.table;
    }
    const bool verbose = ctx.parser.isSet(u"verify"_s);
    if (ctx.json()) {
        QJsonObject out{{u"from"_s, source->path()},
                        {u"database"_s, target->displayName()},
                        {u"tables"_s, qint64(tallies->size())},
                        {u"rows"_s, rows},
                        {u"verified"_s, mismatched.isEmpty()}};
        if (verbose)
            out.insert(u"checks"_s, tallyJson(*tallies));
        ctx.printJson(out);
    } else {
        if (verbose) {
            QString text;
            for (const TableTally &t : std::as_const(*tallies)) {
                text += u"%1 %2 %3 %4\n"_s.arg(t.table.leftJustified(28), QString::number(t.targetRows).rightJustified(9),
                                              t.targetChecksum.left(16), t.matches() ? u"ok"_s : u"DIFFERS"_s);
            }
            ctx.print(text);
        }
        ctx.print(u"pushed %1 rows in %2 tables from %3 to %4; %5"_s.arg(rows)
                      .arg(tallies->size())
                      .arg(source->path(), target->displayName(),
                           mismatched.isEmpty() ? u"row counts and checksums match"_s
                                                : u"MISMATCH in "_s + mismatched.join(u", "_s)));
    }
    if (!mismatched.isEmpty())
        return ctx.failure(u"the team database differs from %1 in: %2"_s.arg(source->path(), mismatched.join(u", "_s)));
    return Success;
}

int runTeam(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"init"_s)
        return runInit(ctx);
    if (action == u"add-user"_s)
        return runAddUser(ctx);
    if (action == u"push"_s)
        return runPush(ctx);
    return ctx.usage(action.isEmpty() ? u"team needs an action: init, add-user or push"_s
                                      : u"unknown team action \"%1\" (init, add-user or push)"_s.arg(action));
}

Registrar team{{u"team"_s,
                u"Team database: team init, team add-user --email E --role R, team push --from FILE [--verify]."_s,
                [](QCommandLineParser &p) {
                    p.addPositionalArgument(u"action"_s, u"init, add-user or push"_s, u"init|add-user|push"_s);
                    p.addOption({u"email"_s, u"add-user: the staff member's email (the login name)."_s, u"email"_s});
                    p.addOption({u"role"_s,
                                 u"add-user: account_manager, specialist, sales, quality_control or team_lead."_s,
                                 u"role"_s});
                    p.addOption({u"name"_s, u"add-user: full name (default: the email's local part)."_s, u"name"_s});
                    p.addOption({u"password-stdin"_s, u"add-user: read the login's password from standard input."_s});
                    p.addOption({u"from"_s, u"push: the database file to move into the team database."_s, u"file"_s});
                    p.addOption({u"verify"_s, u"push: print rows and checksum of every table."_s});
                },
                runTeam}};

} // namespace
} // namespace rapport::cli
