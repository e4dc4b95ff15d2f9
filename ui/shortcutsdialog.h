#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace rapport {

// Help → Keyboard Shortcuts (F1): the frequent actions and their keys, by
// where they work, and a link to the user guide (docs/) when it is installed
// or beside the sources.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The guide's index (docs/README.md) found on this machine, or empty.
    static QString guidePath();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_guide;
};

} // namespace rapport
