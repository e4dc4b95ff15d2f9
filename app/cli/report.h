#pragma once

#include "cli.h"

#include <QCommandLineOption>
#include <QList>

namespace rapport::cli {

// One kind of `rapport-cli report KIND ...`: a report adds itself with a
// static ReportRegistrar in its own file, e.g.
//   ReportRegistrar dashboard{{u"dashboard"_s, u"Summary."_s, {options...}, runDashboard}};
// Options with the same name are shared between kinds (--from, --to,
// --manager are common).
struct ReportKind
{
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(Context &)> run; // ctx.positional[0] is the kind's name
};

QList<ReportKind> &reportKinds();

struct ReportRegistrar
{
    explicit ReportRegistrar(ReportKind kind) { reportKinds().append(std::move(kind)); }
};

} // namespace rapport::cli
