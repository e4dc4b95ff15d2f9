#include "importmappingpage.h"

#include "clientimportwizard.h"
#include "io/clientimport.h"
#include "theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QList<ImportColumns::Field> fieldsOf(ClientImportWizard::Kind kind)
{
    return kind == ClientImportWizard::Kind::Clients ? ClientImport::clientFields() : ClientImport::contactFields();
}

} // namespace

ImportMappingPage::ImportMappingPage(ClientImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_facts(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_clients(new QRadioButton(this))
    , m_contacts(new QRadioButton(this))
    , m_rowsLabel(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_mappingLabel(new QLabel(this))
    , m_mapping(new QTableWidget(0, 3, this))
    , m_problem(new QLabel(this))
{
    m_facts->setObjectName(u"importFacts"_s);
    m_clients->setObjectName(u"importKindClients"_s);
    m_contacts->setObjectName(u"importKindContacts"_s);
    m_rows->setObjectName(u"importPreviewRows"_s);
    m_mapping->setObjectName(u"importMapping"_s);
    m_problem->setObjectName(u"importMappingProblem"_s);
    m_problem->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_problem->setWordWrap(true);
    QFont bold = m_rowsLabel->font();
    bold.setBold(true);
    m_rowsLabel->setFont(bold);
    m_mappingLabel->setFont(bold);

    for (QTableWidget *t : { m_rows, m_mapping }) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setWordWrap(false);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    m_rows->setSelectionMode(QAbstractItemView::NoSelection);
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rows->horizontalHeader()->setDefaultSectionSize(140);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->horizontalHeader()->resizeSection(FileColumn, 220);
    m_mapping->horizontalHeader()->resizeSection(FieldColumn, 260);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->setDefaultSectionSize(m_mapping->fontMetrics().height() + 14);

    auto *kind = new QHBoxLayout;
    kind->addWidget(m_kindLabel);
    kind->addWidget(m_clients);
    kind->addWidget(m_contacts);
    kind->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addLayout(kind);
    layout->addSpacing(6);
    layout->addWidget(m_rowsLabel);
    layout->addWidget(m_rows, 2);
    layout->addSpacing(6);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_mapping, 3);
    layout->addWidget(m_problem);

    const auto kindChanged = [this](bool checked) {
        if (!checked)
            return;
        m_wizard->setKind(
            m_clients->isChecked() ? ClientImportWizard::Kind::Clients : ClientImportWizard::Kind::Contacts);
        fillMapping();
    };
    connect(m_clients, &QRadioButton::toggled, this, kindChanged);
    connect(m_contacts, &QRadioButton::toggled, this, kindChanged);
    retranslateUi();
}

void ImportMappingPage::initializePage()
{
    const ImportPreview &p = m_wizard->preview();
    {
        const QSignalBlocker a(m_clients);
        const QSignalBlocker b(m_contacts);
        (m_wizard->kind() == ClientImportWizard::Kind::Clients ? m_clients : m_contacts)->setChecked(true);
    }
    m_rows->clear();
    m_rows->setColumnCount(int(p.header.size()));
    m_rows->setHorizontalHeaderLabels(p.header);
    m_rows->setRowCount(int(p.rows.size()));
    for (int r = 0; r < p.rows.size(); ++r) {
        for (int c = 0; c < p.header.size(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(p.rows.at(r).value(c)));
    }
    updateFacts();
    fillMapping();
}

void ImportMappingPage::updateFacts()
{
    const ImportPreview &p = m_wizard->preview();
    QString delimiter;
    if (p.delimiter == u';')
        delimiter = tr("semicolon");
    else if (p.delimiter == u'\t')
        delimiter = tr("tab");
    else
        delimiter = tr("comma");
    m_facts->setText(
        tr("Encoding: %1  ·  Delimiter: %2  ·  Data rows: %3").arg(p.encoding, delimiter).arg(p.totalRows));
    m_rowsLabel->setText(p.totalRows > p.rows.size() ? tr("The first %1 rows").arg(p.rows.size()) : tr("The rows"));
}

void ImportMappingPage::fillMapping()
{
    const ImportPreview &p = m_wizard->preview();
    const QStringList recognized
        = m_wizard->kind() == ClientImportWizard::Kind::Clients ? p.clientColumns : p.contactColumns;
    const QList<ImportColumns::Field> fields = fieldsOf(m_wizard->kind());
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(int(p.header.size()));
    for (int i = 0; i < p.header.size(); ++i) {
        const QString header = p.header.at(i).trimmed();
        auto *name = new QTableWidgetItem(header.isEmpty() ? tr("(column %1 without a name)").arg(i + 1) : header);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("— ignore this column —"), QString());
        for (const ImportColumns::Field &f : fields)
            combo->addItem(ClientImportWizard::fieldLabel(f.key), f.key);
        const QString key = recognized.value(i);
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
        combo->setAccessibleName(tr("Field for the column %1").arg(name->text()));
        combo->setEnabled(!header.isEmpty());
        if (key.isEmpty()) {
            QFont f = name->font();
            f.setItalic(true);
            name->setFont(f);
            name->setForeground(palette().brush(QPalette::PlaceholderText));
            name->setToolTip(header.isEmpty() ? tr("A column without a name is ignored; its cells must be empty.")
                                              : tr("Not recognized: ignored unless you choose a field."));
        }
        m_mapping->setItem(i, FileColumn, name);
        m_mapping->setCellWidget(i, FieldColumn, combo);
        m_mapping->setItem(
            i, ExampleColumn, new QTableWidgetItem(p.rows.isEmpty() ? QString() : p.rows.first().value(i)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::checkMapping);
    }
    checkMapping();
}

QStringList ImportMappingPage::chosenKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        const auto *combo = static_cast<QComboBox *>(m_mapping->cellWidget(i, FieldColumn));
        keys << (combo ? combo->currentData().toString() : QString());
    }
    return keys;
}

void ImportMappingPage::checkMapping()
{
    const QStringList keys = chosenKeys();
    QStringList problems;
    for (const ImportColumns::Field &f : fieldsOf(m_wizard->kind())) {
        if (f.required && !keys.contains(f.key))
            problems << tr("No column is imported as \"%1\": choose one.").arg(ClientImportWizard::fieldLabel(f.key));
        if (!f.key.isEmpty() && keys.count(f.key) > 1)
            problems << tr("Two columns are imported as \"%1\".").arg(ClientImportWizard::fieldLabel(f.key));
    }
    // A contact names its client by tax ID or by legal name.
    if (m_wizard->kind() == ClientImportWizard::Kind::Contacts && !keys.contains(u"client_tax_id"_s)
        && !keys.contains(u"client_name"_s)) {
        problems << tr("Contacts need a column with the client's tax ID or legal name.");
    }
    if (!m_wizard->preview().error.isEmpty())
        problems << tr("The file cannot be read to the end: %1").arg(m_wizard->preview().error);
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    m_blocked = !problems.isEmpty();
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_blocked;
}

bool ImportMappingPage::validatePage()
{
    const ImportPreview &p = m_wizard->preview();
    const QStringList keys = chosenKeys();
    QHash<QString, QString> mapping;
    for (int i = 0; i < p.header.size(); ++i) {
        if (!p.header.at(i).trimmed().isEmpty())
            mapping.insert(ImportColumns::normalized(p.header.at(i)), keys.value(i));
    }
    m_wizard->setColumnMapping(mapping);
    return true;
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::retranslateUi()
{
    setTitle(tr("Check what will be imported"));
    setSubTitle(tr("How Rapport reads the file, and which field each column becomes."));
    m_kindLabel->setText(tr("Each row is:"));
    m_clients->setText(tr("a &client"));
    m_contacts->setText(tr("a c&ontact of an existing client"));
    m_mappingLabel->setText(tr("Columns"));
    m_rows->setAccessibleName(tr("Rows of the file"));
    m_mapping->setAccessibleName(tr("Columns"));
    m_mapping->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Imported as"), tr("First row") });
    if (m_wizard->preview().header.isEmpty())
        return;
    updateFacts();
    // Keep the choices, rename the fields.
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        auto *combo = static_cast<QComboBox *>(m_mapping->cellWidget(i, FieldColumn));
        combo->setItemText(0, tr("— ignore this column —"));
        for (int item = 1; item < combo->count(); ++item)
            combo->setItemText(item, ClientImportWizard::fieldLabel(combo->itemData(item).toString()));
    }
    checkMapping();
}

} // namespace rapport
