// import clients|contacts FILE: a team's spreadsheets into Rapport.
#include "cli.h"

#include "io/clientimport.h"
#include "io/ticketimport.h"

#include <QFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

using Importer = std::function<Result<ImportSummary>(const Database &, const QByteArray &, const ImportOptions &)>;

struct ImportKind
{
    QString word;
    QString help;
    Importer run;
};

// One line per kind of import.
const QList<ImportKind> &importKinds()
{
    static const QList<ImportKind> kinds{
        {u"clients"_s,
         u"client cards (legal_name, tax_id, manager_email, contract_*, monthly_fee, ...)"_s,
         [](const Database &db, const QByteArray &data, const ImportOptions &o) {
             return ClientImport(db).importClients(data, o);
         }},
        {u"contacts"_s,
         u"contacts (client_tax_id or client_name, name, role, email, phone, channel, language)"_s,
         [](const Database &db, const QByteArray &data, const ImportOptions &o) {
             return ClientImport(db).importContacts(data, o);
         }},
        {u"tickets"_s,
         u"historical tickets (created, first_response, resolved, closed, status, priority, channel, subject, "
         "client_tax_id or client_name)"_s,
         [](const Database &db, const QByteArray &data, const ImportOptions &o) { return TicketImport(db).run(data, o); }},
    };
    return kinds;
}

QString kindList()
{
    QStringList words;
    for (const ImportKind &k : importKinds())
        words << k.word;
    return words.join(u", "_s);
}

void printErrors(const ImportSummary &summary)
{
    QString text;
    for (const ImportError &e : summary.errors)
        text += e.toString() + u'\n';
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int runImport(Context &ctx)
{
    const QString word = ctx.positional.value(0);
    const auto kind = std::find_if(importKinds().cbegin(), importKinds().cend(), [&word](const ImportKind &k) {
        return k.word == word;
    });
    if (kind == importKinds().cend()) {
        return ctx.usage(word.isEmpty() ? u"import needs what to import: "_s + kindList()
                                        : u"unknown import \"%1\" (%2)"_s.arg(word, kindList()));
    }
    const QString path = ctx.positional.value(1);
    if (path.isEmpty())
        return ctx.usage(u"import %1 needs a FILE (or - for standard input)"_s.arg(word));
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.failure(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const QByteArray data = file.readAll();

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    ImportOptions options;
    options.skipInvalid = ctx.parser.isSet(u"skip-invalid"_s);
    options.dryRun = ctx.parser.isSet(u"dry-run"_s);
    options.ignoreUnknownColumns = ctx.parser.isSet(u"ignore-unknown-columns"_s);
    auto result = kind->run(*db, data, options);
    if (!result)
        return ctx.failure(result.error());
    const ImportSummary &s = *result;
    printErrors(s);
    if (ctx.json()) {
        QJsonArray errors;
        for (const ImportError &e : s.errors) {
            errors.append(
                QJsonObject{{u"line"_s, e.line},
                            {u"column"_s, e.column.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.column)},
                            {u"reason"_s, e.reason}});
        }
        QJsonObject summary{{u"rows"_s, s.rows},
                            {u"created"_s, s.created},
                            {u"updated"_s, s.updated},
                            {u"unchanged"_s, s.unchanged},
                            {u"skipped"_s, s.skipped},
                            {u"errors"_s, errors},
                            {u"dry_run"_s, s.dryRun},
                            {u"rejected"_s, s.rejected},
                            {u"encoding"_s, s.encoding},
                            {u"delimiter"_s, QString(s.delimiter)}};
        // New clients on a tariff that got the provider's default regulation.
        if (word == u"clients"_s)
            summary.insert(u"regulation_applied"_s, s.regulationApplied);
        ctx.printJson(summary);
    } else if (!s.rejected) {
        QString text = u"%1%2: %3 created, %4 updated, %5 unchanged, %6 skipped (%7 rows, %8)"_s
                           .arg(s.dryRun ? u"dry run, nothing written: "_s : QString(), word)
                           .arg(s.created)
                           .arg(s.updated)
                           .arg(s.unchanged)
                           .arg(s.skipped)
                           .arg(s.rows)
                           .arg(s.encoding);
        if (word == u"clients"_s)
            text += (s.dryRun ? u"\nregulation would be applied to %1 new client(s) on a tariff"_s
                              : u"\nregulation applied to %1 new client(s) on a tariff"_s)
                        .arg(s.regulationApplied);
        ctx.print(text);
    }
    if (s.rejected) {
        const bool rowsOnly
            = std::all_of(s.errors.cbegin(), s.errors.cend(), [](const ImportError &e) { return e.line > 1; });
        return ctx.failure(u"nothing imported: %1 problem(s)%2"_s.arg(s.errors.size())
                               .arg(rowsOnly ? u" (--skip-invalid imports the valid rows)"_s : QString()));
    }
    return Success;
}

Registrar import{{u"import"_s,
                  u"Import CSV: import clients|contacts|tickets FILE [--skip-invalid] [--dry-run]."_s,
                  [](QCommandLineParser &p) {
                      QString help = u"What to import:"_s;
                      for (const ImportKind &k : importKinds())
                          help += u"\n  "_s + k.word + u": "_s + k.help;
                      p.addPositionalArgument(u"what"_s, help, u"clients|contacts|tickets"_s);
                      p.addPositionalArgument(u"file"_s,
                                              u"CSV file (UTF-8 or Windows-1251; comma, semicolon or tab), - for "
                                              "standard input."_s,
                                              u"FILE"_s);
                      p.addOption({u"skip-invalid"_s,
                                   u"Import the valid rows and report the others (default: "
                                   "any invalid row imports nothing)."_s});
                      p.addOption({u"dry-run"_s, u"Check every row and count; write nothing."_s});
                      p.addOption({u"ignore-unknown-columns"_s, u"Ignore columns Rapport does not know."_s});
                  },
                  runImport}};

} // namespace
} // namespace rapport::cli
