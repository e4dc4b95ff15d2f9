#pragma once

#include "storage/reviewrepository.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace rapport {

class ActionItemsModel;
class AppSession;
class FieldMessage;

// The review form: date held, attendees, progress, problems found, the
// client's satisfaction note and the remediation plan (action items with
// owner, due date and status). "Hold review" (Ctrl+S) stores the record and
// the plan in one transaction and schedules the next review, whose date is
// shown; a held review can be corrected with Save. Invalid fields get a
// message next to them. Under the heading, the review's history from the
// client's timeline (moved, cancelled, held, packs) with the reasons given.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(AppSession *session, ReviewId id, QWidget *parent = nullptr);

    ReviewId reviewId() const { return m_review.id; }
    const Review &review() const { return m_review; }
    ActionItemsModel *actionItems() const { return m_items; }
    bool isDirty() const;
    // Validates, holds (or corrects) the review and stores the plan; false
    // with messages shown when refused.
    bool save();
    // Writes the review pack (a PDF in the client's language) into the
    // review-packs folder, keeps it with the review and opens it unless
    // setOpenPacks(false); returns the file, empty with a message on failure.
    QString preparePack();
    void setOpenPacks(bool open) { m_openPacks = open; }
    static QString packFolder();
    // Opens the review (non-modal, deleted on close) over `parent`.
    static ReviewDialog *showReview(AppSession *session, ReviewId id, QWidget *parent);

public Q_SLOTS:
    // Asks Save / Discard / Cancel when there are unsaved changes.
    void reject() override;

Q_SIGNALS:
    void saved(ReviewId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();
    void updateHeader();
    void updateNextPreview();
    void loadHistory();
    void updateHistory();
    void addItem();
    void removeItem();
    bool validate();

    AppSession *m_session;
    Review m_review;
    std::optional<Review> m_scheduledNext; // scheduled by the last hold
    bool m_loading = false;
    bool m_formDirty = false;
    bool m_openPacks = true;

    QLabel *m_heading;
    QLabel *m_subheading;
    QLabel *m_state;
    QLabel *m_history;
    QList<TimelineItem> m_historyItems;
    QLabel *m_heldOnLabel;
    QDateEdit *m_heldOn;
    FieldMessage *m_heldOnMessage;
    QLabel *m_attendeesLabel;
    QLineEdit *m_attendees;
    FieldMessage *m_attendeesMessage;
    QLabel *m_progressLabel;
    QPlainTextEdit *m_progress;
    QLabel *m_problemsLabel;
    QPlainTextEdit *m_problems;
    QLabel *m_satisfactionLabel;
    QPlainTextEdit *m_satisfaction;
    QLabel *m_planLabel;
    QLabel *m_planHint;
    ActionItemsModel *m_items;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldMessage *m_planMessage;
    QLabel *m_nextLabel;
    QLabel *m_packLabel;
    QPushButton *m_pack;
    FieldMessage *m_error;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace rapport
