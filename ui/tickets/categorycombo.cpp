#include "categorycombo.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace rapport {

CategoryCombo::CategoryCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    // A new category is typed, not added to the list: the list shows what is in use.
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(18);
    setMaxVisibleItems(16);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setClearButtonEnabled(true);
}

void CategoryCombo::setCategories(const QStringList &categories)
{
    const QSignalBlocker blocker(this);
    const QString text = currentText();
    clear();
    addItems(categories);
    setCategory(text);
}

void CategoryCombo::setCategory(const QString &category)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(findText(category));
    setEditText(category);
}

} // namespace rapport
