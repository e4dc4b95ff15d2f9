#pragma once

#include "domain/ids.h"
#include "domain/result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace rapport {

// The printed invoice and act (completion certificate) from the screens:
// written to a PDF file in the client's language (InvoiceDocument's
// templates, DocumentPdf's layout), saved where the user chooses or opened in
// the desktop's PDF viewer from a temporary file.
class InvoicePdf
{
    Q_DECLARE_TR_FUNCTIONS(InvoicePdf)

public:
    enum class Document { Invoice, Act };
    using UrlOpener = std::function<bool(const QUrl &url)>;

    // Writes the invoice, or the act of the invoice's client and month.
    static Status write(const Database &db, InvoiceId id, Document document, const QString &path);
    // "Invoice 2026-0001.pdf", "Act 2026-03 Client.pdf".
    static Result<QString> suggestedFileName(const Database &db, InvoiceId id, Document document);
    // Writes to a temporary file and opens it; returns the file's path.
    static Result<QString> open(const Database &db, InvoiceId id, Document document);
    // Asks where to save (a file dialog) and writes there; an empty path when the user cancelled.
    static Result<QString> saveAs(QWidget *parent, const Database &db, InvoiceId id, Document document);

    // Replaces QDesktopServices::openUrl (tests).
    static void setUrlOpener(UrlOpener opener);
};

} // namespace rapport
