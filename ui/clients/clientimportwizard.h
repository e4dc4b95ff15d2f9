#pragma once

#include "io/importresult.h"

#include <QByteArray>
#include <QWizard>

namespace rapport {

class AppSession;
class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportResultPage;

// Imports the spreadsheet a team keeps before Rapport: choose a CSV file →
// check the detected encoding, delimiter and what each column becomes →
// choose skip-invalid / dry run → the import runs off the GUI thread with
// progress and Cancel → every problem as "line N, column C: reason".
class ClientImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, OptionsPage, ResultPage };
    enum class Kind { Clients, Contacts };
    static constexpr int PreviewRows = 20;

    explicit ClientImportWizard(AppSession *session, QWidget *parent = nullptr);

    AppSession *session() const { return m_session; }

    // Set by the file page: the file's bytes and what the import will read.
    void setFile(const QString &path, const QByteArray &data);
    const QString &filePath() const { return m_path; }
    const QByteArray &data() const { return m_data; }
    const ImportPreview &preview() const { return m_preview; }

    Kind kind() const { return m_kind; }
    void setKind(Kind kind) { m_kind = kind; }
    // The header cell → field mapping chosen on the mapping page.
    QHash<QString, QString> columnMapping() const { return m_mapping; }
    void setColumnMapping(const QHash<QString, QString> &mapping) { m_mapping = mapping; }

    // The kind whose fields the header matches best (ties: clients).
    static Kind guessKind(const ImportPreview &preview);
    // A field's name for people ("legal_name" → "Legal name").
    static QString fieldLabel(const QString &key);

    // The summary of the last run (valid once the result page has it).
    const ImportSummary &summary() const { return m_summary; }
    void setSummary(const ImportSummary &summary) { m_summary = summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppSession *m_session;
    QString m_path;
    QByteArray m_data;
    ImportPreview m_preview;
    Kind m_kind = Kind::Clients;
    QHash<QString, QString> m_mapping;
    ImportSummary m_summary;
};

} // namespace rapport
