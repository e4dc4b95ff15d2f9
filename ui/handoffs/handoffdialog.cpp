#include "handoffdialog.h"

#include "appsession.h"
#include "domain/clock.h"
#include "handoffconditionspage.h"
#include "handoffitemspage.h"
#include "handoffmeetingpage.h"
#include "handoffquestionspage.h"
#include "storage/handoffrepository.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString dateText(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).date(), QLocale::ShortFormat);
}

QString itemNames(const QList<HandoffItem> &items)
{
    QStringList names;
    for (HandoffItem item : items)
        names << handoffItemTitle(item);
    return names.join(u", "_s);
}

} // namespace

HandoffDialog::HandoffDialog(AppSession *session, HandoffId id, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
    , m_heading(new QLabel(this))
    , m_people(new QLabel(this))
    , m_dates(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_quality(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_items(new HandoffItemsPage(session, this))
    , m_meeting(new HandoffMeetingPage(session, this))
    , m_questions(new HandoffQuestionsPage(session, this))
    , m_conditions(new HandoffConditionsPage(session, this))
    , m_completeHint(new QLabel(this))
    , m_complete(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"handoffDialog"_s);
    m_heading->setObjectName(u"handoffHeading"_s);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_dates->setObjectName(u"handoffDates"_s);
    m_dates->setWordWrap(true);
    m_progress->setObjectName(u"handoffProgress"_s);
    m_progress->setRange(0, kHandoffItemCount);
    m_progress->setMinimumWidth(300);
    m_quality->setObjectName(u"qualityScore"_s);
    QFont qf = m_quality->font();
    qf.setBold(true);
    m_quality->setFont(qf);
    m_quality->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tabs->setObjectName(u"handoffTabs"_s);
    m_tabs->addTab(m_items, QString());
    m_tabs->addTab(m_meeting, QString());
    m_tabs->addTab(m_questions, QString());
    m_tabs->addTab(m_conditions, QString());
    m_completeHint->setObjectName(u"completeHint"_s);
    m_completeHint->setWordWrap(true);
    m_complete->setObjectName(u"completeHandoff"_s);

    auto *header = new QHBoxLayout;
    auto *who = new QVBoxLayout;
    who->addWidget(m_heading);
    who->addWidget(m_people);
    who->addWidget(m_dates);
    header->addLayout(who, 1);
    auto *score = new QVBoxLayout;
    score->addWidget(m_progress);
    score->addWidget(m_quality);
    score->addStretch(1);
    header->addLayout(score);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_completeHint, 1);
    bottom->addWidget(m_complete);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_items, &HandoffItemsPage::changed, this, &HandoffDialog::changed);
    connect(m_meeting, &HandoffMeetingPage::changed, this, &HandoffDialog::changed);
    connect(m_questions, &HandoffQuestionsPage::changed, this, &HandoffDialog::changed);
    connect(m_conditions, &HandoffConditionsPage::changed, this, &HandoffDialog::changed);
    connect(m_complete, &QPushButton::clicked, this, &HandoffDialog::complete);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Who may acknowledge, score or override depends on the current user.
    connect(m_session, &AppSession::currentUserChanged, this, &HandoffDialog::reload);

    resize(1000, 580);
    reload();
    retranslateUi();
}

void HandoffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HandoffDialog::retranslateUi()
{
    m_tabs->setTabText(0, tr("Items && Scores"));
    m_tabs->setTabText(1, tr("Meeting && Satisfaction"));
    m_tabs->setTabText(2, tr("Questions to Sales"));
    m_tabs->setTabText(3, tr("Special Conditions"));
    m_complete->setText(tr("&Complete Handoff"));
    refresh();
}

void HandoffDialog::reload()
{
    if (const auto h = HandoffRepository(m_session->database()).byId(m_id))
        m_handoff = *h;
    m_items->setHandoff(m_handoff);
    m_meeting->setHandoff(m_handoff);
    m_questions->setHandoff(m_handoff);
    m_conditions->setHandoff(m_handoff);
    refresh();
}

void HandoffDialog::refresh()
{
    const Handoff &h = m_handoff;
    setWindowTitle(tr("Handoff: %1").arg(h.clientName));
    m_heading->setText(h.clientName);
    m_people->setText(tr("Salesperson: %1  →  account manager: %2").arg(h.salesOwnerName, h.accountManagerName));
    if (const auto duration = handoffDuration(h)) {
        QString text = tr("Won on %1, completed on %2, in %3 days")
                           .arg(dateText(h.wonAt), dateText(h.completedAt))
                           .arg(QLocale().toString(double(*duration) / 86400, 'f', 1));
        if (h.overrideBy.isValid())
            text += u'\n' + tr("Completed by a team lead's override (%1): %2").arg(h.overrideByName, h.overrideReason);
        m_dates->setText(text);
    } else {
        m_dates->setText(tr("Won on %1, open for %2 days")
                             .arg(dateText(h.wonAt))
                             .arg(std::max<qint64>(0, (Clock::nowSecs() - h.wonAt) / 86400)));
    }
    const int done = handoffProgress(h);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of 5 items done").arg(done));
    const HandoffQuality quality = handoffQuality(h.scores);
    m_quality->setText(quality.percent ? tr("Quality score: %1% (%2 of %3 points)")
                                             .arg(*quality.percent)
                                             .arg(quality.points)
                                             .arg(quality.scoredItems * kMaxItemScore)
                                       : tr("Quality score: not scored yet"));

    const QList<HandoffItem> missing = missingHandoffItems(h);
    m_complete->setEnabled(h.id.isValid() && !h.isCompleted());
    if (h.isCompleted())
        m_completeHint->setText(tr("The handoff is complete. Quality control can still score it."));
    else if (missing.isEmpty())
        m_completeHint->setText(tr("All five items are done: the handoff can be completed."));
    else
        m_completeHint->setText(
            tr("Missing: %1. Only a team lead can complete the handoff now, with a reason.").arg(itemNames(missing)));
}

void HandoffDialog::changed()
{
    reload();
    m_session->notifyDataChanged();
}

void HandoffDialog::complete()
{
    const QList<HandoffItem> missing = missingHandoffItems(m_handoff);
    QString reason;
    if (!missing.isEmpty()) {
        // The regulation: gaps in a handoff are accepted only by a team lead,
        // and the reason stays on record.
        if (m_session->currentUser().role != Role::TeamLead) {
            QMessageBox::information(this, tr("Complete Handoff"),
                                     tr("These items are still missing: %1.\n\nFinish them first, or ask a team "
                                        "lead: only a team lead can complete a handoff with items missing, and "
                                        "must give a reason.")
                                         .arg(itemNames(missing)));
            return;
        }
        bool ok = false;
        reason = QInputDialog::getMultiLineText(this, tr("Complete Handoff"),
                                                tr("Items missing: %1.\nWhy complete the handoff anyway? The "
                                                   "reason is recorded.")
                                                    .arg(itemNames(missing)),
                                                QString(), &ok);
        if (!ok)
            return;
    }
    if (Status s = HandoffRepository(m_session->database()).complete(m_id, reason); !s) {
        QMessageBox::warning(this, tr("Complete Handoff"), s.error());
        return;
    }
    changed();
}

} // namespace rapport
