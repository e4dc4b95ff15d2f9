#include "reviewpackpdf.h"

#include "documentpdf.h"
#include "io/reviewpackdocument.h"
#include "reviewpackchart.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

Status ReviewPackPdf::write(const ReviewPack &pack, const QString &path)
{
    // The chart paints text: check for Qt Gui before drawing it.
    if (Status s = DocumentPdf::canPaint(); !s)
        return s;
    const QString chartUrl = u"chart.png"_s;
    return DocumentPdf::write(ReviewPackDocument::html(pack, chartUrl), path, ReviewPackDocument::title(pack),
        { { chartUrl, ReviewPackChart::render(pack) } });
}

} // namespace rapport
