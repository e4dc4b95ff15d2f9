#pragma once

#include "domain/result.h"

#include <QString>

namespace rapport {

// Writes an HTML document (an invoice or act from InvoiceDocument) to an A4
// PDF file with QTextDocument and QPdfWriter. Needs a QGuiApplication (fonts
// and layout come from Qt Gui); the CLI starts one on the offscreen platform
// for its pdf commands.
class DocumentPdf
{
public:
    static Status write(const QString &html, const QString &path, const QString &title);
};

} // namespace rapport
