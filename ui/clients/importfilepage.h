#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport {

class ClientImportWizard;

// First page of the import: which CSV file (and what files are accepted).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ClientImportWizard *wizard);

    bool isComplete() const override;
    // Reads the file and its preview; refuses an empty or unreadable file.
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();

    ClientImportWizard *m_wizard;
    QLabel *m_intro;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_error;
};

} // namespace rapport
