#include "fieldmessage.h"

#include "regulationlabels.h"

namespace rapport {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, RegulationLabels::overdueColor());
    setPalette(pal);
    hide();
}

void FieldMessage::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace rapport
