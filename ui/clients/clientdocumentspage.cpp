#include "clientdocumentspage.h"

#include "fielderrorlabel.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ClientDocumentsPage::ClientDocumentsPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_choose(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_error(new FieldErrorLabel(this))
{
    m_table->setObjectName(u"documentsTable"_s);
    m_add->setObjectName(u"documentAdd"_s);
    m_choose->setObjectName(u"documentChoose"_s);
    m_remove->setObjectName(u"documentRemove"_s);
    m_open->setObjectName(u"documentOpen"_s);
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->resizeSection(TitleColumn, 280);
    m_table->horizontalHeader()->setSectionResizeMode(LocationColumn, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ClientDocumentsPage::addDocument);
    connect(m_choose, &QPushButton::clicked, this, &ClientDocumentsPage::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &ClientDocumentsPage::removeSelected);
    connect(m_open, &QPushButton::clicked, this, &ClientDocumentsPage::openSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &ClientDocumentsPage::changed);
    connect(m_table, &QTableWidget::itemChanged, this, &ClientDocumentsPage::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ClientDocumentsPage::updateButtons);
    retranslateUi();
    updateButtons();
}

void ClientDocumentsPage::load(const QList<ClientDocument> &documents)
{
    m_table->setRowCount(0);
    for (const ClientDocument &d : documents)
        appendRow(d);
    m_error->setError({});
    updateButtons();
}

void ClientDocumentsPage::appendRow(const ClientDocument &document)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *title = new QTableWidgetItem(document.title);
    title->setData(IdRole, document.id);
    m_table->setItem(row, TitleColumn, title);
    auto *location = new QTableWidgetItem(document.location);
    location->setToolTip(document.location);
    m_table->setItem(row, LocationColumn, location);
}

void ClientDocumentsPage::addDocument()
{
    appendRow(ClientDocument {});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, TitleColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, TitleColumn));
    Q_EMIT changed();
}

void ClientDocumentsPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Link a document"));
    if (path.isEmpty())
        return;
    ClientDocument d;
    d.title = QFileInfo(path).completeBaseName();
    d.location = QDir::toNativeSeparators(path);
    appendRow(d);
    m_table->setCurrentCell(m_table->rowCount() - 1, TitleColumn);
    Q_EMIT changed();
}

void ClientDocumentsPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT changed();
}

void ClientDocumentsPage::openSelected()
{
    const int row = m_table->currentRow();
    const QString location = row < 0 ? QString() : cellText(row, LocationColumn);
    if (location.isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(location, QDir::homePath(), QUrl::AssumeLocalFile);
    if (!url.isValid() || !QDesktopServices::openUrl(url))
        m_error->setError(tr("Cannot open \"%1\".").arg(location));
    else
        m_error->setError({});
}

QString ClientDocumentsPage::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void ClientDocumentsPage::apply(Client &client) const
{
    client.documents.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ClientDocument d;
        d.id = m_table->item(row, TitleColumn)->data(IdRole).toLongLong();
        d.title = cellText(row, TitleColumn);
        d.location = cellText(row, LocationColumn);
        if (d.title.isEmpty() && d.location.isEmpty())
            continue;
        client.documents.append(d);
    }
}

QWidget *ClientDocumentsPage::validate()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString title = cellText(row, TitleColumn);
        const QString location = cellText(row, LocationColumn);
        if (title.isEmpty() == location.isEmpty())
            continue;
        m_error->setError(title.isEmpty() ? tr("Document in row %1: give it a title.").arg(row + 1)
                                          : tr("Document in row %1: enter a path or a link.").arg(row + 1));
        m_table->setCurrentCell(row, title.isEmpty() ? TitleColumn : LocationColumn);
        return m_table;
    }
    m_error->setError({});
    return nullptr;
}

void ClientDocumentsPage::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_open->setEnabled(row >= 0 && !cellText(row, LocationColumn).isEmpty());
}

void ClientDocumentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientDocumentsPage::retranslateUi()
{
    m_table->setAccessibleName(tr("Documents"));
    m_intro->setText(tr("Links to the contract, acts and shared folders: a file path or a web address."));
    m_table->setHorizontalHeaderLabels({ tr("Title"), tr("Path or link") });
    m_add->setText(tr("&Add link"));
    m_choose->setText(tr("Link a &file…"));
    m_remove->setText(tr("Re&move"));
    m_open->setText(tr("&Open"));
}

} // namespace rapport
