#include "completenesspanel.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

CompletenessPanel::CompletenessPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_missing(new QLabel(this))
{
    setObjectName(u"completenessPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(200);
    setMaximumWidth(230);
    m_missing->setObjectName(u"completenessMissing"_s);
    m_missing->setWordWrap(true);
    m_missing->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_missing->setTextFormat(Qt::RichText);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(true);
    m_bar->setFormat(u"%p %"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addSpacing(6);
    layout->addWidget(m_missing, 1);
    retranslateUi();
}

void CompletenessPanel::setClient(const Client &client)
{
    m_client = client;
    render();
}

void CompletenessPanel::render()
{
    m_completeness = assessCompleteness(m_client);
    m_bar->setValue(m_completeness.percent());
    if (m_completeness.isComplete()) {
        m_missing->setText(tr("Nothing is missing."));
        return;
    }
    QString html = u"<p>"_s + tr("Still missing:").toHtmlEscaped() + u"</p><ul style=\"margin-left:-20px\">"_s;
    for (const CompletenessItem &item : std::as_const(m_completeness.missing))
        html += u"<li>"_s + item.text.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul>"_s;
    m_missing->setText(html);
}

void CompletenessPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void CompletenessPanel::retranslateUi()
{
    m_title->setText(tr("Card completeness"));
    render();
}

} // namespace rapport
