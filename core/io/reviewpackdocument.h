#pragma once

#include "metrics/reviewpack.h"

#include <QString>

namespace rapport {

// The printed pack of a client review (ReviewPack) as HTML for
// QTextDocument, in the pack's language (ru, kk, en; anything else is ru):
// the client's language, not the user interface's, so the wording comes
// from one table of its own in the .cpp, not from tr(). Sections: tickets
// and SLA with the monthly trend chart, the largest breaches, feedback,
// tariff hours, invoices and payments, obligations, the previous review's
// plan and a blank agenda for the new one. Every value from the database
// is HTML-escaped. Money, hours and dates are InvoiceDocument's, months
// letterMonth's. Rendering to PDF (and drawing the chart) needs Qt Gui and
// lives in app/pdf (ReviewPackPdf); this class stays in QtCore.
class ReviewPackDocument
{
public:
    // `chartUrl` is the image resource of the trend chart (ReviewPackChart);
    // empty: no chart.
    static QString html(const ReviewPack &pack, const QString &chartUrl);
    // "Review pack — <client> — <from>–<to>" in the pack's language.
    static QString title(const ReviewPack &pack);

    // "ru", "kk" or "en": the language a document for `language` is written in.
    static QString documentLanguage(const QString &language);
    // One entry of the wording table (also the chart's legend), in `language`.
    static QString label(const QString &key, const QString &language);
};

} // namespace rapport
