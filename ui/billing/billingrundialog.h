#pragma once

#include "storage/billingrun.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rapport {

class AppSession;

// "Run billing for month…": pick the month, Preview shows what the run would
// create (a dry run: draft invoices per client with hours, carry-over,
// overage and total, and the clients already invoiced or with nothing to
// bill), Create runs it for real. Both runs go to a worker thread with a
// progress dialog and Cancel; the run is idempotent, so a second run of the
// same month creates nothing.
class BillingRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ClientColumn, LoggedColumn, IncludedColumn, RolloverColumn, OverageColumn, TotalColumn,
        ResultColumn, ColumnCount };

    explicit BillingRunDialog(AppSession *session, QWidget *parent = nullptr);

    QDate month() const;
    void setMonth(QDate month);

    // The dry run of the chosen month (in the background).
    void preview();
    // The run for real, once previewed.
    void create();

    bool isBusy() const { return m_busy; }
    bool hasPreview() const { return m_previewed; }
    const BillingRunResult &previewResult() const { return m_preview; }

    QComboBox *monthCombo() const { return m_monthCombo; }
    QSpinBox *yearSpin() const { return m_year; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *createButton() const { return m_createButton; }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

    // One line about a finished run for the view's status line.
    static QString describeResult(const BillingRunResult &result);

Q_SIGNALS:
    // The real run finished (also when some clients failed or it was cancelled).
    void completed(const BillingRunResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillMonths();
    void monthChanged();
    void showPreview();
    void updateButtons();

    AppSession *m_session;
    BillingRunResult m_preview;
    bool m_previewed = false;
    bool m_busy = false;
    QLabel *m_intro;
    QLabel *m_monthLabel;
    QComboBox *m_monthCombo;
    QSpinBox *m_year;
    QPushButton *m_previewButton;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_createButton;
    QPushButton *m_closeButton;
};

} // namespace rapport
