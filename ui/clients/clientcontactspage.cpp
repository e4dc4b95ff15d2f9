#include "clientcontactspage.h"

#include "clientlabels.h"
#include "fielderrorlabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int KeyRole = Qt::UserRole; // channel / language key
constexpr int IdRole = Qt::UserRole + 1; // contact id on the name cell

// Edits a channel or language cell with a combo of translated names; the
// cell keeps the stable key in KeyRole.
class KeyComboDelegate : public QStyledItemDelegate
{
public:
    KeyComboDelegate(bool channels, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_channels(channels)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        if (m_channels)
            ClientLabels::fillChannels(combo);
        else
            ClientLabels::fillLanguages(combo);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(KeyRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), KeyRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }

private:
    bool m_channels;
};

QString channelText(const QString &key)
{
    return ClientLabels::channel(contactChannelFromKey(key).value_or(ContactChannel::Other));
}

} // namespace

ClientContactsPage::ClientContactsPage(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_error(new FieldErrorLabel(this))
{
    m_table->setObjectName(u"contactsTable"_s);
    m_add->setObjectName(u"contactAdd"_s);
    m_remove->setObjectName(u"contactRemove"_s);
    m_error->setObjectName(u"contactsError"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(ChannelColumn, new KeyComboDelegate(true, m_table));
    m_table->setItemDelegateForColumn(LanguageColumn, new KeyComboDelegate(false, m_table));
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(NameColumn, 180);
    header->resizeSection(RoleColumn, 120);
    header->resizeSection(EmailColumn, 180);
    header->resizeSection(PhoneColumn, 110);
    header->resizeSection(ChannelColumn, 110);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ClientContactsPage::addContact);
    connect(m_remove, &QPushButton::clicked, this, &ClientContactsPage::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &ClientContactsPage::changed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);
    retranslateUi();
}

void ClientContactsPage::load(const QList<Contact> &contacts)
{
    m_table->setRowCount(0);
    for (const Contact &c : contacts)
        appendRow(c);
    m_error->setError({});
}

void ClientContactsPage::appendRow(const Contact &contact)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(contact.name);
    name->setData(IdRole, contact.id.value);
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, RoleColumn, new QTableWidgetItem(contact.role));
    m_table->setItem(row, EmailColumn, new QTableWidgetItem(contact.email));
    m_table->setItem(row, PhoneColumn, new QTableWidgetItem(contact.phone));
    const QString channel = contactChannelKey(contact.preferredChannel);
    auto *channelItem = new QTableWidgetItem(channelText(channel));
    channelItem->setData(KeyRole, channel);
    m_table->setItem(row, ChannelColumn, channelItem);
    auto *language = new QTableWidgetItem(ClientLabels::language(contact.language));
    language->setData(KeyRole, contact.language);
    m_table->setItem(row, LanguageColumn, language);
}

void ClientContactsPage::addContact()
{
    appendRow(Contact {});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, NameColumn));
    Q_EMIT changed();
}

void ClientContactsPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT changed();
}

QString ClientContactsPage::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool ClientContactsPage::isBlankRow(int row) const
{
    for (int column : { NameColumn, RoleColumn, EmailColumn, PhoneColumn }) {
        if (!cellText(row, column).isEmpty())
            return false;
    }
    return true;
}

void ClientContactsPage::apply(Client &client) const
{
    client.contacts.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (isBlankRow(row))
            continue;
        Contact c;
        c.id = ContactId(m_table->item(row, NameColumn)->data(IdRole).toLongLong());
        c.clientId = client.id;
        c.name = cellText(row, NameColumn);
        c.role = cellText(row, RoleColumn);
        c.email = cellText(row, EmailColumn);
        c.phone = cellText(row, PhoneColumn);
        c.preferredChannel = contactChannelFromKey(m_table->item(row, ChannelColumn)->data(KeyRole).toString())
                                 .value_or(ContactChannel::Email);
        c.language = m_table->item(row, LanguageColumn)->data(KeyRole).toString();
        client.contacts.append(c);
    }
}

QWidget *ClientContactsPage::validate()
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (isBlankRow(row))
            continue;
        QString message;
        int column = NameColumn;
        if (cellText(row, NameColumn).isEmpty()) {
            message = tr("Contact in row %1: enter a name.").arg(row + 1);
        } else if (const QString e = cellText(row, EmailColumn); !e.isEmpty() && !email.match(e).hasMatch()) {
            message = tr("Contact in row %1: \"%2\" is not an email address.").arg(row + 1).arg(e);
            column = EmailColumn;
        }
        if (!message.isEmpty()) {
            m_error->setError(message);
            m_table->setCurrentCell(row, column);
            return m_table;
        }
    }
    m_error->setError({});
    return nullptr;
}

void ClientContactsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientContactsPage::retranslateUi()
{
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setHorizontalHeaderLabels(
        { tr("Full name"), tr("Role"), tr("Email"), tr("Phone"), tr("Channel"), tr("Language") });
    m_add->setText(tr("&Add contact"));
    m_remove->setText(tr("Re&move contact"));
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *channel = m_table->item(row, ChannelColumn);
        channel->setText(channelText(channel->data(KeyRole).toString()));
        QTableWidgetItem *language = m_table->item(row, LanguageColumn);
        language->setText(ClientLabels::language(language->data(KeyRole).toString()));
    }
    m_table->viewport()->update();
}

} // namespace rapport
