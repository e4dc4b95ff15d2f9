#pragma once

#include <QLabel>

namespace rapport {

// A validation message shown right under the field it is about, in red;
// hidden while there is nothing to say.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // Shows `message`, or hides the label when it is empty.
    void showMessage(const QString &message);
    void clearMessage() { showMessage({}); }
};

} // namespace rapport
