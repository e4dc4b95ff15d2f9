#include "welcomepage.h"

#include "appsession.h"
#include "clients/clientimportwizard.h"
#include "io/demogenerator.h"
#include "storage/userrepository.h"
#include "theme.h"
#include "widgets/backgroundtask.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

WelcomePage::WelcomePage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_startEmpty(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_importNote(new QLabel(this))
{
    setObjectName(QStringLiteral("view-welcome"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    m_title->setFont(f);
    m_intro->setWordWrap(true);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_error->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("welcomeName"));
    m_email->setObjectName(QStringLiteral("welcomeEmail"));
    m_startEmpty->setObjectName(QStringLiteral("welcomeStartEmpty"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_importNote->setWordWrap(true);
    m_startEmpty->setDefault(true);

    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_emailLabel, m_email);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(16);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_startEmpty, 0, Qt::AlignLeft);
    layout->addSpacing(16);
    layout->addWidget(m_demo, 0, Qt::AlignLeft);
    layout->addSpacing(16);
    layout->addWidget(m_import, 0, Qt::AlignLeft);
    layout->addWidget(m_importNote);
    layout->addStretch(1);

    connect(m_startEmpty, &QPushButton::clicked, this, &WelcomePage::startEmpty);
    connect(m_email, &QLineEdit::returnPressed, this, &WelcomePage::startEmpty);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::loadDemo);
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto *wizard = new ClientImportWizard(m_session, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    });
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Rapport"));
    m_intro->setText(tr("This database is empty. Start with your own team and clients, load a demo book of "
                        "clients to look around, or import the spreadsheet you keep today."));
    m_nameLabel->setText(tr("Your &name:"));
    m_emailLabel->setText(tr("Your &email:"));
    m_name->setPlaceholderText(tr("e.g. Aigerim Nurpeisova"));
    m_email->setPlaceholderText(tr("e.g. aigerim@example.kz"));
    m_startEmpty->setText(tr("&Start empty"));
    m_demo->setText(tr("Load &demo data"));
    m_import->setText(tr("&Import a spreadsheet…"));
    m_importNote->setText(tr("Clients or contacts from a CSV file saved from Excel or Google Sheets. After the "
                             "import, enter your name and email above and start."));
}

void WelcomePage::startEmpty()
{
    User me;
    me.name = m_name->text();
    me.email = m_email->text();
    me.role = Role::TeamLead;
    auto added = UserRepository(m_session->database()).add(me);
    if (!added) {
        m_error->setText(added.error());
        (m_name->text().trimmed().isEmpty() ? m_name : m_email)->setFocus();
        return;
    }
    m_error->clear();
    m_session->setCurrentUser(*added);
    m_session->notifyDataChanged();
    Q_EMIT finished();
}

void WelcomePage::loadDemo()
{
    m_demo->setEnabled(false);
    BackgroundTask::run(
        this, m_session->database(), tr("Creating demo data…"),
        [](const Database &db, const BackgroundTask::Progress &progress, const std::atomic_bool &cancel) -> Status {
            DemoGenerator::Options options;
            options.progress = progress;
            options.cancel = &cancel;
            auto summary = DemoGenerator(db).generate(options);
            return summary ? Status() : Status(fail(summary.error()));
        },
        [this](const Status &status) {
            m_demo->setEnabled(true);
            if (!status) {
                QMessageBox::warning(this, tr("Demo data"), status.error());
                return;
            }
            // Reopen so that the session picks a current user from the new staff.
            if (Status reopened = m_session->openDatabase(m_session->database().path()); !reopened) {
                QMessageBox::warning(this, tr("Demo data"), reopened.error());
                return;
            }
            Q_EMIT finished();
        });
}

} // namespace rapport
