#pragma once

#include "planning/obligationrule.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rapport {

class AppSession;
class FieldMessage;

// Adds or edits one recurring obligation of a client: kind, title, period,
// offset type (N-th working day, or calendar day D moved back to the
// previous working day), N/D, the month it is due in, owner and start. The
// next due date on the client's regulation calendar is shown as you type.
// Kind, period and start cannot change once the rule has made tasks.
class ObligationRuleDialog : public QDialog
{
    Q_OBJECT

public:
    // An invalid rule id: a new rule for `client`.
    ObligationRuleDialog(AppSession *session, const ObligationRule &rule, QWidget *parent = nullptr);

    ObligationRule ruleFromForm() const;
    // Validates and stores; false with messages shown next to the fields.
    bool save();
    const ObligationRule &rule() const { return m_rule; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLimits();
    void updatePreview();

    AppSession *m_session;
    ObligationRule m_rule;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    FieldMessage *m_titleMessage;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QLabel *m_offsetLabel;
    QComboBox *m_offset;
    QLabel *m_dayLabel;
    QSpinBox *m_day;
    FieldMessage *m_dayMessage;
    QLabel *m_dueMonthLabel;
    QSpinBox *m_dueMonth;
    QLabel *m_ownerLabel;
    QComboBox *m_owner;
    QLabel *m_startsLabel;
    QDateEdit *m_starts;
    QLabel *m_preview;
    FieldMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
