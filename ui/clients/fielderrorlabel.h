#pragma once

#include <QLabel>

class QLayout;

namespace rapport {

// The red message shown under a form field that has an invalid value;
// hidden while there is nothing to say.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    void setError(const QString &message);
    bool hasError() const { return !text().isEmpty(); }

    // A field (or a row of fields) with its message right under it, for a
    // QFormLayout row.
    static QWidget *stack(QWidget *field, FieldErrorLabel *error);
    static QWidget *stack(QLayout *fields, FieldErrorLabel *error);
};

} // namespace rapport
