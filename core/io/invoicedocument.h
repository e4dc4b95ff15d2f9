#pragma once

#include "domain/money.h"
#include "domain/result.h"
#include "storage/actrepository.h"
#include "storage/invoicerepository.h"

#include <QHash>
#include <QString>

namespace rapport {

// The HTML of a printed invoice or act, in the client's language (ru, kk,
// en), from the templates in resources/templates (invoice_<lang>.html,
// act_<lang>.html). A template holds all of its language's wording: the
// fixed labels in its body and, in `<!--@key text-->` comments, the words
// the renderer fills in (line descriptions, units, VAT label, tax id label,
// draft and cancelled notes, decimal separator); the fee, overage and
// correction lines name their month in words (MonthWords). Placeholders are
// `{{name}}`; every value is HTML-escaped. The total in words comes from
// AmountInWords. Rendering the HTML to PDF needs Qt Gui and lives in the
// application (app/pdf); this class stays in QtCore.
class InvoiceDocument
{
public:
    // The client's language of the invoice's client details, "ru" if unknown.
    static QString languageOf(const InvoiceRecord &invoice);

    static Result<QString> invoiceHtml(const InvoiceRecord &invoice, const QString &language);
    static Result<QString> actHtml(const ActRecord &act, const InvoiceRecord &invoice, const QString &language);

    // "1 234 567,89" (ru, kk: comma and no-break spaces) or "1,234,567.89" (en).
    static QString formatAmount(const Money &amount, const QString &language);
    // Hours from minutes for a document: "1,5" / "1.5" (up to 3 decimals).
    static QString formatHours(qint64 minutes, const QString &language);
    static QString formatDate(QDate date, const QString &language);

private:
    struct Template
    {
        QString body;
        QHash<QString, QString> labels;
    };
    static Result<Template> load(const QString &name, const QString &language);
    static void fillParties(QHash<QString, QString> &values, const InvoiceRecord &invoice, const Template &t,
        const QString &language);
    static QString render(const Template &t, const QHash<QString, QString> &values);
};

} // namespace rapport
