#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;
class QTableWidget;

namespace rapport {

class ClientImportWizard;

// Second page of the import: the detected encoding and delimiter, the
// first rows as the import reads them, whether the rows are clients or
// contacts, and which field each column becomes (changeable, or ignored).
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    enum MappingColumn { FileColumn, FieldColumn, ExampleColumn };

    explicit ImportMappingPage(ClientImportWizard *wizard);

    void initializePage() override;
    // Every required field has a column, and no field has two.
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget *mappingTable() const { return m_mapping; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillMapping();
    void updateFacts();
    void checkMapping();
    QStringList chosenKeys() const;

    ClientImportWizard *m_wizard;
    bool m_blocked = false;
    QLabel *m_facts;
    QLabel *m_kindLabel;
    QRadioButton *m_clients;
    QRadioButton *m_contacts;
    QLabel *m_rowsLabel;
    QTableWidget *m_rows;
    QLabel *m_mappingLabel;
    QTableWidget *m_mapping;
    QLabel *m_problem;
};

} // namespace rapport
