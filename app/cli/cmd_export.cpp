// export clients|contacts: Rapport's data as CSV or JSON.
#include "cli.h"

#include "io/clientexport.h"

#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

using Exporter
    = std::function<Result<QByteArray>(const Database &, const QString &format, const ClientExport::Options &)>;

struct ExportKind
{
    QString word;
    QStringList formats;
    Exporter run;
};

// One line per kind of export.
const QList<ExportKind> &exportKinds()
{
    static const QList<ExportKind> kinds{
        {u"clients"_s,
         {u"csv"_s, u"json"_s},
         [](const Database &db, const QString &format, const ClientExport::Options &o) {
             return format == u"json"_s ? ClientExport(db).exportClientsJson(o) : ClientExport(db).exportClientsCsv(o);
         }},
        {u"contacts"_s,
         {u"csv"_s},
         [](const Database &db, const QString &, const ClientExport::Options &o) {
             return ClientExport(db).exportContactsCsv(o);
         }},
    };
    return kinds;
}

int runExport(Context &ctx)
{
    const QString word = ctx.positional.value(0);
    QStringList words;
    for (const ExportKind &k : exportKinds())
        words << k.word;
    const auto kind = std::find_if(exportKinds().cbegin(), exportKinds().cend(), [&word](const ExportKind &k) {
        return k.word == word;
    });
    if (kind == exportKinds().cend()) {
        return ctx.usage(word.isEmpty() ? u"export needs what to export: "_s + words.join(u", "_s)
                                        : u"unknown export \"%1\" (%2)"_s.arg(word, words.join(u", "_s)));
    }
    // --format text (the default) means CSV here.
    QString format = ctx.parser.value(u"format"_s);
    if (format == u"text"_s)
        format = u"csv"_s;
    if (!kind->formats.contains(format))
        return ctx.usage(u"export %1 writes %2, not %3"_s.arg(word, kind->formats.join(u" or "_s), format));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    ClientExport::Options options;
    options.includeArchived = ctx.parser.isSet(u"archived"_s);
    if (ctx.parser.isSet(u"excel"_s)) {
        options.delimiter = u';';
        options.byteOrderMark = true;
    }
    auto bytes = kind->run(*db, format, options);
    if (!bytes)
        return ctx.failure(bytes.error());
    const QString path = ctx.parser.value(u"output"_s);
    if (path.isEmpty() || path == u"-"_s) {
        std::fwrite(bytes->constData(), 1, size_t(bytes->size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return ctx.failure(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    ctx.print(u"wrote %1"_s.arg(path));
    return Success;
}

Registrar exporter{
    {u"export"_s,
     u"Export data: export clients --format csv|json [-o FILE], export contacts."_s,
     [](QCommandLineParser &p) {
         p.addPositionalArgument(u"what"_s, u"clients (csv or json) or contacts (csv)."_s, u"clients|contacts"_s);
         p.addOption({{u"o"_s, u"output"_s}, u"Write to FILE instead of standard output."_s, u"file"_s});
         p.addOption({u"archived"_s, u"Include archived clients."_s});
         p.addOption({u"excel"_s, u"CSV for Excel: semicolons and a UTF-8 byte order mark."_s});
     },
     runExport}};

} // namespace
} // namespace rapport::cli
