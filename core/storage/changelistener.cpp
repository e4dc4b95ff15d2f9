#include "changelistener.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ChangeListener::ChangeListener(const Database &db, QObject *parent)
    : QObject(parent)
{
    if (!db.isServer())
        return;
    QSqlDriver *driver = db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_driver = driver;
    m_listening = driver->subscribeToNotification(QString::fromLatin1(kChannel));
    if (!m_listening)
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                // What this session wrote itself its own views already know.
                if (name == QLatin1StringView(kChannel) && source != QSqlDriver::SelfSource)
                    Q_EMIT changed(payload.toString());
            });
}

ChangeListener::~ChangeListener()
{
    if (m_listening && m_driver)
        m_driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
}

} // namespace rapport
