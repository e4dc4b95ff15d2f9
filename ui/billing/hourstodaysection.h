#pragma once

#include <QObject>

namespace rapport {

class AppSession;
class HourShortageModel;
class TodaySection;
class TodayView;

// Billing's "Clients running out of hours" on Today: this month's clients
// that used the warning share of their hours or more (80 % by default), the
// fullest first, with the hours used and available and the share — of the
// clients I manage; a team lead sees every client's. Activating one opens
// the client card on its Billing tab.
class HoursTodaySection : public QObject
{
    Q_OBJECT

public:
    // How many clients the short list shows; the title counts them all.
    static constexpr int kShown = 50;

    // Adds the section to `today` (and lives as long as it does).
    HoursTodaySection(AppSession *session, TodayView *today);

    TodaySection *section() const { return m_section; }
    HourShortageModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void updateCount();
    void openClient(int row);

    AppSession *m_session;
    TodayView *m_today;
    HourShortageModel *m_model;
    TodaySection *m_section;
};

} // namespace rapport
