#pragma once

#include "metrics/dashboard.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport {

class AppSession;
class DrillDownModel;

// The list behind a dashboard figure: its tickets (double-click or Enter
// opens one) or invoices, loaded page by page as it scrolls, exportable as
// CSV. Not modal, so that several lists can be compared.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(AppSession *session, const QString &title, const Dashboard::DrillDown &drill, QDate asOf,
        QWidget *parent = nullptr);

    DrillDownModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openCurrent();
    void exportCsv();

    AppSession *m_session;
    QString m_title;
    QDate m_asOf;
    DrillDownModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace rapport
