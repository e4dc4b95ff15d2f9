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
            {u"active"_s, u.active}};
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

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    User user;
    user.name = name;
    user.email = email;
    user.role = *role;
    user.costRate = *rate;
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

int runUsers(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"add"_s)
        return runAdd(ctx);
    if (action == u"list"_s)
        return runList(ctx);
    return ctx.usage(action.isEmpty() ? u"users needs an action: add or list"_s
                                      : u"unknown users action \"%1\" (add or list)"_s.arg(action));
}

Registrar users{{u"users"_s, u"Staff members: users add --name N --email E --role R [--cost-rate X], users list."_s,
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(u"action"_s, u"add or list"_s, u"add|list"_s);
                     p.addOption({u"name"_s, u"Full name."_s, u"name"_s});
                     p.addOption({u"email"_s, u"Email (unique)."_s, u"email"_s});
                     p.addOption({u"role"_s,
                                  u"account_manager, specialist, sales, quality_control or team_lead."_s,
                                  u"role"_s});
                     p.addOption({u"cost-rate"_s, u"Hourly cost rate, e.g. 8500.00 (default 0)."_s, u"amount"_s, u"0"_s});
                     p.addOption({u"currency"_s, u"Currency of the cost rate (default KZT)."_s, u"code"_s, u"KZT"_s});
                     p.addOption({u"all"_s, u"list: include inactive staff."_s});
                 },
                 runUsers}};

} // namespace
} // namespace rapport::cli
