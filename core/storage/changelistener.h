#pragma once

#include "database.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>

namespace rapport {

// Live updates between desks: on a team database, listens on the server's
// channel rapport_changes (postgresql/0009_live.sql) through this thread's
// connection and reports each table another session changed, once its
// transaction committed. On a file it listens to nothing (one desk).
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kChannel = "rapport_changes";

    // Starts listening on `db` (this thread's connection). isListening() says
    // whether the server took the subscription.
    explicit ChangeListener(const Database &db, QObject *parent = nullptr);
    ~ChangeListener() override;

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // A table another session changed (the payload of the notification).
    void changed(const QString &table);

private:
    QPointer<QSqlDriver> m_driver;
    bool m_listening = false;
};

} // namespace rapport
