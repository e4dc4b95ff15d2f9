#pragma once

#include <QString>

namespace rapport {

// SQLite corrupts databases kept on network shares or in cloud-synced
// folders (its own documentation says so). Returns a warning to show the
// user for such a location, or an empty string.
QString databaseLocationWarning(const QString &databasePath);

} // namespace rapport
