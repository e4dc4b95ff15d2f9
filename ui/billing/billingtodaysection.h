#pragma once

#include <QObject>

namespace rapport {

class AppSession;
class InvoiceTableModel;
class TodaySection;
class TodayView;

// Billing's part of the Today view: the unpaid invoices (issued or partly
// paid) of the clients I manage — a team lead sees every client's — the
// longest overdue first, with the days overdue and what is still owed.
// Activating one opens the client card on its Billing tab.
class BillingTodaySection : public QObject
{
    Q_OBJECT

public:
    // How many invoices the short list shows; the title counts them all.
    static constexpr int kShown = 50;

    // Adds the section to `today` (and lives as long as it does).
    BillingTodaySection(AppSession *session, TodayView *today);

    TodaySection *section() const { return m_section; }
    InvoiceTableModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void updateCount();
    void openClient(int row);

    AppSession *m_session;
    TodayView *m_today;
    InvoiceTableModel *m_model;
    TodaySection *m_section;
};

} // namespace rapport
