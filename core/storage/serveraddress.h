#pragma once

#include "domain/result.h"

#include <QString>

namespace rapport {

// Where a team database lives: a PostgreSQL server, given as a libpq URI
//   postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME?sslmode=…&host=/socket/dir
// The password is kept only in memory: it is never part of uri() or
// display(), which are what settings, the status bar and logs see.
struct ServerAddress
{
    QString user;
    QString password;
    QString host;     // a name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString sslMode;  // disable, allow, prefer, require, verify-ca, verify-full; empty = libpq's default

    static bool looksLikeUri(const QString &text);
    // Parses a postgresql:// or postgres:// URI; names what is wrong otherwise.
    static Result<ServerAddress> parse(const QString &uri);

    // The URI without the password (canonical: the same server gives the same text).
    QString uri() const;
    // user@host:port/database, for the status bar and messages.
    QString display() const;
    // libpq options Qt's QPSQL driver passes on (sslmode, application_name).
    QString connectOptions() const;
};

} // namespace rapport
