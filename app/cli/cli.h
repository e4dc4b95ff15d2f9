#pragma once

#include "domain/result.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace rapport::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What a command gets: its parsed options, its positional words (the command
// name removed) and helpers for the database and for output.
class Context
{
public:
    QCommandLineParser &parser;
    QStringList positional;

    explicit Context(QCommandLineParser &p) : parser(p) {}

    bool json() const;
    QString databasePath() const;

    // Opens the --db (or default) database, migrating it; with --user,
    // records that staff member as the actor of every change.
    // `withActor`: --user names the staff member recorded as the author
    // (false where a command gives --user another meaning: mail configure).
    Result<Database> openDatabase(bool createIfMissing = true, bool withActor = true) const;

    void print(const QString &text) const;
    void printJson(const QJsonObject &object) const;
    // Prints "rapport-cli: error: <message>" on stderr; returns Failure.
    int failure(const QString &message) const;
    // Prints the usage problem and a hint; returns UsageError.
    int usage(const QString &message) const;

    // A required option's value, or an empty string after reporting usage.
    QString required(const QString &option, int *exitCode) const;
    // The role named by `key` (account_manager…), or nothing after reporting
    // usage with the list of roles.
    std::optional<Role> role(const QString &key, int *exitCode) const;
};

// One top-level command: `rapport-cli NAME ...`.
struct Command
{
    QString name;
    QString summary;
    std::function<void(QCommandLineParser &)> setup; // options and positional help
    std::function<int(Context &)> run;
};

QList<Command> &commands();

// Registers a command at start-up: `static Registrar r{Command{...}};`.
struct Registrar
{
    explicit Registrar(Command command) { commands().append(std::move(command)); }
};

int run(const QStringList &arguments);

} // namespace rapport::cli
