#pragma once

#include "planning/workflowtemplate.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rapport {

class AppSession;
class FieldMessage;

// The Workflow templates tab of the Regulation editor: the standard
// processes (intake, kickoff, ongoing work, completion and the team's own)
// as checklists of steps, each with the role that owns it and a due offset
// in working days from the start. Add, edit, archive, apply to a client.
class WorkflowTemplatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowTemplatesPage(AppSession *session, QWidget *parent = nullptr);

    // Validates and stores the template being edited; false with a message.
    bool save();
    void newTemplate();
    bool isDirty() const { return m_dirty; }
    // Selects the template with this id in the list (and loads it).
    void selectTemplate(WorkflowTemplateId id);
    WorkflowTemplateId currentTemplateId() const { return m_current.id; }
    // Saves unsaved edits first (stops if refused), then asks to apply the
    // template to a client (applyRequested).
    void applyToClient();

Q_SIGNALS:
    void applyRequested(WorkflowTemplateId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadList(WorkflowTemplateId select = {});
    void showTemplate(const WorkflowTemplate &workflow);
    WorkflowTemplate fromForm() const;
    void addStep(const WorkflowStep &step);
    void removeStep();
    void moveStep(int delta);
    void archive();
    void markDirty();

    AppSession *m_session;
    WorkflowTemplate m_current;
    bool m_loading = false;
    bool m_dirty = false;

    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_archive;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QLabel *m_stepsLabel;
    QTableWidget *m_steps;
    QPushButton *m_addStep;
    QPushButton *m_removeStep;
    QPushButton *m_up;
    QPushButton *m_down;
    FieldMessage *m_stepsMessage;
    QLabel *m_info;
    QPushButton *m_apply;
    QPushButton *m_save;
};

} // namespace rapport
