#pragma once

#include <QComboBox>
#include <QStringList>

namespace rapport {

// A ticket's category: free text with the categories already in use offered
// in the list and by type-ahead (any part of a name, any case), so that the
// same category is spelled the same way on every ticket.
class CategoryCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit CategoryCombo(QWidget *parent = nullptr);

    // The suggestions; the text in the field stays as it is.
    void setCategories(const QStringList &categories);

    // The text in the field, trimmed ("" for none).
    QString category() const { return currentText().trimmed(); }
    void setCategory(const QString &category);
};

} // namespace rapport
