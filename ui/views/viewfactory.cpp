#include "viewfactory.h"

#include "automation/automationview.h"
#include "billing/billingview.h"
#include "clients/clientsview.h"
#include "dashboard/dashboardview.h"
#include "handoffs/handoffsview.h"
#include "placeholderview.h"
#include "reviews/reviewsview.h"
#include "settingsview.h"
#include "tickets/ticketsview.h"
#include "today/todayview.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QStringList viewKeys()
{
    return {u"today"_s, u"clients"_s, u"tickets"_s, u"handoffs"_s, u"billing"_s,
            u"reviews"_s, u"dashboard"_s, u"outbox"_s, u"settings"_s};
}

QString viewTitle(const QString &key)
{
    if (key == u"today"_s)
        return QCoreApplication::translate("Navigation", "Today");
    if (key == u"clients"_s)
        return QCoreApplication::translate("Navigation", "Clients");
    if (key == u"tickets"_s)
        return QCoreApplication::translate("Navigation", "Tickets");
    if (key == u"handoffs"_s)
        return QCoreApplication::translate("Navigation", "Handoffs");
    if (key == u"billing"_s)
        return QCoreApplication::translate("Navigation", "Billing");
    if (key == u"reviews"_s)
        return QCoreApplication::translate("Navigation", "Reviews");
    if (key == u"dashboard"_s)
        return QCoreApplication::translate("Navigation", "Dashboard");
    if (key == u"outbox"_s)
        return QCoreApplication::translate("Navigation", "Outbox");
    if (key == u"settings"_s)
        return QCoreApplication::translate("Navigation", "Settings");
    return key;
}

QString viewDescription(const QString &key)
{
    if (key == u"today"_s)
        return QCoreApplication::translate("Navigation",
                                           "Your day: tickets whose SLA is at risk, obligations due this week, "
                                           "upcoming reviews, unpaid invoices and messages waiting for approval.");
    if (key == u"clients"_s)
        return QCoreApplication::translate("Navigation",
                                           "Client cards: contacts, contract, tariff, SLA policy, special "
                                           "conditions and one timeline per client.");
    if (key == u"tickets"_s)
        return QCoreApplication::translate("Navigation",
                                           "Requests from every channel, formalized and confirmed by the client, "
                                           "timed against the 24/48 SLA.");
    if (key == u"handoffs"_s)
        return QCoreApplication::translate("Navigation",
                                           "Handoffs of newly signed clients from sales to account management, "
                                           "scored by quality control.");
    if (key == u"billing"_s)
        return QCoreApplication::translate("Navigation",
                                           "Monthly invoices and acts from logged hours, payments and dunning.");
    if (key == u"reviews"_s)
        return QCoreApplication::translate("Navigation",
                                           "Quarterly and annual client reviews with remediation plans.");
    if (key == u"dashboard"_s)
        return QCoreApplication::translate("Navigation",
                                           "Response and resolution times, SLA compliance, completion rates, "
                                           "receivables and trends.");
    if (key == u"outbox"_s)
        return QCoreApplication::translate("Navigation",
                                           "Messages queued by automation rules, waiting for approval or sent.");
    return {};
}

QWidget *createView(const QString &key, AppSession *session, LanguageManager *languages, QWidget *parent)
{
    QWidget *view = nullptr;
    if (key == u"settings"_s)
        view = new SettingsView(session, languages, parent);
    else if (key == u"clients"_s)
        view = new ClientsView(session, parent);
    else if (key == u"handoffs"_s)
        view = new HandoffsView(session, parent);
    else if (key == u"billing"_s)
        view = new BillingView(session, parent);
    else if (key == u"tickets"_s)
        view = new TicketsView(session, parent);
    else if (key == u"today"_s)
        view = new TodayView(session, parent);
    else if (key == u"reviews"_s)
        view = new ReviewsView(session, parent);
    else if (key == u"dashboard"_s)
        view = new DashboardView(session, parent);
    else if (key == u"outbox"_s)
        view = new AutomationView(session, parent); // the outbox, and the rules on a second tab
    else
        view = new PlaceholderView(key, parent);
    view->setObjectName(u"view-"_s + key);
    return view;
}

} // namespace rapport
