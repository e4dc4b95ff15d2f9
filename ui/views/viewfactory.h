#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace rapport {

class AppSession;
class LanguageManager;

// The navigation areas, in order: today, clients, tickets, handoffs, billing,
// reviews, dashboard, outbox, settings.
QStringList viewKeys();
// Translated title and one-line purpose of an area.
QString viewTitle(const QString &key);
QString viewDescription(const QString &key);

// Creates the view for a navigation key. Areas not built yet get a titled
// placeholder that says what will be there.
QWidget *createView(const QString &key, AppSession *session, LanguageManager *languages, QWidget *parent);

} // namespace rapport
