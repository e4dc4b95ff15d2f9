#pragma once

#include "domain/user.h"
#include "storage/database.h"

#include <QObject>

class QTimer;

namespace rapport {

// The GUI's shared state: the open database and the current staff member.
// Views read from it and listen to its signals instead of holding their own.
class AppSession : public QObject
{
    Q_OBJECT

public:
    explicit AppSession(QObject *parent = nullptr);

    const Database &database() const { return m_db; }
    bool hasDatabase() const { return m_db.isValid(); }
    // Opens the file (creating and migrating it) or connects to the team
    // database (a postgresql:// address; `password` stays in memory); on
    // success makes it current.
    Status openDatabase(const QString &path, const QString &password = QString());

    const User &currentUser() const { return m_db.actor(); }
    // Chooses the staff member recorded as the author of changes; remembered.
    // In a team database the login decides (userIsLogin()): another choice is
    // ignored.
    void setCurrentUser(const User &user);
    // True in a team database whose login is a staff member: that member is
    // the current user and cannot be switched.
    bool userIsLogin() const { return m_userIsLogin; }

    // Views call this after writing, so that the others reload.
    void notifyDataChanged();

    // True on a team database whose server sends live updates: what another
    // desk commits reloads the views here (dataChanged, remoteChange).
    bool hasLiveUpdates() const;

Q_SIGNALS:
    void databaseChanged();
    void currentUserChanged();
    void dataChanged();
    // Another desk changed these tables (collected over a short moment).
    void remoteChange(const QStringList &tables);

private:
    void restoreRememberedUser();
    void listenForChanges();

    Database m_db;
    bool m_userIsLogin = false;
    class ChangeListener *m_listener = nullptr;
    QTimer *m_remoteTimer = nullptr;
    QStringList m_remoteTables;
};

} // namespace rapport
