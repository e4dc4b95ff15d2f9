#pragma once

#include "domain/client.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport {

class FieldErrorLabel;

// The card's Documents tab: links to the contract, acts and shared folders
// (a local path or a URL), each opened with the system's application.
class ClientDocumentsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { TitleColumn, LocationColumn, ColumnCount };

    explicit ClientDocumentsPage(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void load(const QList<ClientDocument> &documents);
    void apply(Client &client) const;
    QWidget *validate();
    void addDocument();
    void chooseFile();
    void removeSelected();
    void openSelected();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void appendRow(const ClientDocument &document);
    QString cellText(int row, int column) const;

    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_choose;
    QPushButton *m_remove;
    QPushButton *m_open;
    FieldErrorLabel *m_error;
};

} // namespace rapport
