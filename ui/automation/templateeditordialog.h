#pragma once

#include "automation/messagetemplate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace rapport {

class AppSession;
class FieldErrorLabel;

// Edits a message template in its three languages (ru, kk, en: one tab
// each, a subject and a text), with the placeholders Rapport fills listed to
// insert at the cursor, and a preview of the current tab rendered on a real
// record from the database exactly as the automation run renders it
// (AutomationRepository::preview). Save (Ctrl+S) stores every changed
// language; a template naming an unknown placeholder is refused with the
// repository's message. Esc closes (asking first when something is not saved).
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateEditorDialog(AppSession *session, const QString &templateKey, QWidget *parent = nullptr);

    QString templateKey() const;
    // The template of the current tab as the form now says.
    MessageTemplate draft() const;
    bool isModified() const;

    static const QStringList &languages();

public Q_SLOTS:
    // True when every changed language was saved.
    bool save();
    void updatePreview();
    void insertPlaceholder();

Q_SIGNALS:
    void saved(const QString &templateKey);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    struct Page
    {
        QLineEdit *subject = nullptr;
        QPlainTextEdit *body = nullptr;
        MessageTemplate stored;
    };

    void retranslateUi();
    void load(const QString &key);
    MessageTemplate draftOf(int language) const;
    bool confirmDiscard();

    AppSession *m_session;
    QLabel *m_keyLabel;
    QComboBox *m_key;
    QTabWidget *m_tabs;
    QList<Page> m_pages; // in languages() order
    QLabel *m_placeholdersLabel;
    QListWidget *m_placeholders;
    QPushButton *m_insert;
    QLabel *m_previewLabel;
    QLabel *m_previewRecord;
    QPlainTextEdit *m_preview;
    FieldErrorLabel *m_error;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_close;
    QTimer *m_previewTimer;
    QWidget *m_lastField = nullptr; // where Insert puts a placeholder
    QString m_loadedKey;
};

} // namespace rapport
