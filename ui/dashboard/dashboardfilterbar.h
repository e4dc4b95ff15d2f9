#pragma once

#include "metrics/dashboardquery.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace rapport {

// The filters on top of the dashboard: a period (this month, quarter or
// year so far, or custom dates), an account manager, a client and a
// priority. Each preset compares with the same stretch of the period
// before it (this quarter so far against the same days of last quarter).
class DashboardFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum Preset { ThisMonth, ThisQuarter, ThisYear, Custom };

    explicit DashboardFilterBar(QWidget *parent = nullptr);

    // Fills the managers from the database (keeps the choice where it can).
    void reload(const Database &db);

    DashboardFilter filter() const;
    DashboardFilter previousFilter() const;
    Preset preset() const;
    void setPreset(Preset preset);
    void setPeriod(QDate from, QDate to);
    void setManager(UserId manager);
    // "Today" for the presets, in the reporting time zone.
    void setToday(QDate today);

    // The previous period of [from, to] for a preset: the same number of
    // days back, aligned to the month, quarter or year for those presets.
    static std::pair<QDate, QDate> previousPeriod(Preset preset, QDate from, QDate to);

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyPreset();
    void suggestClients(const QString &text);

    Database m_db;
    QDate m_today;
    QLabel *m_periodLabel;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_managerLabel;
    QComboBox *m_manager;
    QLabel *m_clientLabel;
    QLineEdit *m_client;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestions;
    ClientId m_clientId;
    QLabel *m_priorityLabel;
    QComboBox *m_priority;
    bool m_updating = false;
};

} // namespace rapport
