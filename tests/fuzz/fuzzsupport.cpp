#include "fuzzsupport.h"

#include "io/clientimport.h"
#include "io/ticketfeedbackimport.h"
#include "io/ticketimport.h"
#include "storage/clientrepository.h"
#include "storage/sql.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace rapport::fuzz {

namespace {

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type == QtFatalMsg)
        std::abort();
}

// The seed data, imported for real (not as a dry run) once.
const char kClients[] = "legal_name,short_name,tax_id,manager_email,sales_email,monthly_fee,included_hours,"
                        "contract_start\n"
                        "ТОО «Альфа Трейд»,Альфа,990340005977,asel@example.kz,timur@example.kz,250000,40,2026-01-01\n"
                        "ООО «Северный Ветер»,,7707083893,,,\"120 000,50\",10:30,01.02.2026\n"
                        "Acme LLP,,,,,,,\n"
                        "ТОО «Архив»,,150840001234,,,,,\n"
                        "Twin,,190340004565,,,,,\n"
                        "Twin,,071240007891,,,,,\n";
const char kContacts[] = "client_tax_id,client_name,name,role,email,phone,channel,language\n"
                         "990340005977,,Айгерим Нурпеисова,Бухгалтер,aigerim@altyn.kz,+7 701 111 22 33,WhatsApp,kk\n"
                         ",Acme LLP,John Smith,CEO,john@acme.test,,email,en\n"
                         ",Acme LLP,No Email,,,,phone,\n";
const char kTickets[] = "created,first_response,resolved,closed,status,priority,channel,subject,client_tax_id,"
                        "client_name,assignee_email\n"
                        "2026-02-02T10:00:00+05:00,2026-02-02T11:30:00+05:00,2026-02-03T09:00:00+05:00,"
                        "2026-02-04T10:00:00+05:00,closed,high,phone,Не формируется отчёт,990340005977,,\n"
                        "2026-02-05T10:00:00+05:00,2026-02-06T12:00:00+05:00,2026-02-09T10:00:00+05:00,,resolved,"
                        "normal,email,Сверка с налоговой,,ТОО «Альфа Трейд»,\n"
                        "10.02.2026 09:15,,,,в работе,срочный,телефон,Не работает 1С,990340005977,,erlan@example.kz\n"
                        "2026-03-01T09:00:00Z,,2026-03-02T09:00:00Z,,resolved,low,portal,Acme question,,Acme LLP,\n";
const char kFeedback[] = "ticket,feedback,reason\n1,liked,\n";

void seedImport(const char *what, const Result<ImportSummary> &result)
{
    if (!result)
        violated(what, result.error());
    if (result->rejected || !result->errors.isEmpty()) {
        QStringList errors;
        for (const ImportError &e : result->errors)
            errors << e.toString();
        violated(what, u"seed import rejected: "_s + errors.join(u"; "_s));
    }
}

struct SeededDatabase
{
    test::TempDatabase t;

    SeededDatabase()
    {
        const std::tuple<QString, QString, Role> staff[]{
            {u"Асель Касымова"_s, u"asel@example.kz"_s, Role::AccountManager},
            {u"Ерлан Ахметов"_s, u"erlan@example.kz"_s, Role::Specialist},
            {u"Тимур Ахметов"_s, u"timur@example.kz"_s, Role::Sales}};
        for (const auto &[name, email, role] : staff) {
            User u;
            u.name = name;
            u.email = email;
            u.role = role;
            if (auto added = UserRepository(t.db).add(u); !added)
                violated("seed staff", added.error());
        }
        seedImport("seed clients", ClientImport(t.db).importClients(QByteArray(kClients)));
        seedImport("seed contacts", ClientImport(t.db).importContacts(QByteArray(kContacts)));
        seedImport("seed tickets", TicketImport(t.db).run(QByteArray(kTickets)));
        seedImport("seed feedback", TicketFeedbackImport(t.db).run(QByteArray(kFeedback)));
        ClientRepository clients(t.db);
        const auto archived = clients.byTaxId(TaxCountry::KZ, u"150840001234"_s);
        if (!archived)
            violated("seed", u"the client to archive is missing"_s);
        if (Status s = clients.archive(archived->id); !s)
            violated("seed archive", s.error());
    }
};

} // namespace

void violated(const char *what, const QString &message)
{
    std::fprintf(stderr, "==FUZZ== %s: %s\n", what, qPrintable(message));
    std::fflush(stderr);
    std::abort();
}

void init()
{
    static int argc = 1;
    static char name[] = "rapport-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        if (qEnvironmentVariableIntValue("RAPPORT_FUZZ_VERBOSE") == 0)
            qInstallMessageHandler(quietMessages);
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        // Kept until exit; the database below is made after it and so destroyed before it.
        static QCoreApplication instance(argc, argv);
        return &instance;
    }();
    Q_UNUSED(app);
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return size == 0 ? QByteArray() : QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

const Database &database()
{
    init();
    static SeededDatabase seeded;
    return seeded.t.db;
}

QByteArray fingerprint(const Database &db)
{
    QByteArray out;
    for (const QString &table : {u"clients"_s, u"contacts"_s, u"tickets"_s, u"ticket_events"_s, u"audit_log"_s,
                                 u"timeline_events"_s, u"obligation_rules"_s}) {
        auto n = sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table);
        if (!n)
            violated("fingerprint", n.error());
        out += n->toByteArray() + ' ';
    }
    return out;
}

ImportOptions options(bool lenient)
{
    ImportOptions o;
    o.dryRun = true;
    o.skipInvalid = lenient;
    o.ignoreUnknownColumns = lenient;
    o.progress = [](int done, int total) {
        if (done < 0 || done > total)
            violated("progress", u"%1 of %2 rows"_s.arg(done).arg(total));
    };
    return o;
}

void checkImport(const char *what, const Result<ImportSummary> &result, const ImportOptions &options,
                 const QByteArray &before, const Database &db)
{
    if (!result)
        violated(what, u"a Result error on a healthy database: "_s + result.error());
    const ImportSummary &s = *result;
    if (!s.dryRun)
        violated(what, u"the summary does not say dry run"_s);
    if (s.rows < 0 || s.created < 0 || s.updated < 0 || s.unchanged < 0 || s.skipped < 0 || s.regulationApplied < 0)
        violated(what, u"a negative count"_s);
    if (s.created + s.updated + s.unchanged + s.skipped > s.rows)
        violated(what, u"%1 created + %2 updated + %3 unchanged + %4 skipped of %5 rows"_s.arg(s.created)
                           .arg(s.updated)
                           .arg(s.unchanged)
                           .arg(s.skipped)
                           .arg(s.rows));
    if (s.rejected && (s.created || s.updated || s.unchanged))
        violated(what, u"rejected, yet rows counted as imported"_s);
    if (!options.skipInvalid && !s.errors.isEmpty() && !s.rejected)
        violated(what, u"errors without skip-invalid, yet not rejected"_s);
    for (const ImportError &e : s.errors) {
        if (e.line < 1 || e.reason.isEmpty())
            violated(what, u"an error without a line or a reason: "_s + e.toString());
    }
    if (const QByteArray after = fingerprint(db); after != before)
        violated(what, u"the dry run changed the database: "_s + QString::fromLatin1(before) + u"→ "_s
                           + QString::fromLatin1(after));
}

} // namespace rapport::fuzz
