#include "fielderrorlabel.h"

#include "theme.h"

#include <QVBoxLayout>

namespace rapport {

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setStyleSheet(statusStyleSheet(StatusTone::Bad));
    setWordWrap(true);
    setVisible(false);
}

void FieldErrorLabel::setError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QWidget *FieldErrorLabel::stack(QWidget *field, FieldErrorLabel *error)
{
    auto *fields = new QHBoxLayout;
    fields->addWidget(field);
    return stack(fields, error);
}

QWidget *FieldErrorLabel::stack(QLayout *fields, FieldErrorLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    fields->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(error);
    return box;
}

} // namespace rapport
