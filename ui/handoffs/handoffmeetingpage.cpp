#include "handoffmeetingpage.h"

#include "appsession.h"
#include "domain/clock.h"
#include "storage/handoffrepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

HandoffMeetingPage::HandoffMeetingPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_meetingBox(new QGroupBox(this))
    , m_atLabel(new QLabel(this))
    , m_at(new QDateTimeEdit(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_attendeesLabel(new QLabel(this))
    , m_attendees(new QLineEdit(this))
    , m_saveMeeting(new QPushButton(this))
    , m_satisfactionBox(new QGroupBox(this))
    , m_satisfactionHint(new QLabel(this))
    , m_satisfaction(new QButtonGroup(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_saveSatisfaction(new QPushButton(this))
{
    m_at->setObjectName(u"meetingAt"_s);
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_mode->setObjectName(u"meetingMode"_s);
    m_at->setMinimumWidth(200);
    m_mode->setMinimumWidth(200);
    m_mode->addItem(QString());
    m_mode->addItem(QString(), meetingModeKey(MeetingMode::Online));
    m_mode->addItem(QString(), meetingModeKey(MeetingMode::Offline));
    m_attendees->setObjectName(u"meetingAttendees"_s);
    m_saveMeeting->setObjectName(u"saveMeeting"_s);
    m_atLabel->setBuddy(m_at);
    m_modeLabel->setBuddy(m_mode);
    m_attendeesLabel->setBuddy(m_attendees);

    auto *meetingForm = new QFormLayout;
    meetingForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_attendees->setMinimumWidth(520);
    meetingForm->addRow(m_atLabel, m_at);
    meetingForm->addRow(m_modeLabel, m_mode);
    meetingForm->addRow(m_attendeesLabel, m_attendees);
    auto *meetingButtons = new QHBoxLayout;
    meetingButtons->addStretch(1);
    meetingButtons->addWidget(m_saveMeeting);
    auto *meetingLayout = new QVBoxLayout(m_meetingBox);
    meetingLayout->addLayout(meetingForm);
    meetingLayout->addLayout(meetingButtons);

    m_satisfactionHint->setWordWrap(true);
    m_satisfactionHint->setForegroundRole(QPalette::PlaceholderText);
    auto *scale = new QHBoxLayout;
    for (int value = 1; value <= 5; ++value) {
        auto *radio = new QRadioButton(QString::number(value), m_satisfactionBox);
        radio->setObjectName(u"satisfaction-%1"_s.arg(value));
        m_satisfaction->addButton(radio, value);
        scale->addWidget(radio);
    }
    scale->addStretch(1);
    m_note->setObjectName(u"satisfactionNote"_s);
    m_saveSatisfaction->setObjectName(u"saveSatisfaction"_s);
    m_noteLabel->setBuddy(m_note);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_saveSatisfaction);
    auto *satisfactionLayout = new QVBoxLayout(m_satisfactionBox);
    satisfactionLayout->addWidget(m_satisfactionHint);
    satisfactionLayout->addLayout(scale);
    satisfactionLayout->addLayout(noteRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_meetingBox);
    layout->addWidget(m_satisfactionBox);
    layout->addStretch(1);

    connect(m_saveMeeting, &QPushButton::clicked, this, &HandoffMeetingPage::saveMeeting);
    connect(m_saveSatisfaction, &QPushButton::clicked, this, &HandoffMeetingPage::saveSatisfaction);
    retranslateUi();
}

void HandoffMeetingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HandoffMeetingPage::retranslateUi()
{
    m_meetingBox->setTitle(tr("Intro meeting with account management"));
    m_atLabel->setText(tr("&Held on:"));
    m_modeLabel->setText(tr("&Format:"));
    m_mode->setItemText(0, tr("Choose…"));
    m_mode->setItemText(1, meetingModeTitle(MeetingMode::Online));
    m_mode->setItemText(2, meetingModeTitle(MeetingMode::Offline));
    m_attendeesLabel->setText(tr("A&ttendees:"));
    m_attendees->setPlaceholderText(tr("Who took part, from the client and from our side"));
    m_saveMeeting->setText(tr("Save &Meeting"));
    m_satisfactionBox->setTitle(tr("Client satisfaction at the end of the handoff"));
    m_satisfactionHint->setText(tr("Does the client feel looked after, not passed along? 1 very unhappy, "
                                   "5 very satisfied."));
    m_noteLabel->setText(tr("N&ote:"));
    m_saveSatisfaction->setText(tr("Save Sa&tisfaction"));
}

void HandoffMeetingPage::setHandoff(const Handoff &handoff)
{
    m_handoff = handoff;
    const bool open = handoff.id.isValid() && !handoff.isCompleted();
    const qint64 at = handoff.meetingAt > 0 ? handoff.meetingAt : Clock::nowSecs();
    m_at->setDateTime(QDateTime::fromSecsSinceEpoch(at));
    m_mode->setCurrentIndex(handoff.meetingMode ? m_mode->findData(meetingModeKey(*handoff.meetingMode)) : 0);
    m_attendees->setText(handoff.meetingAttendees);
    if (QAbstractButton *b = m_satisfaction->button(handoff.satisfaction)) {
        b->setChecked(true);
    } else {
        m_satisfaction->setExclusive(false);
        for (QAbstractButton *button : m_satisfaction->buttons())
            button->setChecked(false);
        m_satisfaction->setExclusive(true);
    }
    m_note->setText(handoff.satisfactionNote);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_at, m_mode, m_attendees, m_saveMeeting, m_note, m_saveSatisfaction})
        w->setEnabled(open);
    for (QAbstractButton *button : m_satisfaction->buttons())
        button->setEnabled(open);
}

void HandoffMeetingPage::saveMeeting()
{
    const auto mode = meetingModeFromKey(m_mode->currentData().toString());
    const Status valid = validateMeeting(m_at->dateTime().toSecsSinceEpoch(), mode, m_attendees->text());
    Status s = valid ? HandoffRepository(m_session->database())
                           .setMeeting(m_handoff.id, m_at->dateTime().toSecsSinceEpoch(), *mode, m_attendees->text())
                     : valid;
    if (!s) {
        QMessageBox::warning(this, tr("Intro Meeting"), s.error());
        return;
    }
    Q_EMIT changed();
}

void HandoffMeetingPage::saveSatisfaction()
{
    if (m_satisfaction->checkedId() < 1) {
        QMessageBox::warning(this, tr("Client Satisfaction"), tr("Choose how satisfied the client is, from 1 to 5."));
        return;
    }
    const Status s = HandoffRepository(m_session->database())
                         .setSatisfaction(m_handoff.id, m_satisfaction->checkedId(), m_note->text());
    if (!s) {
        QMessageBox::warning(this, tr("Client Satisfaction"), s.error());
        return;
    }
    Q_EMIT changed();
}

} // namespace rapport
