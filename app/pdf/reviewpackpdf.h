#pragma once

#include "domain/result.h"
#include "metrics/reviewpack.h"

#include <QString>

namespace rapport {

// A review pack as an A4 PDF: ReviewPackDocument's HTML with
// ReviewPackChart's trend chart as the image "chart.png", written by
// DocumentPdf. Needs a QGuiApplication.
class ReviewPackPdf
{
public:
    static Status write(const ReviewPack &pack, const QString &path);
};

} // namespace rapport
