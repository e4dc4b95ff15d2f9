#include "todaysection.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

TodaySection::TodaySection(const QString &title, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_titleText(title)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setObjectName(u"sectionTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    m_empty->setObjectName(u"sectionEmpty"_s);
    QPalette pal = m_empty->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_empty->setPalette(pal);
    m_empty->setContentsMargins(4, 6, 4, 6);

    m_view->setObjectName(u"sectionView"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    // The height follows the rows (fitViewHeight()); only a long list scrolls.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    layout->addStretch();
    // Never taller than the content: a short section beside a long one keeps its height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_view, &QAbstractItemView::activated, this, &TodaySection::activated);
    setModel(model);
}

void TodaySection::setTitle(const QString &title)
{
    m_titleText = title;
    updateHeader();
}

void TodaySection::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    if (model) {
        const auto changed = [this] {
            if (m_count >= 0 && m_view->model())
                updateHeader();
            else
                fitViewHeight();
        };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    }
    updateHeader();
}

QAbstractItemModel *TodaySection::model() const
{
    return m_view->model();
}

void TodaySection::setCount(int count)
{
    m_count = count;
    updateHeader();
}

void TodaySection::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void TodaySection::setAccent(const QColor &color)
{
    m_accent = color;
    updateHeader();
}

void TodaySection::updateHeader()
{
    m_view->setAccessibleName(m_titleText);
    const int rows = model() ? model()->rowCount() : 0;
    const int shown = m_count >= 0 ? std::max(m_count, rows) : rows;
    QString count = m_count < 0 ? u"…"_s : QLocale().toString(shown);
    if (shown > 0 && m_accent.isValid())
        count = u"<span style=\"color:%1\">%2</span>"_s.arg(m_accent.name(), count);
    m_title->setText(u"%1&nbsp;&nbsp;<span style=\"font-weight:normal\">(%2)</span>"_s.arg(m_titleText.toHtmlEscaped(),
                                                                                          count));
    const bool empty = rows == 0 && m_count >= 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    fitViewHeight();
}

void TodaySection::fitViewHeight()
{
    const QAbstractItemModel *list = model();
    const int rows = list ? list->rowCount() : 0;
    // Rows keep the default height; while still counting an empty list, one
    // blank row holds its place.
    int height = m_view->verticalHeader()->defaultSectionSize() * std::clamp(rows, 1, kMaxRows);
    const QHeaderView *header = m_view->horizontalHeader();
    if (header->isVisibleTo(m_view)) // as QTableView::updateGeometries() sizes it
        height += std::min(std::max(header->minimumHeight(), header->sizeHint().height()), header->maximumHeight());
    height += 2 * m_view->frameWidth();
    m_view->setVerticalScrollBarPolicy(rows > kMaxRows ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    m_view->setFixedHeight(height);
}

void TodaySection::changeEvent(QEvent *event)
{
    // Another font or style changes the header's height.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitViewHeight();
    QWidget::changeEvent(event);
}

void TodaySection::showEvent(QShowEvent *event)
{
    fitViewHeight(); // the style polishes the header on the first show
    QWidget::showEvent(event);
}

} // namespace rapport
