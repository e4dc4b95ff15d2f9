#pragma once

#include "domain/result.h"

#include <QImage>
#include <QList>
#include <QString>

#include <utility>

namespace rapport {

// Writes an HTML document (an invoice or act from InvoiceDocument, a review
// pack from ReviewPackDocument) to an A4 PDF file with QTextDocument and
// QPdfWriter. Needs a QGuiApplication (fonts and layout come from Qt Gui);
// the CLI starts one on the offscreen platform for its pdf commands.
class DocumentPdf
{
public:
    static Status write(const QString &html, const QString &path, const QString &title);
    // The same with images the HTML shows: each (name, image) is the
    // resource of `<img src="name">`.
    static Status write(const QString &html, const QString &path, const QString &title,
        const QList<std::pair<QString, QImage>> &images);

    // Fails unless a QGuiApplication runs (painting text needs one).
    static Status canPaint();
};

} // namespace rapport
