#pragma once

#include "domain/client.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace rapport {

class FieldErrorLabel;

// The card's Contacts tab: an editable table (name, role, email, phone,
// preferred channel, language) with Add and Remove.
class ClientContactsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, EmailColumn, PhoneColumn, ChannelColumn, LanguageColumn, ColumnCount };

    explicit ClientContactsPage(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void load(const QList<Contact> &contacts);
    // Replaces client.contacts with the table's rows (blank rows are skipped).
    void apply(Client &client) const;
    QWidget *validate();
    // Appends an empty row and starts editing its name.
    void addContact();
    void removeSelected();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void appendRow(const Contact &contact);
    bool isBlankRow(int row) const;
    QString cellText(int row, int column) const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldErrorLabel *m_error;
};

} // namespace rapport
