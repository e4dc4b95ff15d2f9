#pragma once

#include "domain/result.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace rapport {

class ClientImportWizard;
struct ImportSummary;

// Last page of the import: runs it off the GUI thread (progress, Cancel)
// and shows the counts and every problem as "line N, column C: reason".
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ClientImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return !m_running; }
    bool isRunning() const { return m_running; }
    QPlainTextEdit *errorList() const { return m_errors; }

Q_SIGNALS:
    // The run ended (done or failed) and the page shows its outcome.
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showOutcome(const Status &status);

    ClientImportWizard *m_wizard;
    bool m_running = false;
    bool m_dryRun = false;
    Status m_status;
    QLabel *m_headline;
    QLabel *m_counts;
    QLabel *m_errorsLabel;
    QPlainTextEdit *m_errors;
};

} // namespace rapport
