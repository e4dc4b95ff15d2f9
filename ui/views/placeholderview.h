#pragma once

#include <QWidget>

class QLabel;

namespace rapport {

// A titled page for a part of Rapport that a later release fills in: says
// what will be here so that nobody mistakes it for a broken view.
class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderView(const QString &key, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_key;
    QLabel *m_titleLabel;
    QLabel *m_descriptionLabel;
};

} // namespace rapport
