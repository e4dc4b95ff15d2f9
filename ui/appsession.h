#pragma once

#include "domain/user.h"
#include "storage/database.h"

#include <QObject>

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
    // Opens the file (creating and migrating it); on success makes it current.
    Status openDatabase(const QString &path);

    const User &currentUser() const { return m_db.actor(); }
    // Chooses the staff member recorded as the author of changes; remembered.
    void setCurrentUser(const User &user);

    // Views call this after writing, so that the others reload.
    void notifyDataChanged();

Q_SIGNALS:
    void databaseChanged();
    void currentUserChanged();
    void dataChanged();

private:
    void restoreRememberedUser();

    Database m_db;
};

} // namespace rapport
