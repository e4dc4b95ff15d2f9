#pragma once

#include "dashboardformat.h"

#include <QFrame>

class QLabel;

namespace rapport {

// One key figure of the dashboard: a caption, the value, a detail line and
// the change against the previous period. A tile with a figure key is
// clickable (mouse or Enter/Space) and asks for the list behind it.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    // `id` names the tile (object name "tile-<id>"); `figure` is the
    // drill-down key ("tickets.breached_open"), empty for a tile that has
    // no list of tickets or invoices behind it.
    KpiTile(const QString &id, const QString &figure, QWidget *parent = nullptr);

    const QString &figure() const { return m_figure; }
    void setCaption(const QString &caption);
    QString caption() const;
    void setValue(const QString &value);
    QString value() const;
    void setDetail(const QString &detail);
    void setChange(const DashboardFormat::Change &change);
    void setAccent(const QColor &color);

Q_SIGNALS:
    void activated(const QString &figure);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateStyle();

    QString m_figure;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_change;
    QColor m_accent;
    bool m_hover = false;
};

} // namespace rapport
