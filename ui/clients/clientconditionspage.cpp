#include "clientconditionspage.h"

#include "fielderrorlabel.h"
#include "optionaldateedit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ClientConditionsPage::ClientConditionsPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_error(new FieldErrorLabel(this))
{
    m_table->setObjectName(u"conditionsTable"_s);
    m_add->setObjectName(u"conditionAdd"_s);
    m_remove->setObjectName(u"conditionRemove"_s);
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    header->resizeSection(AgreedByColumn, 200);
    header->resizeSection(AgreedOnColumn, 150);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ClientConditionsPage::addCondition);
    connect(m_remove, &QPushButton::clicked, this, &ClientConditionsPage::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &ClientConditionsPage::changed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    m_remove->setEnabled(false);
    retranslateUi();
}

void ClientConditionsPage::load(const QList<SpecialCondition> &conditions)
{
    m_table->setRowCount(0);
    for (const SpecialCondition &c : conditions)
        appendRow(c);
    m_error->setError({});
}

void ClientConditionsPage::appendRow(const SpecialCondition &condition)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *text = new QTableWidgetItem(condition.text);
    text->setData(IdRole, condition.id);
    text->setToolTip(condition.text);
    m_table->setItem(row, TextColumn, text);
    m_table->setItem(row, AgreedByColumn, new QTableWidgetItem(condition.agreedBy));
    auto *date = new OptionalDateEdit(m_table);
    date->setFrame(false);
    date->setOptionalDate(condition.agreedOn);
    date->setAccessibleName(tr("Agreed on"));
    connect(date, &QDateEdit::dateChanged, this, &ClientConditionsPage::changed);
    m_table->setCellWidget(row, AgreedOnColumn, date);
}

void ClientConditionsPage::addCondition()
{
    appendRow(SpecialCondition {});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, TextColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, TextColumn));
    Q_EMIT changed();
}

void ClientConditionsPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT changed();
}

QString ClientConditionsPage::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void ClientConditionsPage::apply(Client &client) const
{
    client.conditions.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SpecialCondition c;
        c.id = m_table->item(row, TextColumn)->data(IdRole).toLongLong();
        c.text = cellText(row, TextColumn);
        c.agreedBy = cellText(row, AgreedByColumn);
        c.agreedOn = static_cast<OptionalDateEdit *>(m_table->cellWidget(row, AgreedOnColumn))->optionalDate();
        if (c.text.isEmpty() && c.agreedBy.isEmpty() && !c.agreedOn.isValid())
            continue;
        client.conditions.append(c);
    }
}

QWidget *ClientConditionsPage::validate()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (cellText(row, TextColumn).isEmpty() && !cellText(row, AgreedByColumn).isEmpty()) {
            m_error->setError(tr("Condition in row %1: write what was agreed.").arg(row + 1));
            m_table->setCurrentCell(row, TextColumn);
            return m_table;
        }
    }
    m_error->setError({});
    return nullptr;
}

void ClientConditionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientConditionsPage::retranslateUi()
{
    m_table->setAccessibleName(tr("Special conditions"));
    m_intro->setText(tr("Everything agreed with the client outside the contract: discounts, extra services, "
                        "response times, people to call. The account manager confirms each one at the handoff."));
    m_table->setHorizontalHeaderLabels({ tr("Condition"), tr("Agreed by"), tr("Agreed on") });
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget *date = m_table->cellWidget(row, AgreedOnColumn))
            date->setAccessibleName(tr("Agreed on"));
    }
    m_add->setText(tr("&Add condition"));
    m_remove->setText(tr("Re&move condition"));
}

} // namespace rapport
