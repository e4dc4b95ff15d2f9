#pragma once

#include <QObject>

namespace rapport {

class AppSession;
class FlaggedClientsModel;
class ReviewTableModel;
class TaskTableModel;
class TodaySection;
class TodayView;

// The regulation's part of the Today view, for the current user: my overdue
// tasks and those due this week (obligations, review action items, workflow
// steps), my overdue and upcoming reviews (clients I manage), and flagged
// clients. A team lead sees the whole team's overdue tasks and reviews, with
// their owners. Activating a task offers to mark it done; a review opens the
// review form; a client opens the client card.
class RegulationTodaySections : public QObject
{
    Q_OBJECT

public:
    // Adds the sections to `today` (and lives as long as it does).
    RegulationTodaySections(AppSession *session, TodayView *today);

    // Reviews due within this many days count as upcoming.
    static constexpr int kUpcomingDays = 30;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Which { OverdueTasks, WeekTasks, OverdueReviews, UpcomingReviews, Flagged, SectionCount };

    void retranslateUi();
    void reload();
    bool isTeamLead() const;
    TodaySection *makeSection(Which which, const char *name);
    void openTask(TaskTableModel *model, int row);
    void openReview(ReviewTableModel *model, int row);

    AppSession *m_session;
    TodayView *m_today;
    TodaySection *m_sections[SectionCount] = {};
    TaskTableModel *m_overdueTasks;
    TaskTableModel *m_weekTasks;
    ReviewTableModel *m_overdueReviews;
    ReviewTableModel *m_upcomingReviews;
    FlaggedClientsModel *m_flagged;
};

} // namespace rapport
