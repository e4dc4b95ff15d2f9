#pragma once

#include "domain/client.h"
#include "domain/user.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

class FieldErrorLabel;

// The card's Details tab: names, tax id (checked as you type), address,
// status, account manager, sales owner, language and notes.
class ClientDetailsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientDetailsPage(QWidget *parent = nullptr);

    // Staff for the manager and sales owner choices (active ones, plus
    // whoever the loaded card names).
    void setUsers(const QList<User> &users);
    void load(const Client &client);
    void apply(Client &client) const;
    // Shows a message next to every invalid field; returns the first one.
    QWidget *validate();
    // A message from a check that needs the database (a duplicate tax id).
    QWidget *showTaxIdError(const QString &message);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void checkTaxId();
    void fillUsers(QComboBox *combo, UserId keep);

    QList<User> m_users;
    QLabel *m_legalNameLabel;
    QLineEdit *m_legalName;
    FieldErrorLabel *m_legalNameError;
    QLabel *m_shortNameLabel;
    QLineEdit *m_shortName;
    QLabel *m_taxLabel;
    QComboBox *m_taxCountry;
    QLineEdit *m_taxId;
    FieldErrorLabel *m_taxIdError;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_managerLabel;
    QComboBox *m_manager;
    QLabel *m_salesLabel;
    QComboBox *m_sales;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
};

} // namespace rapport
