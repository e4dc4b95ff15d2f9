#pragma once

#include "metrics/reviewpack.h"

#include <QImage>
#include <QSize>

namespace rapport {

// The trend chart of a review pack, for print: grouped bars of tickets
// created and resolved per month of pack.dashboard.monthly, and a line of
// the month's resolution SLA compliance on a secondary 0–100 % axis, with
// month names and a legend in the pack's language. White background; the
// fonts (DejaVu Sans, ~28 px at the default size) scale with the height so
// that the image stays readable printed 16 cm wide. Needs a QGuiApplication.
class ReviewPackChart
{
public:
    static QImage render(const ReviewPack &pack, QSize size = { 1800, 700 });
};

} // namespace rapport
