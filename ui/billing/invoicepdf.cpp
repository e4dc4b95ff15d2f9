#include "invoicepdf.h"

#include "documentpdf.h"
#include "io/invoicedocument.h"
#include "storage/actrepository.h"
#include "storage/invoicerepository.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

InvoicePdf::UrlOpener &urlOpener()
{
    static InvoicePdf::UrlOpener opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return opener;
}

// The month whose work (and act) the invoice bills: its own month unless
// billed in advance. An invoice of the fee alone bills no work: the act of
// its own month is the one shown, once a later invoice has it.
QDate workMonth(const InvoiceRecord &invoice)
{
    return invoice.usageMonth.isValid() ? invoice.usageMonth : invoice.month;
}

// A file name without characters that Windows or a shell would refuse.
QString safeFileName(QString name)
{
    static const QString forbidden = u"\\/:*?\"<>|"_s;
    for (QChar &ch : name) {
        if (forbidden.contains(ch) || ch.unicode() < 0x20)
            ch = u'_';
    }
    return name.simplified();
}

} // namespace

Status InvoicePdf::write(const Database &db, InvoiceId id, Document document, const QString &path)
{
    auto invoice = InvoiceRepository(db).byId(id);
    if (!invoice)
        return fail(invoice.error());
    const QString language = InvoiceDocument::languageOf(*invoice);
    if (document == Document::Invoice) {
        auto html = InvoiceDocument::invoiceHtml(*invoice, language);
        if (!html)
            return fail(html.error());
        return DocumentPdf::write(*html, path, tr("Invoice %1").arg(invoice->reference()));
    }
    // The act of the work the invoice bills (billed in advance: the month
    // before the invoice's); it belongs to the live invoice of that work,
    // which may be another one than the selected.
    auto act = ActRepository(db).forMonth(invoice->clientId, workMonth(*invoice));
    if (!act)
        return fail(act.error());
    auto actInvoice = act->invoiceId == invoice->id ? invoice : InvoiceRepository(db).byId(act->invoiceId);
    if (!actInvoice)
        return fail(actInvoice.error());
    auto html = InvoiceDocument::actHtml(*act, *actInvoice, language);
    if (!html)
        return fail(html.error());
    return DocumentPdf::write(*html, path,
        tr("Act %1 %2").arg(InvoiceRepository::monthKey(act->month), actInvoice->clientName));
}

Result<QString> InvoicePdf::suggestedFileName(const Database &db, InvoiceId id, Document document)
{
    auto invoice = InvoiceRepository(db).byId(id);
    if (!invoice)
        return fail(invoice.error());
    const QString name = document == Document::Invoice
        ? tr("Invoice %1 %2").arg(invoice->reference(), invoice->clientName)
        : tr("Act %1 %2").arg(InvoiceRepository::monthKey(workMonth(*invoice)), invoice->clientName);
    return QString(safeFileName(name) + u".pdf"_s);
}

Result<QString> InvoicePdf::open(const Database &db, InvoiceId id, Document document)
{
    auto name = suggestedFileName(db, id, document);
    if (!name)
        return fail(name.error());
    // Kept after the application closes: the viewer may still have it open.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/rapport-documents"_s;
    if (!QDir().mkpath(dir))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    const QString path = dir + u'/' + *name;
    if (Status s = write(db, id, document, path); !s)
        return fail(s.error());
    if (!urlOpener()(QUrl::fromLocalFile(path)))
        return fail(tr("The PDF was written to %1, but no application opened it.").arg(QDir::toNativeSeparators(path)));
    return path;
}

Result<QString> InvoicePdf::saveAs(QWidget *parent, const Database &db, InvoiceId id, Document document)
{
    auto name = suggestedFileName(db, id, document);
    if (!name)
        return fail(name.error());
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + *name;
    const QString path = QFileDialog::getSaveFileName(parent,
        document == Document::Invoice ? tr("Save Invoice PDF") : tr("Save Act PDF"), start, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (Status s = write(db, id, document, path); !s)
        return fail(s.error());
    return path;
}

void InvoicePdf::setUrlOpener(UrlOpener opener)
{
    urlOpener() = opener ? std::move(opener) : [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

} // namespace rapport
