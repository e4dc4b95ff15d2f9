#include "handoffquestionspage.h"

#include "appsession.h"
#include "storage/handoffrepository.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

HandoffQuestionsPage::HandoffQuestionsPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_question(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_answer(new QLineEdit(this))
    , m_answerButton(new QPushButton(this))
{
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_list->setObjectName(u"questionList"_s);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_question->setObjectName(u"newQuestion"_s);
    m_add->setObjectName(u"addQuestion"_s);
    m_answer->setObjectName(u"answerText"_s);
    m_answerButton->setObjectName(u"answerQuestion"_s);

    auto *ask = new QHBoxLayout;
    ask->addWidget(m_question, 1);
    ask->addWidget(m_add);
    auto *answer = new QHBoxLayout;
    answer->addWidget(m_answer, 1);
    answer->addWidget(m_answerButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(ask);
    layout->addLayout(answer);

    connect(m_add, &QPushButton::clicked, this, &HandoffQuestionsPage::addQuestion);
    connect(m_question, &QLineEdit::returnPressed, this, &HandoffQuestionsPage::addQuestion);
    connect(m_answerButton, &QPushButton::clicked, this, &HandoffQuestionsPage::answerQuestion);
    connect(m_answer, &QLineEdit::returnPressed, this, &HandoffQuestionsPage::answerQuestion);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        m_answer->setText(item ? item->data(1, Qt::UserRole).toString() : QString());
        updateButtons();
    });
    retranslateUi();
}

void HandoffQuestionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HandoffQuestionsPage::retranslateUi()
{
    m_hint->setText(tr("Questions the account manager has for the salesperson. The item is done when every "
                       "question is answered."));
    m_list->setHeaderLabels({tr("Question"), tr("Answer")});
    m_list->setAccessibleName(tr("Questions to the salesperson"));
    m_question->setAccessibleName(tr("New question"));
    m_answer->setAccessibleName(tr("Answer to the selected question"));
    m_question->setPlaceholderText(tr("Ask the salesperson…"));
    m_add->setText(tr("&Ask"));
    m_answer->setPlaceholderText(tr("Answer to the selected question"));
    m_answerButton->setText(tr("A&nswer"));
    setHandoff(m_handoff);
}

void HandoffQuestionsPage::setHandoff(const Handoff &handoff)
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_handoff = handoff;
    m_list->clear();
    QTreeWidgetItem *select = nullptr;
    for (const HandoffQuestion &q : handoff.questions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, q.question);
        item->setText(1, q.isAnswered() ? q.answer : tr("(no answer yet)"));
        item->setData(0, Qt::UserRole, q.id);
        item->setData(1, Qt::UserRole, q.answer);
        if (!q.isAnswered())
            item->setForeground(1, statusColor(StatusTone::Bad, palette()));
        if (q.id == current || (!select && !q.isAnswered()))
            select = item;
    }
    if (select)
        m_list->setCurrentItem(select);
    updateButtons();
}

void HandoffQuestionsPage::updateButtons()
{
    const bool open = m_handoff.id.isValid() && !m_handoff.isCompleted();
    m_question->setEnabled(open);
    m_add->setEnabled(open);
    m_answer->setEnabled(open && m_list->currentItem());
    m_answerButton->setEnabled(open && m_list->currentItem());
}

void HandoffQuestionsPage::addQuestion()
{
    if (m_question->text().trimmed().isEmpty())
        return;
    auto added = HandoffRepository(m_session->database()).addQuestion(m_handoff.id, m_question->text());
    if (!added) {
        QMessageBox::warning(this, tr("Questions to Sales"), added.error());
        return;
    }
    m_question->clear();
    Q_EMIT changed();
}

void HandoffQuestionsPage::answerQuestion()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Status s = HandoffRepository(m_session->database())
                         .answerQuestion(m_handoff.id, item->data(0, Qt::UserRole).toLongLong(), m_answer->text());
    if (!s) {
        QMessageBox::warning(this, tr("Questions to Sales"), s.error());
        return;
    }
    Q_EMIT changed();
}

} // namespace rapport
