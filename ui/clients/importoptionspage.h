#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace rapport {

class ClientImportWizard;

// Third page of the import: all-or-nothing or skip invalid rows, and the dry
// run that only checks. A real import cannot be undone from the wizard, so
// its Next button reads Import and the page is a commit page.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ClientImportWizard *wizard);

    void initializePage() override;
    bool skipInvalid() const;
    bool dryRun() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCommit();

    ClientImportWizard *m_wizard;
    QLabel *m_summary;
    QCheckBox *m_skipInvalid;
    QLabel *m_skipHint;
    QCheckBox *m_dryRun;
    QLabel *m_dryRunHint;
};

} // namespace rapport
