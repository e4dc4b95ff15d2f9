#include "obligationruledialog.h"

#include "appsession.h"
#include "calendar/businesscalendar.h"
#include "fieldmessage.h"
#include "regulationlabels.h"
#include "storage/obligationrepository.h"
#include "storage/regulationcalendar.h"
#include "storage/userrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ObligationRuleDialog::ObligationRuleDialog(AppSession *session, const ObligationRule &rule, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_rule(rule)
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_titleMessage(new FieldMessage(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_offsetLabel(new QLabel(this))
    , m_offset(new QComboBox(this))
    , m_dayLabel(new QLabel(this))
    , m_day(new QSpinBox(this))
    , m_dayMessage(new FieldMessage(this))
    , m_dueMonthLabel(new QLabel(this))
    , m_dueMonth(new QSpinBox(this))
    , m_ownerLabel(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_startsLabel(new QLabel(this))
    , m_starts(new QDateEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"obligationRuleDialog"_s);
    m_kind->setObjectName(u"ruleKind"_s);
    m_title->setObjectName(u"ruleTitle"_s);
    m_period->setObjectName(u"rulePeriod"_s);
    m_offset->setObjectName(u"ruleOffset"_s);
    m_day->setObjectName(u"ruleDay"_s);
    m_dueMonth->setObjectName(u"ruleDueMonth"_s);
    m_owner->setObjectName(u"ruleOwner"_s);
    m_starts->setObjectName(u"ruleStarts"_s);
    m_starts->setCalendarPopup(true);
    m_preview->setObjectName(u"rulePreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setContentsMargins(8, 6, 8, 6);
    m_titleMessage->setObjectName(u"ruleTitleMessage"_s);
    m_dayMessage->setObjectName(u"ruleDayMessage"_s);
    m_dueMonth->setRange(0, 12);
    for (auto [label, field] : std::initializer_list<std::pair<QLabel *, QWidget *>> {
             {m_kindLabel, m_kind}, {m_titleLabel, m_title}, {m_periodLabel, m_period}, {m_offsetLabel, m_offset},
             {m_dayLabel, m_day}, {m_dueMonthLabel, m_dueMonth}, {m_ownerLabel, m_owner}, {m_startsLabel, m_starts}})
        label->setBuddy(field);

    RegulationLabels::fillKinds(m_kind);
    RegulationLabels::fillPeriods(m_period);
    RegulationLabels::fillOffsets(m_offset);
    m_owner->addItem(QString(), qint64(0));
    for (const User &u : UserRepository(session->database()).all())
        m_owner->addItem(u.name, u.id.value);

    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(rule.kind))));
    m_title->setText(rule.title);
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(rule.period))));
    m_offset->setCurrentIndex(std::max(0, m_offset->findData(int(rule.offset))));
    updateLimits();
    m_day->setValue(rule.day);
    m_dueMonth->setValue(rule.dueMonth);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(rule.ownerId.value)));
    m_starts->setDate(rule.startsOn.isValid() ? rule.startsOn : RegulationCalendar::today());
    // Kind, period and start make the task periods: fixed once tasks exist.
    const bool isNew = !rule.id.isValid();
    m_kind->setEnabled(isNew);
    m_period->setEnabled(isNew);
    m_starts->setEnabled(isNew);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_titleLabel, m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(m_periodLabel, m_period);
    form->addRow(m_offsetLabel, m_offset);
    form->addRow(m_dayLabel, m_day);
    form->addRow(QString(), m_dayMessage);
    form->addRow(m_dueMonthLabel, m_dueMonth);
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_startsLabel, m_starts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ObligationRuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ObligationRuleDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_titleMessage->clearMessage();
        retranslateUi();
    });
    connect(m_offset, &QComboBox::currentIndexChanged, this, [this] {
        updateLimits();
        retranslateUi();
    });
    connect(m_title, &QLineEdit::textEdited, m_titleMessage, &FieldMessage::clearMessage);
    connect(m_day, &QSpinBox::valueChanged, m_dayMessage, &FieldMessage::clearMessage);
    for (QComboBox *combo : {m_kind, m_period, m_offset})
        connect(combo, &QComboBox::currentIndexChanged, this, &ObligationRuleDialog::updatePreview);
    connect(m_day, &QSpinBox::valueChanged, this, &ObligationRuleDialog::updatePreview);
    connect(m_dueMonth, &QSpinBox::valueChanged, this, &ObligationRuleDialog::updatePreview);
    connect(m_starts, &QDateEdit::dateChanged, this, &ObligationRuleDialog::updatePreview);

    setMinimumWidth(560);
    retranslateUi();
}

void ObligationRuleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ObligationRuleDialog::retranslateUi()
{
    setWindowTitle(m_rule.id.isValid() ? tr("Edit Obligation") : tr("New Obligation"));
    RegulationLabels::fillKinds(m_kind);
    RegulationLabels::fillPeriods(m_period);
    RegulationLabels::fillOffsets(m_offset);
    m_owner->setItemText(0, tr("The client's account manager"));
    m_kindLabel->setText(tr("&Kind:"));
    m_titleLabel->setText(tr("&Title:"));
    const auto kind = ObligationKind(m_kind->currentData().toInt());
    m_title->setPlaceholderText(kind == ObligationKind::Custom ? tr("Required for a custom obligation")
                                                               : obligationKindTitle(kind));
    m_periodLabel->setText(tr("&Period:"));
    m_offsetLabel->setText(tr("&Due on:"));
    const bool business = DayOffset(m_offset->currentData().toInt()) == DayOffset::BusinessDay;
    m_dayLabel->setText(business ? tr("&Working day N:") : tr("&Day D of the month:"));
    m_day->setToolTip(business ? tr("The N-th working day of the due month on the client's calendar.")
                               : tr("Day D of the due month; when it is a day off, the previous working day."));
    m_dueMonthLabel->setText(tr("&Months after the period:"));
    m_dueMonth->setSpecialValueText(tr("0 — the period's last month"));
    m_dueMonth->setToolTip(tr("1: due in the month after the period (a report for March is due in April)."));
    m_ownerLabel->setText(tr("&Owner:"));
    m_startsLabel->setText(tr("&Starts with the period of:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_rule.id.isValid() ? tr("&Save") : tr("&Add"));
    updatePreview();
}

void ObligationRuleDialog::updateLimits()
{
    const bool business = DayOffset(m_offset->currentData().toInt()) == DayOffset::BusinessDay;
    // A month has at least 23 working days at most; any month has up to 31 days.
    m_day->setRange(1, business ? 23 : 31);
}

ObligationRule ObligationRuleDialog::ruleFromForm() const
{
    ObligationRule r = m_rule;
    r.kind = ObligationKind(m_kind->currentData().toInt());
    r.title = m_title->text().trimmed();
    r.period = ObligationPeriod(m_period->currentData().toInt());
    r.offset = DayOffset(m_offset->currentData().toInt());
    r.day = m_day->value();
    r.dueMonth = m_dueMonth->value();
    r.ownerId = UserId(m_owner->currentData().toLongLong());
    r.startsOn = m_starts->date();
    return r;
}

void ObligationRuleDialog::updatePreview()
{
    const ObligationRule r = ruleFromForm();
    if (!ObligationRule::validate(r) || !m_session->hasDatabase()) {
        m_preview->hide();
        return;
    }
    RegulationCalendar calendars(m_session->database());
    const BusinessCalendar calendar = calendars.forClient(r.clientId);
    const QDate today = RegulationCalendar::today();
    // The first period whose task is not yet past: what the next run creates.
    ObligationPeriodRef period = ObligationRule::periodOf(r.period, std::max(r.startsOn, today));
    QDate due = r.dueDate(period, calendar);
    for (int i = 0; i < 3 && due.isValid() && due < today; ++i) {
        period = ObligationRule::periodOf(r.period, period.end.addDays(1));
        due = r.dueDate(period, calendar);
    }
    m_preview->setText(due.isValid() ? tr("%1 for %2 is due on %3 (calendar: %4).")
                                           .arg(r.displayTitle(), period.key,
                                                QLocale().toString(due, QLocale::LongFormat),
                                                calendars.nameFor(r.clientId))
                                     : tr("No working day to put the task on in calendar %1.")
                                           .arg(calendars.nameFor(r.clientId)));
    m_preview->show();
}

bool ObligationRuleDialog::save()
{
    const ObligationRule r = ruleFromForm();
    m_error->clearMessage();
    if (r.kind == ObligationKind::Custom && r.title.isEmpty()) {
        m_titleMessage->showMessage(tr("A custom obligation needs a title."));
        m_title->setFocus();
        return false;
    }
    if (Status s = ObligationRule::validate(r); !s) {
        m_error->showMessage(s.error());
        return false;
    }
    ObligationRepository repo(m_session->database());
    if (r.id.isValid()) {
        if (Status s = repo.update(r); !s) {
            m_error->showMessage(s.error());
            return false;
        }
        m_rule = r;
    } else {
        auto added = repo.add(r);
        if (!added) {
            m_error->showMessage(added.error());
            return false;
        }
        m_rule = *added;
    }
    m_session->notifyDataChanged();
    return true;
}

void ObligationRuleDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace rapport
