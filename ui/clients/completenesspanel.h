#pragma once

#include "domain/completeness.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace rapport {

// The side panel of the client card: how complete the card is and, item by
// item, what it still lacks (recomputed as the form is edited).
class CompletenessPanel : public QFrame
{
    Q_OBJECT

public:
    explicit CompletenessPanel(QWidget *parent = nullptr);

    void setClient(const Client &client);
    const Completeness &completeness() const { return m_completeness; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    Client m_client;
    Completeness m_completeness;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_missing;
};

} // namespace rapport
