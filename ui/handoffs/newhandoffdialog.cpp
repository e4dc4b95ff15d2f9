#include "newhandoffdialog.h"

#include "appsession.h"
#include "domain/clock.h"
#include "storage/clientrepository.h"
#include "storage/handoffrepository.h"
#include "storage/userrepository.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

NewHandoffDialog::NewHandoffDialog(AppSession *session, QWidget *parent, ClientId client)
    : QDialog(parent)
    , m_session(session)
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_clientLabel(new QLabel(this))
    , m_client(new QComboBox(this))
    , m_salesLabel(new QLabel(this))
    , m_sales(new QComboBox(this))
    , m_managerLabel(new QLabel(this))
    , m_manager(new QComboBox(this))
    , m_wonLabel(new QLabel(this))
    , m_won(new QDateEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newHandoffDialog"_s);
    setMinimumWidth(560);
    m_search->setObjectName(u"newHandoffSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_client->setObjectName(u"newHandoffClient"_s);
    m_client->setMinimumContentsLength(36);
    m_sales->setObjectName(u"newHandoffSales"_s);
    m_manager->setObjectName(u"newHandoffManager"_s);
    m_won->setObjectName(u"newHandoffWon"_s);
    m_won->setCalendarPopup(true);
    m_won->setDate(Clock::nowUtc().toLocalTime().date());
    m_won->setMaximumDate(m_won->date());
    m_error->setObjectName(u"newHandoffError"_s);
    m_buttons->setObjectName(u"newHandoffButtons"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_error->hide();
    m_searchLabel->setBuddy(m_search);
    m_clientLabel->setBuddy(m_client);
    m_salesLabel->setBuddy(m_sales);
    m_managerLabel->setBuddy(m_manager);
    m_wonLabel->setBuddy(m_won);

    for (const User &u : UserRepository(session->database()).all()) {
        m_sales->addItem(u.name, u.id.value);
        m_manager->addItem(u.name, u.id.value);
    }

    auto *form = new QFormLayout;
    form->addRow(m_searchLabel, m_search);
    form->addRow(m_clientLabel, m_client);
    form->addRow(m_salesLabel, m_sales);
    form->addRow(m_managerLabel, m_manager);
    form->addRow(m_wonLabel, m_won);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &NewHandoffDialog::searchClients);
    connect(m_client, &QComboBox::currentIndexChanged, this, &NewHandoffDialog::clientChosen);
    connect(m_client, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewHandoffDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewHandoffDialog::reject);

    retranslateUi();
    searchClients();
    if (client.isValid())
        m_client->setCurrentIndex(std::max(0, m_client->findData(client.value)));
    if (client.isValid() && m_client->findData(client.value) < 0) {
        if (const auto c = ClientRepository(session->database()).byId(client)) {
            m_client->insertItem(0, c->displayName(), c->id.value);
            m_client->setCurrentIndex(0);
        }
    }
}

void NewHandoffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewHandoffDialog::retranslateUi()
{
    setWindowTitle(tr("New Handoff"));
    m_searchLabel->setText(tr("&Find client:"));
    m_search->setPlaceholderText(tr("Name or tax id"));
    m_clientLabel->setText(tr("&Client:"));
    m_salesLabel->setText(tr("&Salesperson:"));
    m_managerLabel->setText(tr("&Account manager:"));
    m_wonLabel->setText(tr("Deal &won on:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Handoff"));
}

void NewHandoffDialog::searchClients()
{
    ClientQuery query;
    query.search = m_search->text().trimmed();
    query.limit = 50;
    const qint64 current = m_client->currentData().toLongLong();
    m_client->clear();
    for (const ClientListRow &row : ClientRepository(m_session->database()).list(query)) {
        const QString name = row.shortName.isEmpty() ? row.legalName : row.shortName;
        m_client->addItem(row.taxId.isEmpty() ? name : u"%1 (%2)"_s.arg(name, row.taxId), row.id.value);
    }
    m_client->setCurrentIndex(std::max(0, m_client->findData(current)));
}

// The card's salesperson and account manager are the usual choice.
void NewHandoffDialog::clientChosen()
{
    const auto client = ClientRepository(m_session->database()).byId(ClientId(m_client->currentData().toLongLong()));
    if (!client)
        return;
    if (client->salesOwnerId.isValid())
        m_sales->setCurrentIndex(std::max(0, m_sales->findData(client->salesOwnerId.value)));
    if (client->accountManagerId.isValid())
        m_manager->setCurrentIndex(std::max(0, m_manager->findData(client->accountManagerId.value)));
}

void NewHandoffDialog::accept()
{
    const ClientId client(m_client->currentData().toLongLong());
    if (!client.isValid()) {
        m_error->setText(tr("Choose the client whose deal was won."));
        m_error->show();
        return;
    }
    const QDate today = Clock::nowUtc().toLocalTime().date();
    const qint64 wonAt = m_won->date() >= today ? 0 : m_won->date().startOfDay().toSecsSinceEpoch();
    auto result = HandoffRepository(m_session->database())
                      .create(client, UserId(m_sales->currentData().toLongLong()),
                              UserId(m_manager->currentData().toLongLong()), wonAt);
    if (!result) {
        m_error->setText(result.error());
        m_error->show();
        return;
    }
    Q_EMIT created(result->id);
    QDialog::accept();
}

} // namespace rapport
