#include "handoffconditionspage.h"

#include "appsession.h"
#include "storage/handoffrepository.h"
#include "theme.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

enum Column { TextColumn, AgreedColumn, AckColumn, ColumnCount };

QString dateText(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).date(), QLocale::ShortFormat);
}

} // namespace

HandoffConditionsPage::HandoffConditionsPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_hint->setObjectName(u"conditionsHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(u"conditionTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows follow their wrapped text as the columns resize.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AgreedColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AckColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void HandoffConditionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HandoffConditionsPage::retranslateUi()
{
    m_table->setAccessibleName(tr("Special conditions"));
    m_table->setHorizontalHeaderLabels({tr("Condition"), tr("Agreed"), tr("Acknowledged")});
    setHandoff(m_handoff);
}

void HandoffConditionsPage::setHandoff(const Handoff &handoff)
{
    m_handoff = handoff;
    const User &user = m_session->currentUser();
    const bool canAck = !handoff.isCompleted() && canAcknowledgeCondition(handoff, user).ok();
    if (handoff.conditions.isEmpty())
        m_hint->setText(tr("The client has no special conditions: nothing to acknowledge."));
    else if (canAck || handoff.isCompleted())
        m_hint->setText(tr("Everything agreed with the client outside the contract. Acknowledge each condition "
                           "you will keep."));
    else
        m_hint->setText(tr("Only the account manager receiving the client (%1) or a team lead can acknowledge "
                           "these conditions.")
                            .arg(handoff.accountManagerName));
    m_table->setRowCount(int(handoff.conditions.size()));
    for (int row = 0; row < handoff.conditions.size(); ++row) {
        const HandoffCondition &c = handoff.conditions.at(row);
        m_table->setItem(row, TextColumn, new QTableWidgetItem(c.text));
        QString agreed = c.agreedBy;
        if (c.agreedOn.isValid())
            agreed = agreed.isEmpty() ? QLocale().toString(c.agreedOn, QLocale::ShortFormat)
                                      : u"%1, %2"_s.arg(agreed, QLocale().toString(c.agreedOn, QLocale::ShortFormat));
        m_table->setItem(row, AgreedColumn, new QTableWidgetItem(agreed));
        auto *button = qobject_cast<QPushButton *>(m_table->cellWidget(row, AckColumn));
        if (c.isAcknowledged()) {
            m_table->removeCellWidget(row, AckColumn);
            auto *item = new QTableWidgetItem(tr("✔ %1, %2").arg(c.acknowledgedByName, dateText(c.acknowledgedAt)));
            item->setForeground(statusColor(StatusTone::Good, palette()));
            m_table->setItem(row, AckColumn, item);
            continue;
        }
        m_table->setItem(row, AckColumn, new QTableWidgetItem());
        // The same condition keeps its button: only its state follows the user.
        if (!button || button->property("conditionId").toLongLong() != c.conditionId) {
            button = new QPushButton(m_table);
            button->setObjectName(u"ack-%1"_s.arg(c.conditionId));
            button->setProperty("conditionId", c.conditionId);
            const qint64 id = c.conditionId;
            // Queued: the reload after acknowledging replaces this very button.
            connect(
                button, &QPushButton::clicked, this, [this, id] { acknowledge(id); }, Qt::QueuedConnection);
            m_table->setCellWidget(row, AckColumn, button);
        }
        button->setText(tr("Acknowledge"));
        button->setEnabled(canAck);
    }
}

void HandoffConditionsPage::acknowledge(qint64 conditionId)
{
    const Status s = HandoffRepository(m_session->database()).acknowledgeCondition(m_handoff.id, conditionId);
    if (!s) {
        QMessageBox::warning(this, tr("Special Conditions"), s.error());
        return;
    }
    Q_EMIT changed();
}

} // namespace rapport
