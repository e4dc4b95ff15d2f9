#include "handoffitemspage.h"

#include "appsession.h"
#include "storage/handoffrepository.h"
#include "theme.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

HandoffItemsPage::HandoffItemsPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_itemHeader(new QLabel(this))
    , m_stateHeader(new QLabel(this))
    , m_detailHeader(new QLabel(this))
    , m_scoreHeader(new QLabel(this))
    , m_commentHeader(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_save(new QPushButton(this))
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    const QList<QLabel *> headers {m_itemHeader, m_stateHeader, m_detailHeader, m_scoreHeader, m_commentHeader};
    for (int c = 0; c < headers.size(); ++c) {
        QFont f = headers.at(c)->font();
        f.setBold(true);
        headers.at(c)->setFont(f);
        grid->addWidget(headers.at(c), 0, c);
    }
    int r = 1;
    for (HandoffItem item : allHandoffItems()) {
        const QString key = handoffItemKey(item);
        Row row;
        row.title = new QLabel(this);
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.about = new QLabel(this);
        row.about->setWordWrap(true);
        row.about->setForegroundRole(QPalette::PlaceholderText);
        row.state = new QLabel(this);
        row.state->setObjectName(u"itemState-"_s + key);
        row.detail = new QLabel(this);
        row.detail->setObjectName(u"itemDetail-"_s + key);
        row.detail->setWordWrap(true);
        row.score = new QComboBox(this);
        row.score->setObjectName(u"score-"_s + key);
        row.score->addItems({u"—"_s, u"0"_s, u"1"_s, u"2"_s});
        row.comment = new QLineEdit(this);
        row.comment->setObjectName(u"comment-"_s + key);
        row.comment->setMinimumWidth(220);
        auto *titleBox = new QVBoxLayout;
        titleBox->setSpacing(2);
        titleBox->addWidget(row.title);
        titleBox->addWidget(row.about);
        grid->addLayout(titleBox, r, 0);
        grid->addWidget(row.state, r, 1, Qt::AlignTop);
        grid->addWidget(row.detail, r, 2, Qt::AlignTop);
        grid->addWidget(row.score, r, 3, Qt::AlignTop);
        grid->addWidget(row.comment, r, 4, Qt::AlignTop);
        m_rows << row;
        ++r;
    }
    grid->setVerticalSpacing(14);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(4, 2);

    m_save->setObjectName(u"saveScores"_s);
    m_hint->setObjectName(u"scoreHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &HandoffItemsPage::saveScores);
    retranslateUi();
}

void HandoffItemsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HandoffItemsPage::retranslateUi()
{
    m_itemHeader->setText(tr("Item"));
    m_stateHeader->setText(tr("State"));
    m_detailHeader->setText(tr("Details"));
    m_scoreHeader->setText(tr("QC score"));
    m_commentHeader->setText(tr("QC comment"));
    m_save->setText(tr("Save &Scores"));
    // What quality control looks at in each item (seed 004).
    const QStringList about {
        tr("Everything learned in the sale is on the card: contract, contacts, tariff, people in charge."),
        tr("How sales introduced account management to the client, and who took the initiative."),
        tr("Everything agreed outside the contract is passed on and acknowledged by the account manager."),
        tr("Sales answers the account manager's questions instead of handing over and forgetting."),
        tr("The client does not feel passed along after signing.")};
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].about->setText(about.value(i));
        m_rows[i].comment->setPlaceholderText(tr("What quality control saw"));
    }
    setHandoff(m_handoff);
}

void HandoffItemsPage::setHandoff(const Handoff &handoff)
{
    m_handoff = handoff;
    const bool canScore = canScoreHandoff(m_session->currentUser()).ok() && handoff.id.isValid();
    const QList<HandoffItemState> states = handoffItemStates(handoff);
    for (int i = 0; i < m_rows.size() && i < states.size(); ++i) {
        Row &row = m_rows[i];
        const HandoffItemState &s = states.at(i);
        row.title->setText(handoffItemTitle(s.item));
        row.score->setAccessibleName(tr("QC score: %1").arg(handoffItemTitle(s.item)));
        row.comment->setAccessibleName(tr("QC comment: %1").arg(handoffItemTitle(s.item)));
        row.state->setText(s.done ? tr("✔ done") : tr("✘ missing"));
        row.state->setStyleSheet(statusStyleSheet(s.done ? StatusTone::Good : StatusTone::Bad)
                                 + u"; font-weight: bold;"_s);
        row.detail->setText(s.detail);
        const auto score = handoff.scoreFor(s.item);
        row.score->setCurrentIndex(score ? score->score + 1 : 0);
        row.comment->setText(score ? score->comment : QString());
        row.score->setToolTip(score ? tr("Scored by %1").arg(score->scoredByName) : QString());
        row.score->setEnabled(canScore);
        row.comment->setEnabled(canScore);
    }
    m_save->setEnabled(canScore);
    m_hint->setText(canScore ? tr("Score each item as seen live: 0 poor, 1 acceptable, 2 good.")
                             : tr("Only quality control or a team lead can score a handoff."));
}

void HandoffItemsPage::saveScores()
{
    HandoffRepository repo(m_session->database());
    bool wrote = false;
    const QList<HandoffItem> items = allHandoffItems();
    for (int i = 0; i < m_rows.size(); ++i) {
        const int score = m_rows.at(i).score->currentIndex() - 1;
        const QString comment = m_rows.at(i).comment->text().trimmed();
        if (score < 0)
            continue;
        const auto old = m_handoff.scoreFor(items.at(i));
        if (old && old->score == score && old->comment == comment)
            continue;
        if (Status s = repo.score(m_handoff.id, items.at(i), score, comment); !s) {
            QMessageBox::warning(this, tr("Score Handoff"), s.error());
            break;
        }
        wrote = true;
    }
    if (wrote)
        Q_EMIT changed();
}

} // namespace rapport
