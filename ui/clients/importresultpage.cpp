#include "importresultpage.h"

#include "appsession.h"
#include "clientimportwizard.h"
#include "importoptionspage.h"
#include "io/clientimport.h"
#include "theme.h"
#include "widgets/backgroundtask.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ImportResultPage::ImportResultPage(ClientImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_errorsLabel(new QLabel(this))
    , m_errors(new QPlainTextEdit(this))
{
    m_headline->setObjectName(u"importHeadline"_s);
    m_counts->setObjectName(u"importCounts"_s);
    m_errors->setObjectName(u"importErrors"_s);
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_headline->setFont(f);
    m_headline->setWordWrap(true);
    m_counts->setWordWrap(true);
    m_errorsLabel->setBuddy(m_errors);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addSpacing(8);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(m_errors, 1);
    setFinalPage(true);
    retranslateUi();
}

void ImportResultPage::initializePage()
{
    const auto *options = static_cast<ImportOptionsPage *>(m_wizard->page(ClientImportWizard::OptionsPage));
    ImportOptions opts;
    opts.skipInvalid = options->skipInvalid();
    opts.dryRun = options->dryRun();
    opts.columnMapping = m_wizard->columnMapping();
    m_dryRun = opts.dryRun;
    m_running = true;
    m_status = {};
    m_wizard->setSummary({});
    m_headline->setStyleSheet({});
    m_headline->setText(tr("Importing…"));
    m_counts->clear();
    m_errors->clear();
    m_errorsLabel->hide();
    m_errors->hide();
    Q_EMIT completeChanged();

    const QByteArray data = m_wizard->data();
    const bool contacts = m_wizard->kind() == ClientImportWizard::Kind::Contacts;
    auto summary = std::make_shared<ImportSummary>();
    BackgroundTask::run(
        m_wizard, m_wizard->session()->database(), tr("Importing %1…").arg(m_wizard->filePath()),
        [data, contacts, opts, summary](
            const Database &db, const BackgroundTask::Progress &progress, const std::atomic_bool &cancel) -> Status {
            ImportOptions o = opts;
            o.progress = progress;
            o.cancel = &cancel;
            ClientImport import(db);
            auto result = contacts ? import.importContacts(data, o) : import.importClients(data, o);
            if (!result)
                return fail(result.error());
            *summary = *result;
            return {};
        },
        [this, summary](const Status &status) {
            m_wizard->setSummary(*summary);
            m_running = false;
            showOutcome(status);
            const bool wrote
                = status && !summary->dryRun && !summary->rejected && summary->created + summary->updated > 0;
            if (wrote)
                m_wizard->session()->notifyDataChanged();
            Q_EMIT completeChanged();
            Q_EMIT finished();
        });
}

void ImportResultPage::showOutcome(const Status &status)
{
    m_status = status;
    const ImportSummary &s = m_wizard->summary();
    const QString bad = statusStyleSheet(StatusTone::Bad);
    if (!status) {
        m_headline->setStyleSheet(bad);
        m_headline->setText(tr("The import did not finish; nothing was written: %1").arg(status.error()));
    } else if (s.rejected) {
        m_headline->setStyleSheet(bad);
        m_headline->setText(s.dryRun ? tr("Checked: the file has problems; nothing would be imported.")
                                     : tr("Nothing was imported: fix the problems below and import the file again, "
                                          "or choose to skip invalid rows."));
    } else if (s.dryRun) {
        m_headline->setStyleSheet({});
        m_headline->setText(tr("Checked: nothing was written. Go back to import for real."));
    } else {
        m_headline->setStyleSheet({});
        m_headline->setText(
            s.errors.isEmpty() ? tr("Import finished.") : tr("Import finished; the rows listed below were skipped."));
    }
    if (status) {
        const QString counts = tr("Rows in the file: %1  ·  new: %2  ·  updated: %3  ·  unchanged: %4  ·  skipped: %5")
                                   .arg(s.rows)
                                   .arg(s.created)
                                   .arg(s.updated)
                                   .arg(s.unchanged)
                                   .arg(s.skipped);
        // New clients on a tariff that got the provider's default regulation (Settings).
        const QString regulation = s.dryRun
            ? tr("The service standard would be applied to %n new client(s) on a tariff.", nullptr, s.regulationApplied)
            : tr("The service standard was applied to %n new client(s) on a tariff.", nullptr, s.regulationApplied);
        m_counts->setText(s.regulationApplied > 0 ? QString(counts + u'\n' + regulation) : counts);
    } else {
        m_counts->clear();
    }
    QStringList lines;
    for (const ImportError &e : s.errors)
        lines << e.toString();
    m_errors->setPlainText(lines.join(u'\n'));
    m_errorsLabel->setText(tr("&Problems (%1):").arg(lines.size()));
    m_errorsLabel->setVisible(!lines.isEmpty());
    m_errors->setVisible(!lines.isEmpty());
}

void ImportResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportResultPage::retranslateUi()
{
    setTitle(tr("Result"));
    setSubTitle(tr("What was imported, and each problem with its line and column."));
    if (!m_running && !m_wizard->filePath().isEmpty() && !m_headline->text().isEmpty())
        showOutcome(m_status);
}

} // namespace rapport
