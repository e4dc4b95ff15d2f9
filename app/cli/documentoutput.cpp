// Shared by `invoice pdf` and `act pdf`.
#include "documentoutput.h"

#include "documentpdf.h"
#include "io/invoicedocument.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

QString documentLanguage(Context &ctx, const InvoiceRecord &r, int *code)
{
    if (!ctx.parser.isSet(u"language"_s))
        return InvoiceDocument::languageOf(r);
    const QString lang = ctx.parser.value(u"language"_s);
    if (lang != u"ru"_s && lang != u"kk"_s && lang != u"en"_s)
        *code = ctx.usage(u"--language must be ru, kk or en"_s);
    return lang;
}

int writeDocumentPdf(Context &ctx, const QString &html, const QString &title, const QString &what, const QString &lang)
{
    const QString path = ctx.parser.value(u"output"_s);
    if (Status s = DocumentPdf::write(html, path, title); !s)
        return ctx.failure(s.error());
    if (ctx.json())
        ctx.printJson({ { u"file"_s, path }, { u"document"_s, what }, { u"language"_s, lang } });
    else
        ctx.print(u"wrote %1 (%2, %3)"_s.arg(path, what, lang));
    return Success;
}

} // namespace rapport::cli
