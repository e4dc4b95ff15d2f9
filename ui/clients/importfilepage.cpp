#include "importfilepage.h"

#include "clientimportwizard.h"
#include "theme.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
// A spreadsheet of clients is a few megabytes at most; refuse what is surely not one.
constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;
} // namespace

ImportFilePage::ImportFilePage(ClientImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_path->setObjectName(u"importPath"_s);
    m_browse->setObjectName(u"importBrowse"_s);
    m_error->setObjectName(u"importFileError"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_error->setWordWrap(true);
    m_pathLabel->setBuddy(m_path);

    auto *row = new QHBoxLayout;
    row->addWidget(m_pathLabel);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        Q_EMIT completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    retranslateUi();
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        m_error->setText(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        m_error->setText(tr("%1 is too large for a spreadsheet of clients.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    m_wizard->setFile(path, data);
    if (m_wizard->preview().header.isEmpty()) {
        m_error->setText(m_wizard->preview().error.isEmpty()
                ? tr("The file is empty: the first line must name the columns.")
                : m_wizard->preview().error);
        return false;
    }
    m_error->clear();
    return true;
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a spreadsheet"), m_path->text(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslateUi()
{
    setTitle(tr("Choose the spreadsheet"));
    setSubTitle(tr("Clients or their contacts, one per row, saved as CSV."));
    m_intro->setText(tr("<p>Save the sheet from Excel, LibreOffice or Google Sheets as <b>CSV</b>. "
                        "UTF-8 and Windows-1251 files, separated by commas, semicolons or tabs, are all "
                        "recognized.</p><p>The first line names the columns, in English or Russian: "
                        "<i>Legal name, Tax ID, Status, Manager, Contract number, Monthly fee…</i> for "
                        "clients; <i>Client, Contact, Email, Phone…</i> for contacts. Rows that match "
                        "an existing card (by tax ID, else by legal name) update it.</p>"));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
}

} // namespace rapport
