#pragma once

#include "domain/ids.h"
#include "planning/reviewschedule.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;

namespace rapport {

class AppSession;
struct Review;
class RegulationEditor;
class ReviewChangeDialog;
class ReviewDialog;
class ReviewTableModel;

// Reviews: upcoming, overdue (flagged red) and held client reviews with
// their remediation plans, filtered by account manager. Schedules the
// missing reviews in the background (idempotent), exports them to an
// iCalendar file, opens the Regulation editor; double-click opens a review.
// A selected scheduled review can be moved (Reschedule…, Ctrl+Shift+R) or
// cancelled (Cancel review…, Ctrl+Shift+Delete), each with a reason.
class ReviewsView : public QWidget
{
    Q_OBJECT

public:
    enum Page { UpcomingPage, OverduePage, HeldPage };

    explicit ReviewsView(AppSession *session, QWidget *parent = nullptr);

    void setPage(Page page);
    Page page() const;
    ReviewTableModel *model() const { return m_model; }
    // Opens the review's dialog (non-blocking) and returns it.
    ReviewDialog *openReview(ReviewId id);
    // Writes the scheduled reviews (of the chosen manager) to `path`; the
    // outcome is shown under the toolbar. False on failure.
    bool exportCalendar(const QString &path);
    // Opens (or raises) the Regulation editor.
    RegulationEditor *openRegulationEditor();
    // Opens the reschedule or cancel dialog (non-blocking) for the selected
    // review when it is a scheduled one; nullptr otherwise.
    ReviewChangeDialog *rescheduleCurrent();
    ReviewChangeDialog *cancelCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadStaff();
    void applyFilters();
    void updateCounts();
    void scheduleReviews();
    void exportClicked();
    void openCurrent();
    const Review *currentReview() const;
    void updateActions();
    ReviewChangeDialog *changeCurrent(bool cancelling);
    void showStatus(const QString &text, bool error = false);

    AppSession *m_session;
    ReviewTableModel *m_model;
    QLabel *m_title;
    QLabel *m_description;
    QTabBar *m_tabs;
    QLabel *m_managerLabel;
    QComboBox *m_manager;
    QPushButton *m_schedule;
    QPushButton *m_export;
    QPushButton *m_regulation;
    QPushButton *m_open;
    QPushButton *m_reschedule;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_empty;
    // Cleared by Qt when the editor closes (WA_DeleteOnClose) or is deleted
    // with this view; a destroyed() slot on `this` would run mid-destruction.
    QPointer<RegulationEditor> m_editor;
    int m_overdueCount = 0;
};

} // namespace rapport
