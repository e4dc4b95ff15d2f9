#include "appsession.h"

#include "storage/changelistener.h"
#include "storage/sessionuser.h"
#include "storage/userrepository.h"

#include <QSettings>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

AppSession::AppSession(QObject *parent)
    : QObject(parent)
    , m_remoteTimer(new QTimer(this))
{
    // A burst of another desk's commits (a billing run) is one reload.
    m_remoteTimer->setSingleShot(true);
    m_remoteTimer->setInterval(250);
    connect(m_remoteTimer, &QTimer::timeout, this, [this] {
        const QStringList tables = std::exchange(m_remoteTables, {});
        Q_EMIT remoteChange(tables);
        Q_EMIT dataChanged();
    });
}

bool AppSession::hasLiveUpdates() const
{
    return m_listener && m_listener->isListening();
}

void AppSession::listenForChanges()
{
    delete m_listener;
    m_listener = nullptr;
    m_remoteTables.clear();
    if (!m_db.isServer())
        return;
    m_listener = new ChangeListener(m_db, this);
    connect(m_listener, &ChangeListener::changed, this, [this](const QString &table) {
        if (!m_remoteTables.contains(table))
            m_remoteTables << table;
        if (!m_remoteTimer->isActive())
            m_remoteTimer->start();
    });
}

Status AppSession::openDatabase(const QString &path, const QString &password)
{
    Database::Options options;
    options.password = password;
    auto db = Database::open(path, options);
    if (!db)
        return fail(db.error());
    m_db = *db;
    QSettings settings;
    settings.setValue(u"database/last"_s, m_db.path());
    QStringList recent = settings.value(u"database/recent"_s).toStringList();
    recent.removeAll(m_db.path());
    recent.prepend(m_db.path());
    settings.setValue(u"database/recent"_s, recent.mid(0, 8));
    restoreRememberedUser();
    listenForChanges();
    Q_EMIT databaseChanged();
    Q_EMIT currentUserChanged();
    return {};
}

void AppSession::restoreRememberedUser()
{
    m_userIsLogin = false;
    if (m_db.isServer()) {
        if (auto staff = SessionUser::loginStaff(m_db); staff && *staff) {
            m_userIsLogin = true;
            m_db.setActor(**staff);
            return;
        }
    }
    const QString email = QSettings().value(u"user/"_s + m_db.path()).toString();
    UserRepository users(m_db);
    auto user = email.isEmpty() ? std::nullopt : users.byEmail(email);
    if (!user) {
        // No remembered choice: the first team lead, else anyone.
        const QList<User> all = users.all();
        for (const User &u : all) {
            if (u.role == Role::TeamLead) {
                user = u;
                break;
            }
        }
        if (!user && !all.isEmpty())
            user = all.first();
    }
    m_db.setActor(user.value_or(User{}));
}

void AppSession::setCurrentUser(const User &user)
{
    if (m_userIsLogin && user.id != m_db.actor().id) {
        Q_EMIT currentUserChanged(); // the choosers show the login again
        return;
    }
    m_db.setActor(user);
    QSettings().setValue(u"user/"_s + m_db.path(), user.email);
    Q_EMIT currentUserChanged();
}

void AppSession::notifyDataChanged()
{
    Q_EMIT dataChanged();
}

} // namespace rapport
