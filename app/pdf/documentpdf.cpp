#include "documentpdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

Status DocumentPdf::canPaint()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("DocumentPdf", "PDF documents need the graphical part of Qt (QGuiApplication)."));
    return {};
}

Status DocumentPdf::write(const QString &html, const QString &path, const QString &title)
{
    return write(html, path, title, {});
}

Status DocumentPdf::write(const QString &html, const QString &path, const QString &title,
    const QList<std::pair<QString, QImage>> &images)
{
    if (Status s = canPaint(); !s)
        return s;
    {
        // QPdfWriter does not report an unwritable file: try it first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("DocumentPdf", "Cannot write %1: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(u"Rapport"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 12, 12),
        QPageLayout::Millimeter));

    QTextDocument document;
    document.setDefaultFont(QFont(u"DejaVu Sans"_s, 9));
    document.setDocumentMargin(0);
    for (const auto &[name, image] : images)
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    document.setHtml(html);
    document.print(&writer);
    if (QFile(path).size() == 0)
        return fail(QCoreApplication::translate("DocumentPdf", "The PDF file %1 could not be written.").arg(path));
    return {};
}

} // namespace rapport
