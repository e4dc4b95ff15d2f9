#include "regulationsettingsbox.h"

#include "appsession.h"
#include "planning/servicestandard.h"
#include "storage/regulationsettings.h"
#include "theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

RegulationSettingsBox::RegulationSettingsBox(AppSession *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_apply(new QCheckBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"regulationSettings"_s);
    m_apply->setObjectName(u"applyServiceStandardToNewClients"_s);
    m_status->setObjectName(u"regulationSettingsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_apply);
    layout->addWidget(m_status);

    connect(m_apply, &QCheckBox::toggled, this, &RegulationSettingsBox::store);
    connect(m_session, &AppSession::databaseChanged, this, &RegulationSettingsBox::reload);
    connect(m_session, &AppSession::dataChanged, this, &RegulationSettingsBox::reload);
    retranslateUi();
    reload();
}

void RegulationSettingsBox::reload()
{
    const QSignalBlocker blocker(m_apply);
    m_apply->setEnabled(m_session->hasDatabase());
    m_apply->setChecked(!m_session->hasDatabase() || RegulationSettings(m_session->database()).applyToNewClients());
    m_status->hide();
}

void RegulationSettingsBox::store(bool on)
{
    if (!m_session->hasDatabase())
        return;
    if (Status s = RegulationSettings(m_session->database()).setApplyToNewClients(on); !s) {
        m_status->setText(s.error());
        m_status->show();
        const QSignalBlocker blocker(m_apply);
        m_apply->setChecked(!on);
        return;
    }
    m_status->hide();
}

void RegulationSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void RegulationSettingsBox::retranslateUi()
{
    setTitle(tr("Regulation"));
    m_apply->setText(tr("Apply the service standard to every new client with a tariff"));
    m_apply->setToolTip(tr("A client added by hand, imported or made by the demo with a tariff gets the "
                           "\"%1\" preset: %2")
                            .arg(ServiceStandard::title(), ServiceStandard::summary()));
}

} // namespace rapport
