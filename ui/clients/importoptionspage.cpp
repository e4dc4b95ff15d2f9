#include "importoptionspage.h"

#include "clientimportwizard.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ImportOptionsPage::ImportOptionsPage(ClientImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_skipInvalid(new QCheckBox(this))
    , m_skipHint(new QLabel(this))
    , m_dryRun(new QCheckBox(this))
    , m_dryRunHint(new QLabel(this))
{
    m_skipInvalid->setObjectName(u"importSkipInvalid"_s);
    m_dryRun->setObjectName(u"importDryRun"_s);
    m_summary->setWordWrap(true);
    for (QLabel *hint : { m_skipHint, m_dryRunHint }) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setContentsMargins(24, 0, 0, 0);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_skipHint);
    layout->addSpacing(8);
    layout->addWidget(m_dryRun);
    layout->addWidget(m_dryRunHint);
    layout->addStretch(1);

    connect(m_dryRun, &QCheckBox::toggled, this, &ImportOptionsPage::updateCommit);
    retranslateUi();
    updateCommit();
}

void ImportOptionsPage::initializePage()
{
    const QString file = QFileInfo(m_wizard->filePath()).fileName();
    const int rows = m_wizard->preview().totalRows;
    m_summary->setText(m_wizard->kind() == ClientImportWizard::Kind::Clients
            ? tr("%1: %2 rows of clients.").arg(file).arg(rows)
            : tr("%1: %2 rows of contacts.").arg(file).arg(rows));
}

bool ImportOptionsPage::skipInvalid() const
{
    return m_skipInvalid->isChecked();
}

bool ImportOptionsPage::dryRun() const
{
    return m_dryRun->isChecked();
}

void ImportOptionsPage::updateCommit()
{
    // After a dry run one may go back and import for real; after an import, not.
    setCommitPage(!dryRun());
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::NextButton, dryRun() ? tr("&Check") : tr("&Next >"));
}

void ImportOptionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportOptionsPage::retranslateUi()
{
    setTitle(tr("How to import"));
    setSubTitle(tr("Every row is checked before anything is written."));
    m_skipInvalid->setText(tr("&Skip invalid rows and import the rest"));
    m_skipHint->setText(tr("Without this, one invalid row stops the import and nothing is written: fix the file "
                           "and import it again."));
    m_dryRun->setText(tr("&Dry run: only check the file and count what would change"));
    m_dryRunHint->setText(tr("Nothing is written. Afterwards, go back and import for real."));
    updateCommit();
    if (!m_wizard->filePath().isEmpty())
        initializePage();
}

} // namespace rapport
