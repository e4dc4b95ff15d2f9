#pragma once

#include "storage/reviewrepository.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rapport {

class AppSession;
class FieldMessage;

// Moves a scheduled review to another date, or cancels it. The reason is
// required (OK stays disabled until one is typed) and goes to the client's
// timeline; a refusal from the repository is shown in the dialog, which then
// stays open.
class ReviewChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { Reschedule, Cancel };

    ReviewChangeDialog(AppSession *session, ReviewId id, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    ReviewId reviewId() const { return m_review.id; }
    QPushButton *okButton() const;
    // Moves or cancels the review; false (with the message shown) when refused.
    bool apply();

Q_SIGNALS:
    void changed(ReviewId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOk();

    AppSession *m_session;
    Mode m_mode;
    Review m_review;
    bool m_loaded = false;
    QLabel *m_summary;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    FieldMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
