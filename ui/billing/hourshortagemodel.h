#pragma once

#include "storage/clientrepository.h"

#include <QAbstractTableModel>

namespace rapport {

// The clients running out of hours this month, for Today: those at the
// warning threshold or beyond (BillingSettings::hourBalanceConfig), the
// fullest first, with the hours used, the hours available (included +
// rolled over) and the share used, coloured amber or red by level.
class HourShortageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClientColumn, UsedColumn, AvailableColumn, ShareColumn, ColumnCount };
    enum Roles {
        ClientIdRole = Qt::UserRole + 1, // qint64: ClientId::value
        ShareRole, // int: basis points of this month's hours used
        HourLevelRole, // QString: hourLevelKey()
    };

    explicit HourShortageModel(QObject *parent = nullptr);

    // Loads the clients of `manager` (invalid: every client) at the warning
    // level or beyond; shows the `shown` fullest, counts them all.
    void load(const Database &db, UserId manager, int shown);
    // Clients at the warning level or beyond (all of them, not only those shown).
    int totalCount() const { return m_total; }
    const ClientListRow *rowAt(int row) const;
    // The interface language changed: headers.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After a load: the rows and the total count changed.
    void loadedChanged();

private:
    QList<ClientListRow> m_rows;
    int m_total = 0;
};

} // namespace rapport
