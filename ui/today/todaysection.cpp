#include "todaysection.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

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
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addStretch(); // takes the room of the hidden list when empty

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
}

} // namespace rapport
