#include "templateeditordialog.h"

#include "appsession.h"
#include "automationlabels.h"
#include "clients/fielderrorlabel.h"
#include "storage/automationrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

bool sameText(const MessageTemplate &a, const MessageTemplate &b)
{
    return a.subject == b.subject && a.body == b.body;
}

} // namespace

const QStringList &TemplateEditorDialog::languages()
{
    static const QStringList codes { u"ru"_s, u"kk"_s, u"en"_s };
    return codes;
}

TemplateEditorDialog::TemplateEditorDialog(AppSession *session, const QString &templateKey, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_keyLabel(new QLabel(this))
    , m_key(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_placeholdersLabel(new QLabel(this))
    , m_placeholders(new QListWidget(this))
    , m_insert(new QPushButton(this))
    , m_previewLabel(new QLabel(this))
    , m_previewRecord(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_error(new FieldErrorLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(u"templateEditor"_s);
    m_key->setObjectName(u"templateKey"_s);
    m_tabs->setObjectName(u"templateLanguages"_s);
    m_placeholders->setObjectName(u"templatePlaceholders"_s);
    m_insert->setObjectName(u"templateInsert"_s);
    m_previewRecord->setObjectName(u"templatePreviewRecord"_s);
    m_preview->setObjectName(u"templatePreview"_s);
    m_error->setObjectName(u"templateError"_s);
    m_status->setObjectName(u"templateStatus"_s);
    m_save->setObjectName(u"templateSave"_s);
    m_close->setObjectName(u"templateClose"_s);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_close->setAutoDefault(false);

    for (const QString &code : languages()) {
        auto *page = new QWidget(m_tabs);
        Page p;
        p.subject = new QLineEdit(page);
        p.subject->setObjectName(u"templateSubject_"_s + code);
        p.body = new QPlainTextEdit(page);
        p.body->setObjectName(u"templateBody_"_s + code);
        auto *layout = new QFormLayout(page);
        layout->addRow(new QLabel(page), p.subject);
        layout->addRow(new QLabel(page), p.body);
        m_tabs->addTab(page, QString());
        connect(p.subject, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
        connect(p.body, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
        m_pages << p;
    }
    for (const QString &name : knownPlaceholders())
        m_placeholders->addItem(u"{"_s + name + u"}"_s);
    m_placeholders->setCurrentRow(0);
    m_preview->setReadOnly(true);
    m_previewRecord->setWordWrap(true);
    m_status->setWordWrap(true);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    if (m_session->hasDatabase()) {
        for (const QString &key : AutomationRepository(m_session->database()).templateKeys())
            m_key->addItem(key, key);
    }
    if (m_key->findData(templateKey) < 0 && !templateKey.isEmpty())
        m_key->addItem(templateKey, templateKey);
    m_key->setCurrentIndex(std::max(0, m_key->findData(templateKey)));

    auto *top = new QHBoxLayout;
    top->addWidget(m_keyLabel);
    top->addWidget(m_key, 1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_placeholdersLabel);
    sideLayout->addWidget(m_placeholders, 2);
    sideLayout->addWidget(m_insert);
    sideLayout->addWidget(m_previewLabel);
    sideLayout->addWidget(m_previewRecord);
    sideLayout->addWidget(m_preview, 3);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    resize(1000, 640);

    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(m_close, &QPushButton::clicked, this, &TemplateEditorDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &TemplateEditorDialog::save);
    connect(m_insert, &QPushButton::clicked, this, &TemplateEditorDialog::insertPlaceholder);
    connect(m_placeholders, &QListWidget::itemActivated, this, &TemplateEditorDialog::insertPlaceholder);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditorDialog::updatePreview);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TemplateEditorDialog::updatePreview);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (const Page &p : std::as_const(m_pages))
            if (now && (now == p.subject || now == p.body))
                m_lastField = now;
    });
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_key->currentData().toString();
        if (key == m_loadedKey)
            return;
        if (isModified() && !confirmDiscard()) {
            const QSignalBlocker blocker(m_key);
            m_key->setCurrentIndex(m_key->findData(m_loadedKey));
            return;
        }
        load(key);
    });
    retranslateUi();
    load(m_key->currentData().toString());
}

QString TemplateEditorDialog::templateKey() const
{
    return m_loadedKey;
}

MessageTemplate TemplateEditorDialog::draftOf(int language) const
{
    const Page &p = m_pages.at(language);
    return MessageTemplate { m_loadedKey, languages().at(language), p.subject->text(), p.body->toPlainText() };
}

MessageTemplate TemplateEditorDialog::draft() const
{
    return draftOf(std::max(0, m_tabs->currentIndex()));
}

bool TemplateEditorDialog::isModified() const
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (!sameText(draftOf(i), m_pages.at(i).stored))
            return true;
    return false;
}

void TemplateEditorDialog::load(const QString &key)
{
    m_loadedKey = key;
    m_error->setError(QString());
    m_status->clear();
    for (int i = 0; i < m_pages.size(); ++i) {
        Page &p = m_pages[i];
        p.stored = MessageTemplate { key, languages().at(i), QString(), QString() };
        if (m_session->hasDatabase() && !key.isEmpty()) {
            if (auto t = AutomationRepository(m_session->database()).templateFor(key, languages().at(i)))
                p.stored = *t;
        }
        const QSignalBlocker subject(p.subject);
        const QSignalBlocker body(p.body);
        p.subject->setText(p.stored.subject);
        p.body->setPlainText(p.stored.body);
    }
    m_lastField = nullptr;
    updatePreview();
}

bool TemplateEditorDialog::save()
{
    if (!m_session->hasDatabase() || m_loadedKey.isEmpty())
        return false;
    m_error->setError(QString());
    m_status->clear();
    AutomationRepository repo(m_session->database());
    int savedCount = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        const MessageTemplate d = draftOf(i);
        if (sameText(d, m_pages.at(i).stored))
            continue;
        if (Status s = repo.saveTemplate(d); !s) {
            m_tabs->setCurrentIndex(i);
            m_error->setError(tr("%1: %2").arg(AutomationLabels::language(d.language), s.error()));
            return false;
        }
        m_pages[i].stored = d;
        ++savedCount;
    }
    m_status->setText(savedCount > 0 ? tr("Template saved.") : tr("Nothing to save."));
    if (savedCount > 0) {
        m_session->notifyDataChanged();
        Q_EMIT saved(m_loadedKey);
    }
    return true;
}

void TemplateEditorDialog::insertPlaceholder()
{
    const QListWidgetItem *item = m_placeholders->currentItem();
    const int tab = std::max(0, m_tabs->currentIndex());
    if (!item || tab >= m_pages.size())
        return;
    const Page &p = m_pages.at(tab);
    if (m_lastField == p.subject) {
        p.subject->insert(item->text());
        p.subject->setFocus();
    } else {
        p.body->insertPlainText(item->text());
        p.body->setFocus();
    }
}

void TemplateEditorDialog::updatePreview()
{
    m_previewTimer->stop();
    if (!m_session->hasDatabase() || m_loadedKey.isEmpty()) {
        m_previewRecord->clear();
        m_preview->clear();
        return;
    }
    const auto preview = AutomationRepository(m_session->database()).preview(draft());
    if (!preview) {
        m_previewRecord->setText(preview.error());
        m_preview->clear();
        return;
    }
    m_previewRecord->setText(tr("%1, client %2").arg(preview->record, preview->clientName));
    if (!preview->error.isEmpty()) {
        m_preview->setPlainText(tr("The run could not write this message: %1").arg(preview->error));
        return;
    }
    m_preview->setPlainText(
        tr("To: %1").arg(preview->to) + u'\n' + tr("Subject: %1").arg(preview->subject) + u"\n\n"_s + preview->body);
}

bool TemplateEditorDialog::confirmDiscard()
{
    return QMessageBox::question(this, windowTitle(), tr("The template has changes that are not saved. Discard them?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void TemplateEditorDialog::reject()
{
    if (isModified() && !confirmDiscard())
        return;
    QDialog::reject();
}

void TemplateEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TemplateEditorDialog::retranslateUi()
{
    setWindowTitle(tr("Message template"));
    m_keyLabel->setText(tr("&Template:"));
    m_keyLabel->setBuddy(m_key);
    for (int i = 0; i < m_pages.size(); ++i) {
        m_tabs->setTabText(i, AutomationLabels::language(languages().at(i)));
        auto *form = qobject_cast<QFormLayout *>(m_tabs->widget(i)->layout());
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_pages.at(i).subject)))
            label->setText(tr("Subject:"));
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_pages.at(i).body)))
            label->setText(tr("Text:"));
    }
    m_placeholdersLabel->setText(tr("Placeholders (double-click or Enter to insert):"));
    m_placeholders->setToolTip(tr("Rapport fills these from the record the rule fires on"));
    m_insert->setText(tr("&Insert placeholder"));
    m_previewLabel->setText(tr("Preview on the latest record:"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the template in every changed language (Ctrl+S)"));
    m_close->setText(tr("Close"));
}

} // namespace rapport
