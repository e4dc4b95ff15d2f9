#pragma once

#include "cli.h"

#include "storage/invoicerepository.h"

namespace rapport::cli {

// The language of a printed invoice or act: --language (ru, kk, en) or the
// client's; a usage error in *code for anything else.
QString documentLanguage(Context &ctx, const InvoiceRecord &invoice, int *code);
// Writes the document to the -o file as PDF and reports it (text or JSON
// {"file","document","language"}).
int writeDocumentPdf(Context &ctx, const QString &html, const QString &title, const QString &what, const QString &lang);

} // namespace rapport::cli
