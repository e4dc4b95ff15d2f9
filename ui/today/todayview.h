#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace rapport {

class AppSession;
class TicketTableModel;
class TodaySection;

// The account manager's day (the first screen): my tickets whose SLA is
// breached or at risk, those waiting on the client, and for team leads the
// unassigned ones. A team lead sees the whole team's breached and at-risk
// tickets instead of only theirs, with who holds each. Other areas add their
// own sections with addSection().
//
// Sections sit two per row, each row as tall as its taller section (see
// TodaySection: an empty one is its title and one line).
class TodayView : public QWidget
{
    Q_OBJECT

public:
    explicit TodayView(AppSession *session, QWidget *parent = nullptr);

    // Adds a section in the next free cell of the two-column grid.
    void addSection(TodaySection *section);
    TodaySection *section(const QString &objectName) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum TicketSection { Breached, AtRisk, Waiting, Unassigned, TicketSectionCount };

    void retranslateUi();
    void reload();
    // Team leads see the team's tickets in the breached and at-risk sections.
    bool isTeamLead() const;
    // Places the visible sections two per row, in the order they were added.
    void relayout();
    TodaySection *addTicketSection(TicketSection which, const char *name);

    AppSession *m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_noUser;
    QGridLayout *m_grid;
    QList<TodaySection *> m_sections;
    TodaySection *m_ticketSections[TicketSectionCount] = {};
    TicketTableModel *m_ticketModels[TicketSectionCount] = {};
};

} // namespace rapport
