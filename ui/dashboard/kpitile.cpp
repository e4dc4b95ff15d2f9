#include "kpitile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

KpiTile::KpiTile(const QString &id, const QString &figure, QWidget *parent)
    : QFrame(parent)
    , m_figure(figure)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_change(new QLabel(this))
    , m_accent(DashboardFormat::seriesColor(0, palette()))
{
    setObjectName(u"tile-"_s + id);
    setMinimumWidth(150);
    setMinimumHeight(92);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_caption->setObjectName(u"tileCaption"_s);
    m_value->setObjectName(u"tileValue"_s);
    m_detail->setObjectName(u"tileDetail"_s);
    m_change->setObjectName(u"tileChange"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.75);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_caption->setFont(small);
    m_detail->setFont(small);
    m_change->setFont(small);
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_caption->setPalette(muted);
    m_detail->setPalette(muted);
    // The tile's width is the grid's; a caption or detail too long for it in
    // Russian or Kazakh («Длительность заявки, среднее») wraps to a second
    // line instead of being cut.
    for (QLabel *label : { m_caption, m_detail, m_change }) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setWordWrap(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_change);
    layout->addStretch(1);
    if (!figure.isEmpty()) {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
    }
    updateStyle();
}

void KpiTile::setCaption(const QString &caption)
{
    m_caption->setText(caption.toUpper());
    setAccessibleName(caption);
}

QString KpiTile::caption() const
{
    return accessibleName();
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
}

QString KpiTile::value() const
{
    return m_value->text();
}

void KpiTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void KpiTile::setChange(const DashboardFormat::Change &change)
{
    m_change->setText(change.text);
    QPalette p = m_change->palette();
    p.setColor(QPalette::WindowText, DashboardFormat::toneColor(change.tone, palette()));
    m_change->setPalette(p);
}

void KpiTile::setAccent(const QColor &color)
{
    m_accent = color;
    updateStyle();
}

void KpiTile::updateStyle()
{
    const QColor border = m_hover ? m_accent : palette().color(QPalette::Mid).lighter(130);
    setStyleSheet(u"QFrame#%1 { background: palette(base); border: 1px solid %2; border-left: 4px solid %3; "
                  "border-radius: 6px; } QFrame#%1 QLabel { border: none; background: transparent; }"_s.arg(
                      objectName(), border.name(), m_accent.name()));
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_figure.isEmpty() && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_figure);
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (!m_figure.isEmpty()
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT activated(m_figure);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::enterEvent(QEnterEvent *event)
{
    m_hover = !m_figure.isEmpty();
    updateStyle();
    QFrame::enterEvent(event);
}

void KpiTile::leaveEvent(QEvent *event)
{
    m_hover = false;
    updateStyle();
    QFrame::leaveEvent(event);
}

} // namespace rapport
