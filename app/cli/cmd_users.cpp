// users add / users list: staff of the service provider.
#include "cli.h"

#include "storage/userrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QJsonObject toJson(const User &u)
{
    return {{u"id"_s, u.id.value},
            {u"name"_s, u.name},
            {u"email"_s, u.email},
            {u"role"_s, roleKey(u.role)},
            {u"cost_rate"_s, u.costRate.toPlainString()},
            {u"cost_rate_minor"_s, u.costRate.minorUnits()},
            {u"currency"_s, u.costRate.currency()},
            {u"active"_s, u.active},
            {u"language"_s, u.language}};
}

// A staff language as given (--language or set-language): ru, kk, en, or
// "default" (the team's), which is stored as "". A usage error otherwise.
std::optional<QString> staffLanguage(Context &ctx, const QString &given, int *code)
{
    const QString value = given.trimmed();
    if (value == u"default"_s)
        return QString(u""_s);
    if (!QStringList{u"ru"_s, u"kk"_s, u"en"_s}.contains(value)) {
        *code = ctx.usage(u"the language must be ru, kk, en or default, not \"%1\""_s.arg(value));
        return std::nullopt;
    }
    return value;
}

int runAdd(Context &ctx)
{
    int code = Success;
    const QString name = ctx.required(u"name"_s, &code);
    const QString email = code == Success ? ctx.required(u"email"_s, &code) : QString();
    const QString roleText = code == Success ? ctx.required(u"role"_s, &code) : QString();
    if (code != Success)
        return code;
    const auto role = ctx.role(roleText, &code);
    if (!role)
        return code;
    const QString currency = ctx.parser.value(u"currency"_s);
    auto rate = Money::parse(ctx.parser.value(u"cost-rate"_s), currency);
    if (!rate)
        return ctx.usage(u"--cost-rate: "_s + rate.error());
    const auto language = ctx.parser.isSet(u"language"_s)
        ? staffLanguage(ctx, ctx.parser.value(u"language"_s), &code)
        : std::optional<QString>(u""_s);
    if (!language)
        return code;

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    User user;
    user.name = name;
    user.email = email;
    user.role = *role;
    user.costRate = *rate;
    user.language = *language;
    auto added = UserRepository(*db).add(user);
    if (!added)
        return ctx.failure(added.error());
    if (ctx.json())
        ctx.printJson(toJson(*added));
    else
        ctx.print(u"added %1 <%2> as %3 (id %4)"_s.arg(added->name, added->email, roleKey(added->role))
                      .arg(added->id.value));
    return Success;
}

int runList(Context &ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const QList<User> users = UserRepository(*db).all(ctx.parser.isSet(u"all"_s));
    if (ctx.json()) {
        QJsonArray array;
        for (const User &u : users)
            array.append(toJson(u));
        ctx.printJson({{u"users"_s, array}});
        return Success;
    }
    QString text;
    for (const User &u : users) {
        text += u"%1  %2  %3  %4  %5\n"_s.arg(QString::number(u.id.value).rightJustified(4), u.name.leftJustified(28),
                                             u.email.leftJustified(32), roleKey(u.role).leftJustified(16),
                                             u.costRate.toPlainString() + u' ' + u.costRate.currency());
    }
    ctx.print(text.isEmpty() ? u"no staff members yet: rapport-cli users add --name ... --email ... --role ..."_s : text);
    return Success;
}

// users set-language EMAIL ru|kk|en|default: the language of the messages
// and tasks Rapport writes to that staff member.
int runSetLanguage(Context &ctx)
{
    const QString email = ctx.positional.value(1);
    if (email.isEmpty() || ctx.positional.value(2).isEmpty())
        return ctx.usage(u"users set-language needs a staff member's email and ru, kk, en or default"_s);
    int code = Success;
    const auto language = staffLanguage(ctx, ctx.positional.value(2), &code);
    if (!language)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    UserRepository users(*db);
    auto user = users.byEmail(email);
    if (!user)
        return ctx.failure(u"no staff member with email %1"_s.arg(email));
    user->language = *language;
    if (Status s = users.update(*user); !s)
        return ctx.failure(s.error());
    if (ctx.json())
        ctx.printJson(toJson(*users.byId(user->id)));
    else
        ctx.print(u"%1 reads messages in %2"_s.arg(user->email,
            user->language.isEmpty() ? u"the team's default language"_s : user->language));
    return Success;
}

int runUsers(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"add"_s)
        return runAdd(ctx);
    if (action == u"list"_s)
        return runList(ctx);
    if (action == u"set-language"_s)
        return runSetLanguage(ctx);
    return ctx.usage(action.isEmpty() ? u"users needs an action: add, list or set-language"_s
                                      : u"unknown users action \"%1\" (add, list or set-language)"_s.arg(action));
}

Registrar users{{u"users"_s, u"Staff members: users add --name N --email E --role R [--cost-rate X] "
                            "[--language ru|kk|en|default], users list, users set-language EMAIL ru|kk|en|default."_s,
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(u"action"_s, u"add, list or set-language"_s, u"add|list|set-language"_s);
                     p.addPositionalArgument(u"email"_s, u"set-language: the staff member's email"_s, u"[EMAIL]"_s);
                     p.addPositionalArgument(u"language"_s, u"set-language: ru, kk, en or default"_s, u"[LANG]"_s);
                     p.addOption({u"name"_s, u"Full name."_s, u"name"_s});
                     p.addOption({u"email"_s, u"Email (unique)."_s, u"email"_s});
                     p.addOption({u"role"_s,
                                  u"account_manager, specialist, sales, quality_control or team_lead."_s,
                                  u"role"_s});
                     p.addOption({u"cost-rate"_s, u"Hourly cost rate, e.g. 8500.00 (default 0)."_s, u"amount"_s, u"0"_s});
                     p.addOption({u"currency"_s, u"Currency of the cost rate (default KZT)."_s, u"code"_s, u"KZT"_s});
                     p.addOption({u"all"_s, u"list: include inactive staff."_s});
                     p.addOption({u"language"_s,
                                  u"add: the language of Rapport's messages and tasks to them: ru, kk, en or default "
                                  "(the team's, automation.staff_language)."_s,
                                  u"lang"_s});
                 },
                 runUsers}};

} // namespace
} // namespace rapport::cli
