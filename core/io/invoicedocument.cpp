#include "invoicedocument.h"

#include "billing/amountinwords.h"
#include "billing/monthwords.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QStringList kLanguages { u"ru"_s, u"kk"_s, u"en"_s };

QString groupDigits(const QString &digits, const QString &separator)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

// 1500 thousandths → "1,5" / "1.5"; whole numbers without decimals.
QString formatMilli(qint64 milli, const QString &language)
{
    const bool negative = milli < 0;
    const qint64 abs = negative ? -milli : milli;
    QString text = QString::number(abs / 1000);
    QString fraction = QString::number(abs % 1000).rightJustified(3, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += (language == u"en"_s ? u"."_s : u","_s) + fraction;
    return negative ? u"−"_s + text : text;
}

QString withArgs(QString text, const QStringList &args)
{
    for (const QString &a : args)
        text = text.arg(a);
    return text;
}

QString vatPercent(int bp, const QString &language)
{
    return formatMilli(qint64(bp) * 10, language);
}

} // namespace

QString InvoiceDocument::languageOf(const InvoiceRecord &invoice)
{
    const QString lang = invoice.clientDetails.value(u"language"_s).toString();
    return kLanguages.contains(lang) ? lang : u"ru"_s;
}

QString InvoiceDocument::formatAmount(const Money &amount, const QString &language)
{
    const int digits = Money::minorDigits(amount.currency());
    const qint64 minor = amount.minorUnits();
    const bool negative = minor < 0;
    const QString plain = QString::number(negative ? -minor : minor).rightJustified(digits + 1, u'0');
    const QString whole = plain.left(plain.size() - digits);
    const bool en = language == u"en"_s;
    QString text = groupDigits(whole, en ? u","_s : QString(QChar(0x00A0)));
    if (digits > 0)
        text += (en ? u"."_s : u","_s) + plain.right(digits);
    return negative ? u"−"_s + text : text;
}

QString InvoiceDocument::formatHours(qint64 minutes, const QString &language)
{
    return formatMilli(InvoiceBuilder::minutesToHoursMilli(minutes), language);
}

QString InvoiceDocument::formatDate(QDate date, const QString &language)
{
    if (!date.isValid())
        return u"—"_s;
    return language == u"en"_s ? date.toString(Qt::ISODate) : date.toString(u"dd.MM.yyyy"_s);
}

Result<InvoiceDocument::Template> InvoiceDocument::load(const QString &name, const QString &language)
{
    if (!kLanguages.contains(language))
        return fail(QCoreApplication::translate("InvoiceDocument", "Documents are printed in ru, kk or en, not \"%1\".")
                        .arg(language));
    QFile file(u":/templates/%1_%2.html"_s.arg(name, language));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("InvoiceDocument", "The document template %1 is missing.").arg(file.fileName()));
    Template t;
    t.body = QString::fromUtf8(file.readAll());
    static const QRegularExpression label(u"<!--@(\\w+) (.*?)-->"_s);
    for (auto it = label.globalMatch(t.body); it.hasNext();) {
        const auto m = it.next();
        t.labels.insert(m.captured(1), m.captured(2));
    }
    return t;
}

QString InvoiceDocument::render(const Template &t, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(u"\\{\\{([\\w.]+)\\}\\}"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(t.body); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(t.body).mid(from, m.capturedStart() - from);
        const QString key = m.captured(1);
        const QString value = values.value(key);
        // Generated rows are HTML already; every other value is text.
        out += key == u"lines"_s ? value : value.toHtmlEscaped();
        from = m.capturedEnd();
    }
    out += QStringView(t.body).mid(from);
    return out;
}

void InvoiceDocument::fillParties(
    QHash<QString, QString> &v, const InvoiceRecord &invoice, const Template &t, const QString &language)
{
    const QVariantMap &p = invoice.providerDetails;
    for (const char *key : { "name", "tax_id", "address", "bank_name", "bank_bic", "bank_account", "director" })
        v.insert(u"provider."_s + QLatin1StringView(key), p.value(QLatin1StringView(key)).toString());
    const QString providerCountry = p.value(u"tax_country"_s).toString();
    v.insert(u"provider.tax_label"_s, t.labels.value(u"tax_"_s + (providerCountry.isEmpty() ? u"KZ"_s : providerCountry)));
    const QVariantMap &c = invoice.clientDetails;
    for (const char *key : { "legal_name", "tax_id", "address", "contract_number" })
        v.insert(u"client."_s + QLatin1StringView(key), c.value(QLatin1StringView(key)).toString());
    v.insert(u"client.tax_label"_s, t.labels.value(u"tax_"_s + c.value(u"tax_country"_s, u"KZ"_s).toString()));
    v.insert(u"client.contract_signed_on"_s,
        formatDate(QDate::fromString(c.value(u"contract_signed_on"_s).toString(), Qt::ISODate), language));

    v.insert(u"currency"_s, invoice.currency);
    v.insert(u"subtotal"_s, formatAmount(invoice.subtotal, language));
    v.insert(u"vat"_s, formatAmount(invoice.vat, language));
    v.insert(u"total"_s, formatAmount(invoice.total, language));
    v.insert(u"vat_label"_s,
        invoice.vatRateBp == 0 ? t.labels.value(u"no_vat"_s)
                               : t.labels.value(u"vat"_s).arg(vatPercent(invoice.vatRateBp, language)));
    auto words = AmountInWords::format(invoice.total, language);
    v.insert(u"total_words"_s, words ? *words : formatAmount(invoice.total, language) + u' ' + invoice.currency);
    if (invoice.status == InvoiceStatus::Draft)
        v.insert(u"status_note"_s, t.labels.value(u"draft"_s));
    else if (invoice.status == InvoiceStatus::Cancelled)
        v.insert(u"status_note"_s, t.labels.value(u"cancelled"_s).arg(invoice.cancelledReason));
}

Result<QString> InvoiceDocument::invoiceHtml(const InvoiceRecord &invoice, const QString &language)
{
    auto t = load(u"invoice"_s, language);
    if (!t)
        return fail(t.error());
    QHash<QString, QString> v;
    fillParties(v, invoice, *t, language);
    const QString monthText = invoice.month.toString(u"MM.yyyy"_s);
    v.insert(u"number"_s, invoice.reference());
    v.insert(u"issued_on"_s, formatDate(invoice.issuedOn, language));
    v.insert(u"due_on"_s, formatDate(invoice.dueOn, language));
    v.insert(u"month"_s, monthText);
    v.insert(u"line_count"_s, QString::number(invoice.lines.size()));

    // Each line names its own month in words: billed in advance, the fee is
    // of the invoice's month and the work of the month before.
    const QString feeMonth = MonthWords::month(invoice.feeMonth.isValid() ? invoice.feeMonth : invoice.month, language);
    const QString usageMonth
        = MonthWords::month(invoice.usageMonth.isValid() ? invoice.usageMonth : invoice.month, language);
    QString rows;
    int n = 0;
    for (const InvoiceLineRecord &line : invoice.lines) {
        QString description = line.description;
        QString quantity = formatMilli(line.quantityMilli, language);
        QString unit = t->labels.value(u"unit_piece"_s);
        if (line.kind == u"monthly_fee"_s) {
            description = withArgs(t->labels.value(u"monthly_fee"_s), { feeMonth });
            unit = t->labels.value(u"unit_month"_s);
        } else if (line.kind == u"overage"_s) {
            description = withArgs(t->labels.value(u"overage"_s), { usageMonth });
            quantity = formatHours(line.minutes, language);
            unit = t->labels.value(u"unit_hour"_s);
        } else if (line.kind == u"adjustment"_s && line.adjustmentMonth.isValid()) {
            description = withArgs(t->labels.value(u"adjustment"_s),
                { MonthWords::month(line.adjustmentMonth, language), line.adjustmentNumber });
        }
        rows += u"<tr><td class=\"num\">%1</td><td>%2</td><td class=\"num\">%3</td><td>%4</td>"
                "<td class=\"num\">%5</td><td class=\"num\">%6</td></tr>\n"_s.arg(QString::number(++n),
                    description.toHtmlEscaped(), quantity, unit.toHtmlEscaped(),
                    formatAmount(line.unitPrice, language), formatAmount(line.amount, language));
    }
    v.insert(u"lines"_s, rows);
    return render(*t, v);
}

Result<QString> InvoiceDocument::actHtml(const ActRecord &act, const InvoiceRecord &invoice, const QString &language)
{
    auto t = load(u"act"_s, language);
    if (!t)
        return fail(t.error());
    QHash<QString, QString> v;
    fillParties(v, invoice, *t, language);
    const QDate monthEnd = act.month.addMonths(1).addDays(-1);
    v.insert(u"number"_s, invoice.reference());
    v.insert(u"date"_s, formatDate(invoice.issuedOn.isValid() ? invoice.issuedOn : monthEnd, language));
    v.insert(u"period"_s, formatDate(act.month, language) + u" – "_s + formatDate(monthEnd, language));
    v.insert(u"total_hours"_s, formatHours(act.totalMinutes, language));
    QString rows;
    int n = 0;
    for (const ActLine &line : act.lines) {
        rows += u"<tr><td class=\"num\">%1</td><td>#%2</td><td>%3</td><td class=\"num\">%4</td></tr>\n"_s.arg(
            QString::number(++n), QString::number(line.ticketId.value), line.subject.toHtmlEscaped(),
            formatHours(line.minutes, language));
    }
    v.insert(u"lines"_s, rows);
    return render(*t, v);
}

} // namespace rapport
