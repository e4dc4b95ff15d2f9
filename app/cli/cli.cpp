#include "cli.h"

#include "domain/clock.h"
#include "storage/locationcheck.h"
#include "storage/sessionuser.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

namespace {

const QStringList kValueOptions{u"--db"_s, u"--user"_s, u"--format"_s};

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s, u"Database file (default: %1)."_s.arg(Database::defaultPath()), u"path"_s});
    parser.addOption({u"user"_s, u"Staff member (email) recorded as the author of changes."_s, u"email"_s});
    parser.addOption({u"format"_s, u"Output format: text, json or csv where the command has it (default text)."_s, u"format"_s, u"text"_s});
}

QString generalHelp()
{
    QString text = u"Usage: rapport-cli [--db PATH] [--user EMAIL] [--format text|json] COMMAND [options]\n\n"
                   "Rapport operations console, headless.\n\nCommands:\n"_s;
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : std::as_const(sorted))
        text += u"  "_s + c.name.leftJustified(12) + u' ' + c.summary + u'\n';
    text += u"\nGlobal options:\n"
            "  --db PATH        database file (default: "_s
            + Database::defaultPath()
            + u")\n"
              "  --user EMAIL     staff member recorded as the author of changes\n"
              "  --format FORMAT  text (default) or json\n"
              "  -h, --help       help; `rapport-cli COMMAND --help` for a command\n"
              "  --version        version\n\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.\n"_s;
    return text;
}

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QList<Command> &commands()
{
    static QList<Command> list;
    return list;
}

bool Context::json() const
{
    return parser.value(u"format"_s) == u"json"_s;
}

QString Context::databasePath() const
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
}

Result<Database> Context::openDatabase(bool createIfMissing, bool withActor) const
{
    Database::Options options;
    options.createIfMissing = createIfMissing;
    auto db = Database::open(databasePath(), options);
    if (!db)
        return db;
    if (const QString warning = db->isServer() ? QString() : databaseLocationWarning(db->path()); !warning.isEmpty())
        writeErr(u"rapport-cli: warning: "_s + warning + u'\n');
    if (withActor && db->isServer()) {
        // A team database: the login is who acts; --user may only repeat it.
        auto actor = SessionUser::resolve(*db, parser.value(u"user"_s));
        if (!actor)
            return fail(actor.error());
        db->setActor(*actor);
    } else if (withActor && parser.isSet(u"user"_s)) {
        const QString email = parser.value(u"user"_s);
        const auto user = UserRepository(*db).byEmail(email);
        if (!user)
            return fail(u"no staff member with email %1 (see `rapport-cli users list`)"_s.arg(email));
        db->setActor(*user);
    }
    return db;
}

void Context::print(const QString &text) const
{
    writeOut(text.endsWith(u'\n') ? text : text + u'\n');
}

void Context::printJson(const QJsonObject &object) const
{
    writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int Context::failure(const QString &message) const
{
    writeErr(u"rapport-cli: error: "_s + message + u'\n');
    return Failure;
}

int Context::usage(const QString &message) const
{
    writeErr(u"rapport-cli: "_s + message + u"\nTry `rapport-cli --help`.\n"_s);
    return UsageError;
}

QString Context::required(const QString &option, int *exitCode) const
{
    const QString value = parser.value(option);
    if (value.isEmpty())
        *exitCode = usage(u"missing required option --%1"_s.arg(option));
    return value;
}

std::optional<Role> Context::role(const QString &key, int *exitCode) const
{
    const auto role = roleFromKey(key);
    if (!role) {
        QStringList keys;
        for (Role r : allRoles())
            keys << roleKey(r);
        *exitCode = usage(u"unknown role \"%1\" (one of: %2)"_s.arg(key, keys.join(u", "_s)));
    }
    return role;
}

int run(const QStringList &arguments)
{
    // The command is the first word that is neither an option nor the
    // value of a global option.
    int commandIndex = -1;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (kValueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
            writeOut(generalHelp());
            return Success;
        }
        if (arguments.contains(u"--version"_s)) {
            writeOut(u"rapport-cli "_s + QCoreApplication::applicationVersion() + u'\n');
            return Success;
        }
        writeErr(u"rapport-cli: missing command\n\n"_s + generalHelp());
        return UsageError;
    }
    // RAPPORT_NOW=ISO8601 runs the command on a fixed clock (tests, and
    // reproducing what a run did on a given day); the future-run rule then
    // counts from that instant.
    if (const QString now = qEnvironmentVariable("RAPPORT_NOW"); !now.isEmpty()) {
        static const QRegularExpression withOffset(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
        const QDateTime at = QDateTime::fromString(now, Qt::ISODate);
        if (!at.isValid() || !withOffset.match(now).hasMatch()) {
            writeErr(u"rapport-cli: RAPPORT_NOW=\"%1\" is not an ISO 8601 instant with an offset or Z\n"_s.arg(now));
            return UsageError;
        }
        Clock::setFixed(at.toSecsSinceEpoch());
    }
    const QString name = arguments.at(commandIndex);
    const auto it = std::find_if(commands().cbegin(), commands().cend(), [&](const Command &c) { return c.name == name; });
    if (it == commands().cend()) {
        writeErr(u"rapport-cli: unknown command \"%1\"\nTry `rapport-cli --help`.\n"_s.arg(name));
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(it->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    addGlobalOptions(parser);
    parser.addPositionalArgument(name, it->summary, name);
    if (it->setup)
        it->setup(parser);
    if (!parser.parse(arguments)) {
        writeErr(u"rapport-cli %1: %2\nTry `rapport-cli %1 --help`.\n"_s.arg(name, parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QCoreApplication::applicationFilePath(), u"rapport-cli"_s);
        text.replace(QCoreApplication::arguments().value(0), u"rapport-cli"_s);
        writeOut(text);
        return Success;
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s && format != u"csv"_s) {
        writeErr(u"rapport-cli: --format must be text, json or csv, not \"%1\"\n"_s.arg(format));
        return UsageError;
    }
    Context context(parser);
    context.positional = parser.positionalArguments();
    context.positional.removeFirst(); // the command name itself
    return it->run(context);
}

} // namespace rapport::cli
