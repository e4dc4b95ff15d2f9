#pragma once

#include "domain/client.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport {

class FieldErrorLabel;

// The card's Special conditions tab: what sales agreed outside the contract
// (seed 004: these must reach the account manager at the handoff), with who
// agreed and when.
class ClientConditionsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { TextColumn, AgreedByColumn, AgreedOnColumn, ColumnCount };

    explicit ClientConditionsPage(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void load(const QList<SpecialCondition> &conditions);
    void apply(Client &client) const;
    QWidget *validate();
    void addCondition();
    void removeSelected();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void appendRow(const SpecialCondition &condition);
    QString cellText(int row, int column) const;

    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldErrorLabel *m_error;
};

} // namespace rapport
