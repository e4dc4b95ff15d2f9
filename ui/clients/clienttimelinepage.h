#pragma once

#include "domain/ids.h"
#include "storage/database.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport {

class LogCallDialog;

// The card's Timeline tab: everything recorded about the client, newest
// first, in pages (Show older…), with Add note… and Log call… (Ctrl+Shift+L).
// Notes and calls are written at once, not with the card's Save.
class ClientTimelinePage : public QWidget
{
    Q_OBJECT

public:
    enum Column { WhenColumn, EventColumn, ChannelColumn, ByColumn, ColumnCount };
    static constexpr int PageSize = 50;

    explicit ClientTimelinePage(const Database &db, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // An invalid id (a card not saved yet) disables the timeline.
    void setClient(ClientId id);
    void reload();
    void loadOlder();
    // Open a dialog; on OK the event is recorded and the list reloaded.
    void addNote();
    LogCallDialog *logCall();

Q_SIGNALS:
    // A note or call was recorded.
    void recorded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void appendPage();
    void showDetails();
    static QString kindName(const QString &kind);

    Database m_db;
    ClientId m_client;
    qint64 m_lastAt = 0;
    qint64 m_lastId = 0;
    bool m_atEnd = true;
    QLabel *m_hint;
    QTreeWidget *m_list;
    QLabel *m_details;
    QLabel *m_error;
    QPushButton *m_older;
    QPushButton *m_note;
    QPushButton *m_call;
};

} // namespace rapport
