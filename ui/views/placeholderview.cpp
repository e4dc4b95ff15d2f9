#include "placeholderview.h"

#include "viewfactory.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport {

PlaceholderView::PlaceholderView(const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_titleLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_titleLabel->setObjectName(QStringLiteral("viewTitle"));
    QFont f = m_titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_titleLabel->setFont(f);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addStretch(1);
    retranslateUi();
}

void PlaceholderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderView::retranslateUi()
{
    m_titleLabel->setText(viewTitle(m_key));
    m_descriptionLabel->setText(viewDescription(m_key));
}

} // namespace rapport
