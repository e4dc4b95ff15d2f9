// act show|status|pdf CLIENT --month YYYY-MM: the completion certificate of
// a client's monthly invoice (seed 002: monthly invoices and acts).
#include "billingjson.h"
#include "documentoutput.h"

#include "io/invoicedocument.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

// act show|status|pdf CLIENT --month YYYY-MM
int runAct(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action != u"show"_s && action != u"status"_s && action != u"pdf"_s)
        return ctx.usage(action.isEmpty() ? u"act needs an action: show, status or pdf"_s
                                          : u"unknown act action \"%1\" (show, status or pdf)"_s.arg(action));
    int code = Success;
    const auto client = clientArgument(ctx, ctx.positional.value(1), &code);
    if (!client)
        return code;
    const auto month = monthOption(ctx, u"month"_s, &code);
    if (!month)
        return code;
    if (action == u"pdf"_s && ctx.required(u"output"_s, &code).isEmpty())
        return code;
    const auto on = billingDateOption(ctx, u"date"_s, &code);
    if (!on)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    ActRepository acts(*db);
    auto act = acts.forMonth(*client, *month);
    if (!act)
        return ctx.failure(act.error());
    if (action == u"status"_s) {
        if (Status s = acts.setStatus(act->id, ctx.parser.value(u"status"_s), *on); !s)
            return ctx.failure(s.error());
        act = acts.forMonth(*client, *month);
        if (!act)
            return ctx.failure(act.error());
    }
    if (action == u"pdf"_s) {
        auto invoice = InvoiceRepository(*db).byId(act->invoiceId);
        if (!invoice)
            return ctx.failure(invoice.error());
        const QString lang = documentLanguage(ctx, *invoice, &code);
        if (code != Success)
            return code;
        auto html = InvoiceDocument::actHtml(*act, *invoice, lang);
        if (!html)
            return ctx.failure(html.error());
        return writeDocumentPdf(ctx, *html, u"Act "_s + invoice->reference(), u"act "_s + invoice->reference(), lang);
    }
    if (ctx.json()) {
        ctx.printJson(actJson(*act));
        return Success;
    }
    QString text = u"act of %1 for client %2: %3, %4 h\n"_s.arg(InvoiceRepository::monthKey(act->month),
        QString::number(act->clientId.value), act->status, InvoiceDocument::formatHours(act->totalMinutes, u"en"_s));
    for (const ActLine &l : std::as_const(act->lines))
        text += u"  #%1  %2  %3 h\n"_s.arg(QString::number(l.ticketId.value), l.subject,
            InvoiceDocument::formatHours(l.minutes, u"en"_s));
    ctx.print(text);
    return Success;
}

Registrar act { { u"act"_s,
    u"Acts (completion certificates): act show|status|pdf CLIENT --month YYYY-MM [--status sent|signed] [-o FILE]."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"show, status or pdf"_s, u"show|status|pdf"_s);
        p.addPositionalArgument(u"client"_s, u"Client id."_s, u"CLIENT"_s);
        p.addOption({ u"month"_s, u"The month of the act (YYYY-MM)."_s, u"YYYY-MM"_s });
        p.addOption({ u"status"_s, u"status: sent or signed."_s, u"status"_s });
        p.addOption({ u"date"_s, u"status: the day it was sent or signed (default today)."_s, u"YYYY-MM-DD"_s });
        p.addOption({ { u"o"_s, u"output"_s }, u"pdf: the PDF file to write."_s, u"file"_s });
        p.addOption({ u"language"_s, u"pdf: ru, kk or en (default: the client's language)."_s, u"lang"_s });
    },
    runAct } };

} // namespace
} // namespace rapport::cli
