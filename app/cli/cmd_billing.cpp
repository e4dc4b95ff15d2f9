// billing run/provider, invoice list/show/issue/cancel/pay/add-line/pdf:
// the monthly run and invoices (seed 002). Acts: cmd_act.cpp.
#include "asof.h"
#include "billingjson.h"
#include "documentoutput.h"

#include "io/invoicedocument.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QString money(const Money &m)
{
    return m.toPlainString() + u' ' + m.currency();
}

Result<InvoiceRecord> invoiceArgument(Context &ctx, const Database &db, int *code)
{
    const QString ref = ctx.positional.value(1);
    if (ref.isEmpty()) {
        *code = ctx.usage(u"invoice %1 needs an invoice number (or #ID for a draft)"_s.arg(ctx.positional.value(0)));
        return fail(QString());
    }
    auto found = InvoiceRepository(db).byReference(ref);
    if (!found)
        *code = ctx.failure(found.error());
    return found;
}

QString invoiceLine(const InvoiceRecord &r, QDate today)
{
    const int overdue = r.daysOverdue(today);
    return u"%1  %2  %3  %4  %5  outstanding %6  due %7%8"_s.arg(r.reference().leftJustified(12),
        r.clientName.left(28).leftJustified(28), InvoiceRepository::monthKey(r.month),
        invoiceStatusKey(r.status).leftJustified(14), money(r.total).rightJustified(18),
        r.status == InvoiceStatus::Cancelled ? u"-"_s : money(r.outstanding()),
        r.dueOn.isValid() ? r.dueOn.toString(Qt::ISODate) : u"-"_s,
        overdue > 0 ? u"  (%1 days overdue)"_s.arg(overdue) : QString());
}

// ", fee of 2026-10, work of 2026-09" when an invoice does not bill its own
// month's fee and work (billed in advance, or after a change of mode).
QString coverageText(const BillingRunItem &item, QDate month)
{
    if (item.feeMonth == month && item.usageMonth == month)
        return {};
    const auto key = [](QDate m) { return m.isValid() ? InvoiceRepository::monthKey(m) : u"none"_s; };
    return u", fee of %1, work of %2"_s.arg(key(item.feeMonth), key(item.usageMonth));
}

// billing run --month YYYY-MM [--dry-run]
int runBillingRun(Context &ctx)
{
    int code = Success;
    const auto month = monthOption(ctx, u"month"_s, &code);
    if (!month)
        return code;
    // A month that has not begun cannot be billed, not even as a dry run
    // (BillingRun refuses it): a usage error, as for the other runs.
    if (const auto future = futureAsOf(ctx, u"month"_s, *month, AsOfKind::Month))
        return refuseFutureRun(ctx, u"billing run"_s, *future);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const bool dry = ctx.parser.isSet(u"dry-run"_s);
    auto result = BillingRun(*db).run(*month, dry);
    if (!result)
        return ctx.failure(result.error());
    if (ctx.json()) {
        ctx.printJson(billingRunJson(*result));
    } else {
        QString text = u"%1billing %2: %3 created, %4 already there, %5 with nothing to bill, %6 failed\n"_s
                           .arg(dry ? u"(dry run) "_s : QString(), InvoiceRepository::monthKey(*month))
                           .arg(result->created)
                           .arg(result->existing)
                           .arg(result->nothingToBill)
                           .arg(result->failed);
        for (const BillingRunItem &i : std::as_const(result->items)) {
            text += u"  %1  %2  %3"_s.arg(QString::number(i.clientId.value).rightJustified(5),
                i.clientName.left(30).leftJustified(30), billingOutcomeKey(i.outcome).leftJustified(16));
            if (i.outcome == BillingRunItem::Outcome::Failed)
                text += i.error;
            else if (i.outcome == BillingRunItem::Outcome::Exists)
                text += money(i.total).rightJustified(18);
            else if (i.total.currency().size() == 3)
                text += u"%1  hours %2 of %3 included%4"_s.arg(money(i.total).rightJustified(18))
                            .arg(InvoiceDocument::formatHours(i.billableMinutes, u"en"_s))
                            .arg(InvoiceDocument::formatHours(i.includedMinutes, u"en"_s))
                            .arg(i.adjustmentsSettled.isEmpty() ? QString()
                                                                : u", %1 correction(s)"_s.arg(i.adjustmentsSettled.size()))
                        + coverageText(i, *month);
            text += u'\n';
        }
        ctx.print(text);
    }
    if (result->failed > 0)
        return ctx.failure(u"%1 client(s) could not be billed (see above)"_s.arg(result->failed));
    return Success;
}

// billing provider [--name ...]: the provider's details printed on documents.
int runBillingProvider(Context &ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    BillingSettings settings(*db);
    ProviderDetails p = settings.provider();
    const QList<QPair<QString, QString *>> fields { { u"name"_s, &p.name }, { u"tax-country"_s, &p.taxCountry },
        { u"tax-id"_s, &p.taxId }, { u"address"_s, &p.address }, { u"bank-name"_s, &p.bankName },
        { u"bank-bic"_s, &p.bankBic }, { u"bank-account"_s, &p.bankAccount }, { u"director"_s, &p.director } };
    bool changed = false;
    for (const auto &f : fields) {
        if (ctx.parser.isSet(f.first)) {
            *f.second = ctx.parser.value(f.first);
            changed = true;
        }
    }
    if (changed) {
        if (Status s = settings.setProvider(p); !s)
            return ctx.failure(s.error());
    }
    if (ctx.parser.isSet(u"series"_s)) {
        if (Status s = settings.setInvoiceSeries(ctx.parser.value(u"series"_s)); !s)
            return ctx.failure(s.error());
    }
    p = settings.provider();
    if (ctx.json()) {
        QJsonObject o = providerJson(p);
        o.insert(u"invoice_series"_s, settings.invoiceSeries());
        ctx.printJson(o);
        return Success;
    }
    ctx.print(u"%1\n%2 %3\n%4\n%5, BIC %6, account %7\nDirector: %8\nInvoice series: %9"_s.arg(p.name,
        p.taxCountry, p.taxId, p.address, p.bankName, p.bankBic, p.bankAccount, p.director,
        settings.invoiceSeries().isEmpty() ? u"(none)"_s : settings.invoiceSeries()));
    return Success;
}

int runBilling(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"run"_s)
        return runBillingRun(ctx);
    if (action == u"provider"_s)
        return runBillingProvider(ctx);
    return ctx.usage(action.isEmpty() ? u"billing needs an action: run or provider"_s
                                      : u"unknown billing action \"%1\" (run or provider)"_s.arg(action));
}

int runInvoiceList(Context &ctx)
{
    int code = Success;
    InvoiceFilter f;
    if (ctx.parser.isSet(u"client"_s)) {
        const auto client = clientArgument(ctx, ctx.parser.value(u"client"_s), &code);
        if (!client)
            return code;
        f.client = *client;
    }
    if (ctx.parser.isSet(u"status"_s)) {
        f.status = invoiceStatusFromKey(ctx.parser.value(u"status"_s));
        if (!f.status)
            return ctx.usage(u"unknown status \"%1\" (draft, issued, partially_paid, paid or cancelled)"_s.arg(
                ctx.parser.value(u"status"_s)));
    }
    if (ctx.parser.isSet(u"month"_s)) {
        const auto month = monthOption(ctx, u"month"_s, &code);
        if (!month)
            return code;
        f.month = *month;
    }
    f.overdueOnly = ctx.parser.isSet(u"overdue"_s);
    f.today = InvoiceRepository::today();
    f.limit = ctx.parser.value(u"limit"_s).toInt() > 0 ? ctx.parser.value(u"limit"_s).toInt() : 500;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto list = InvoiceRepository(*db).list(f);
    if (!list)
        return ctx.failure(list.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const InvoiceRecord &r : std::as_const(*list))
            array.append(invoiceJson(r, f.today, false));
        ctx.printJson({ { u"invoices"_s, array } });
        return Success;
    }
    QString text;
    for (const InvoiceRecord &r : std::as_const(*list))
        text += invoiceLine(r, f.today) + u'\n';
    ctx.print(text.isEmpty() ? u"no invoices"_s : text);
    return Success;
}

int runInvoiceShow(Context &ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    int code = Success;
    auto r = invoiceArgument(ctx, *db, &code);
    if (!r)
        return code;
    const QDate today = InvoiceRepository::today();
    auto act = ActRepository(*db).forInvoice(r->id);
    if (ctx.json()) {
        QJsonObject o = invoiceJson(*r, today, true);
        o.insert(u"act"_s, act ? QJsonValue(actJson(*act)) : QJsonValue());
        ctx.printJson(o);
        return Success;
    }
    QString text = invoiceLine(*r, today) + u'\n';
    for (const InvoiceLineRecord &l : std::as_const(r->lines))
        text += u"  %1  %2\n"_s.arg(money(l.amount).rightJustified(18), l.description);
    text += u"  %1  subtotal\n  %2  VAT %3 bp\n  %4  total\n"_s.arg(money(r->subtotal).rightJustified(18),
        money(r->vat).rightJustified(18), QString::number(r->vatRateBp), money(r->total).rightJustified(18));
    for (const PaymentRecord &p : std::as_const(r->payments))
        text += u"  paid %1 on %2 %3\n"_s.arg(money(p.amount), p.paidOn.toString(Qt::ISODate), p.reference);
    if (!r->cancelledReason.isEmpty())
        text += u"  cancelled: %1\n"_s.arg(r->cancelledReason);
    ctx.print(text);
    return Success;
}

// invoice issue ID [ID...] | --month YYYY-MM, [--date D]
int runInvoiceIssue(Context &ctx)
{
    int code = Success;
    const auto on = billingDateOption(ctx, u"date"_s, &code);
    if (!on)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    InvoiceRepository repo(*db);
    QList<InvoiceId> ids;
    if (ctx.parser.isSet(u"month"_s)) {
        const auto month = monthOption(ctx, u"month"_s, &code);
        if (!month)
            return code;
        InvoiceFilter f;
        f.month = *month;
        f.status = InvoiceStatus::Draft;
        f.limit = 100000;
        auto drafts = repo.list(f);
        if (!drafts)
            return ctx.failure(drafts.error());
        for (auto it = drafts->crbegin(); it != drafts->crend(); ++it)
            ids << it->id;
    }
    for (const QString &ref : ctx.positional.mid(1)) {
        auto r = repo.byReference(ref);
        if (!r)
            return ctx.failure(r.error());
        ids << r->id;
    }
    if (ids.isEmpty() && !ctx.parser.isSet(u"month"_s))
        return ctx.usage(u"invoice issue needs a draft's ID (or --month YYYY-MM for all drafts of a month)"_s);
    // A month's drafts are issued all or none; drafts named one by one are
    // issued one transaction each, in the order given.
    QList<InvoiceRecord> issued;
    if (ctx.parser.isSet(u"month"_s)) {
        auto all = repo.issueMany(ids, *on);
        if (!all)
            return ctx.failure(all.error());
        issued = *all;
    } else {
        for (const InvoiceId id : std::as_const(ids)) {
            auto r = repo.issue(id, *on);
            if (!r)
                return ctx.failure(r.error());
            issued << *r;
        }
    }
    const QDate today = InvoiceRepository::today();
    if (ctx.json()) {
        if (issued.size() == 1 && !ctx.parser.isSet(u"month"_s)) {
            ctx.printJson(invoiceJson(issued.constFirst(), today, false));
        } else {
            QJsonArray array;
            for (const InvoiceRecord &r : std::as_const(issued))
                array.append(invoiceJson(r, today, false));
            ctx.printJson({ { u"invoices"_s, array } });
        }
        return Success;
    }
    QString text;
    for (const InvoiceRecord &r : std::as_const(issued))
        text += u"issued %1 (#%2) to %3: %4, due %5\n"_s.arg(r.number, QString::number(r.id.value), r.clientName,
            money(r.total), r.dueOn.toString(Qt::ISODate));
    ctx.print(text.isEmpty() ? u"no drafts to issue"_s : text);
    return Success;
}

int runInvoiceCancel(Context &ctx)
{
    int code = Success;
    const QString reason = ctx.required(u"reason"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto r = invoiceArgument(ctx, *db, &code);
    if (!r)
        return code;
    auto cancelled = InvoiceRepository(*db).cancel(r->id, reason);
    if (!cancelled)
        return ctx.failure(cancelled.error());
    if (ctx.json())
        ctx.printJson(invoiceJson(*cancelled, InvoiceRepository::today(), false));
    else
        ctx.print(u"cancelled %1: %2"_s.arg(cancelled->reference(), reason));
    return Success;
}

int runInvoicePay(Context &ctx)
{
    int code = Success;
    const QString amountText = ctx.required(u"amount"_s, &code);
    if (code != Success)
        return code;
    if (!ctx.parser.isSet(u"date"_s))
        return ctx.usage(u"missing required option --date YYYY-MM-DD"_s);
    const auto on = billingDateOption(ctx, u"date"_s, &code);
    if (!on)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto r = invoiceArgument(ctx, *db, &code);
    if (!r)
        return code;
    auto amount = Money::parse(amountText, r->currency);
    if (!amount)
        return ctx.usage(u"--amount: "_s + amount.error());
    auto paid = InvoiceRepository(*db).recordPayment(r->id, *on, *amount, ctx.parser.value(u"reference"_s));
    if (!paid)
        return ctx.failure(paid.error());
    auto after = InvoiceRepository(*db).byId(r->id);
    if (!after)
        return ctx.failure(after.error());
    if (ctx.json()) {
        ctx.printJson({ { u"payment"_s, paymentJson(*paid) },
            { u"invoice"_s, invoiceJson(*after, InvoiceRepository::today(), false) } });
        return Success;
    }
    ctx.print(u"recorded %1 on %2 for %3: now %4, outstanding %5"_s.arg(money(paid->amount),
        paid->paidOn.toString(Qt::ISODate), after->reference(), invoiceStatusKey(after->status),
        money(after->outstanding())));
    return Success;
}

// invoice add-line ID --description D --price P [--quantity Q]
int runInvoiceAddLine(Context &ctx)
{
    int code = Success;
    const QString description = ctx.required(u"description"_s, &code);
    const QString priceText = code == Success ? ctx.required(u"price"_s, &code) : QString();
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto r = invoiceArgument(ctx, *db, &code);
    if (!r)
        return code;
    auto price = Money::parse(priceText, r->currency);
    if (!price)
        return ctx.usage(u"--price: "_s + price.error());
    static const QRegularExpression number(u"^(\\d{1,9})(?:[.,](\\d{1,3}))?$"_s);
    const auto m = number.match(ctx.parser.value(u"quantity"_s).trimmed());
    const qint64 quantity = m.hasMatch()
        ? m.captured(1).toLongLong() * 1000 + m.captured(2).leftJustified(3, u'0').toLongLong()
        : 0;
    if (quantity <= 0)
        return ctx.usage(u"--quantity: \"%1\" is not a positive number (up to 3 decimals)"_s.arg(
            ctx.parser.value(u"quantity"_s)));
    auto after = InvoiceRepository(*db).addLine(r->id, OneOffLine { description, quantity, *price });
    if (!after)
        return ctx.failure(after.error());
    if (ctx.json())
        ctx.printJson(invoiceJson(*after, InvoiceRepository::today(), true));
    else
        ctx.print(u"added \"%1\" to %2: total now %3"_s.arg(description, after->reference(), money(after->total)));
    return Success;
}

int runInvoicePdf(Context &ctx)
{
    int code = Success;
    if (ctx.required(u"output"_s, &code).isEmpty())
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto r = invoiceArgument(ctx, *db, &code);
    if (!r)
        return code;
    const QString lang = documentLanguage(ctx, *r, &code);
    if (code != Success)
        return code;
    auto html = InvoiceDocument::invoiceHtml(*r, lang);
    if (!html)
        return ctx.failure(html.error());
    return writeDocumentPdf(ctx, *html, u"Invoice "_s + r->reference(), u"invoice "_s + r->reference(), lang);
}

int runInvoice(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"list"_s)
        return runInvoiceList(ctx);
    if (action == u"show"_s)
        return runInvoiceShow(ctx);
    if (action == u"issue"_s)
        return runInvoiceIssue(ctx);
    if (action == u"cancel"_s)
        return runInvoiceCancel(ctx);
    if (action == u"pay"_s)
        return runInvoicePay(ctx);
    if (action == u"add-line"_s)
        return runInvoiceAddLine(ctx);
    if (action == u"pdf"_s)
        return runInvoicePdf(ctx);
    const QString actions = u"list, show, issue, cancel, pay, add-line or pdf"_s;
    return ctx.usage(action.isEmpty() ? u"invoice needs an action: "_s + actions
                                      : u"unknown invoice action \"%1\" (%2)"_s.arg(action, actions));
}

Registrar billing { { u"billing"_s,
    u"Monthly billing: billing run --month YYYY-MM [--dry-run]; billing provider [--name ... --tax-id ...]."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"run or provider"_s, u"run|provider"_s);
        p.addOption({ u"month"_s, u"run: the month to bill (YYYY-MM, this month or earlier)."_s, u"month"_s });
        p.addOption({ u"dry-run"_s, u"run: show what would be created, write nothing."_s });
        p.addOption({ u"name"_s, u"provider: legal name."_s, u"text"_s });
        p.addOption({ u"tax-country"_s, u"provider: KZ, RU or other."_s, u"code"_s });
        p.addOption({ u"tax-id"_s, u"provider: BIN/IIN or INN."_s, u"id"_s });
        p.addOption({ u"address"_s, u"provider: legal address."_s, u"text"_s });
        p.addOption({ u"bank-name"_s, u"provider: bank."_s, u"text"_s });
        p.addOption({ u"bank-bic"_s, u"provider: bank BIC."_s, u"code"_s });
        p.addOption({ u"bank-account"_s, u"provider: account (IBAN)."_s, u"account"_s });
        p.addOption({ u"director"_s, u"provider: who signs."_s, u"name"_s });
        p.addOption({ u"series"_s, u"provider: invoice number series (empty: 2026-0001)."_s, u"series"_s });
    },
    runBilling } };

Registrar invoice { { u"invoice"_s,
    u"Invoices: invoice list|show NUMBER|issue ID|cancel NUMBER --reason R|pay NUMBER --amount A --date D|add-line ID|pdf NUMBER -o FILE."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"list, show, issue, cancel, pay, add-line or pdf"_s, u"action"_s);
        p.addPositionalArgument(u"invoice"_s, u"The issued number, or #ID of a draft."_s, u"[NUMBER|#ID]"_s);
        p.addOption({ u"client"_s, u"list: only this client (id)."_s, u"id"_s });
        p.addOption({ u"status"_s, u"list: draft, issued, partially_paid, paid or cancelled."_s, u"status"_s });
        p.addOption({ u"month"_s, u"list: only this month; issue: every draft of the month."_s, u"YYYY-MM"_s });
        p.addOption({ u"overdue"_s, u"list: only open invoices past their due date."_s });
        p.addOption({ u"limit"_s, u"list: at most this many (default 500)."_s, u"n"_s });
        p.addOption({ u"reason"_s, u"cancel: why (required)."_s, u"text"_s });
        p.addOption({ u"amount"_s, u"pay: amount in the invoice's currency, e.g. 125000.00."_s, u"amount"_s });
        p.addOption({ u"date"_s, u"pay: payment date; issue: issue date (default today)."_s, u"YYYY-MM-DD"_s });
        p.addOption({ u"reference"_s, u"pay: bank reference."_s, u"text"_s });
        p.addOption({ u"description"_s, u"add-line: what the line is for."_s, u"text"_s });
        p.addOption({ u"price"_s, u"add-line: unit price (negative for a credit)."_s, u"amount"_s });
        p.addOption({ u"quantity"_s, u"add-line: quantity (default 1)."_s, u"number"_s, u"1"_s });
        p.addOption({ { u"o"_s, u"output"_s }, u"pdf: the PDF file to write."_s, u"file"_s });
        p.addOption({ u"language"_s, u"pdf: ru, kk or en (default: the client's language)."_s, u"lang"_s });
    },
    runInvoice } };

} // namespace
} // namespace rapport::cli
