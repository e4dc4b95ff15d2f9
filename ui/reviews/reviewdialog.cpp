#include "reviewdialog.h"

#include "actionitemdelegate.h"
#include "actionitemsmodel.h"
#include "appsession.h"
#include "regulation/fieldmessage.h"
#include "regulation/regulationlabels.h"
#include "io/reviewpackdocument.h"
#include "metrics/reviewpack.h"
#include "reviewpackpdf.h"
#include "storage/regulationcalendar.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "theme.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QUrl>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QPlainTextEdit *textBox(QWidget *parent, const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

ReviewDialog::ReviewDialog(AppSession *session, ReviewId id, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_history(new QLabel(this))
    , m_heldOnLabel(new QLabel(this))
    , m_heldOn(new QDateEdit(this))
    , m_heldOnMessage(new FieldMessage(this))
    , m_attendeesLabel(new QLabel(this))
    , m_attendees(new QLineEdit(this))
    , m_attendeesMessage(new FieldMessage(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(textBox(this, u"reviewProgress"_s, 3))
    , m_problemsLabel(new QLabel(this))
    , m_problems(textBox(this, u"reviewProblems"_s, 3))
    , m_satisfactionLabel(new QLabel(this))
    , m_satisfaction(textBox(this, u"reviewSatisfaction"_s, 2))
    , m_planLabel(new QLabel(this))
    , m_planHint(new QLabel(this))
    , m_items(new ActionItemsModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_planMessage(new FieldMessage(this))
    , m_nextLabel(new QLabel(this))
    , m_packLabel(new QLabel(this))
    , m_pack(new QPushButton(this))
    , m_error(new FieldMessage(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_review.id = id;
    setObjectName(u"reviewDialog"_s);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setObjectName(u"reviewHeading"_s);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_state->setObjectName(u"reviewState"_s);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_history->setObjectName(u"reviewHistory"_s);
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->hide();

    m_heldOn->setObjectName(u"reviewHeldOn"_s);
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setMaximumWidth(180);
    m_heldOnMessage->setObjectName(u"reviewHeldOnMessage"_s);
    m_attendees->setObjectName(u"reviewAttendees"_s);
    m_attendeesMessage->setObjectName(u"reviewAttendeesMessage"_s);
    m_heldOnLabel->setBuddy(m_heldOn);
    m_attendeesLabel->setBuddy(m_attendees);
    m_progressLabel->setBuddy(m_progress);
    m_problemsLabel->setBuddy(m_problems);
    m_satisfactionLabel->setBuddy(m_satisfaction);

    m_items->setToday(RegulationCalendar::today());
    m_table->setObjectName(u"actionItemsTable"_s);
    m_table->setModel(m_items);
    m_table->setItemDelegate(new ActionItemDelegate(m_items, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ActionItemsModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ActionItemsModel::OwnerColumn, 190);
    header->resizeSection(ActionItemsModel::DueColumn, 110);
    header->resizeSection(ActionItemsModel::StatusColumn, 100);
    m_add->setObjectName(u"actionItemAdd"_s);
    m_remove->setObjectName(u"actionItemRemove"_s);
    m_planMessage->setObjectName(u"actionItemsMessage"_s);
    m_planHint->setWordWrap(true);
    m_planHint->setForegroundRole(QPalette::PlaceholderText);
    QFont planFont = m_planLabel->font();
    planFont.setBold(true);
    m_planLabel->setFont(planFont);
    m_nextLabel->setObjectName(u"reviewNext"_s);
    m_nextLabel->setWordWrap(true);
    m_nextLabel->setStyleSheet(u"QLabel#reviewNext { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; padding: 6px 8px; color: %3; }"_s.arg(
                                   statusBackground(StatusTone::Info, palette()).name(),
                                   statusAccent(StatusTone::Info, palette()).name(),
                                   palette().color(QPalette::WindowText).name()));
    m_error->setObjectName(u"reviewError"_s);
    m_save->setObjectName(u"reviewSave"_s);
    m_save->setDefault(true);
    m_close->setObjectName(u"reviewClose"_s);
    m_pack->setObjectName(u"reviewPreparePack"_s);
    m_packLabel->setObjectName(u"reviewPackLabel"_s);
    m_packLabel->setWordWrap(true);
    m_packLabel->setTextFormat(Qt::RichText);
    m_packLabel->setOpenExternalLinks(true);
    m_packLabel->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_heldOnLabel, m_heldOn);
    form->addRow(QString(), m_heldOnMessage);
    form->addRow(m_attendeesLabel, m_attendees);
    form->addRow(QString(), m_attendeesMessage);
    form->addRow(m_progressLabel, m_progress);
    form->addRow(m_problemsLabel, m_problems);
    form->addRow(m_satisfactionLabel, m_satisfaction);

    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_planLabel);
    planButtons->addStretch(1);
    planButtons->addWidget(m_add);
    planButtons->addWidget(m_remove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pack);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_state);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addWidget(m_subheading);
    layout->addWidget(m_history);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(planButtons);
    layout->addWidget(m_planHint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_planMessage);
    layout->addWidget(m_nextLabel);
    layout->addWidget(m_packLabel);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, &ReviewDialog::save);
    connect(m_save, &QPushButton::clicked, this, &ReviewDialog::save);
    connect(m_close, &QPushButton::clicked, this, &ReviewDialog::reject);
    connect(m_pack, &QPushButton::clicked, this, [this] { preparePack(); });
    // The button's text carries its Alt mnemonic; Ctrl+Shift+P is a shortcut of its own.
    auto *packShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this);
    connect(packShortcut, &QShortcut::activated, this, [this] { preparePack(); });
    connect(m_add, &QPushButton::clicked, this, &ReviewDialog::addItem);
    connect(m_remove, &QPushButton::clicked, this, &ReviewDialog::removeItem);
    connect(m_items, &ActionItemsModel::edited, this, [this] { m_planMessage->clearMessage(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_remove->setEnabled(m_table->currentIndex().isValid()); });
    const auto edited = [this] {
        if (!m_loading)
            m_formDirty = true;
    };
    connect(m_heldOn, &QDateEdit::dateChanged, this, [this, edited] {
        edited();
        m_heldOnMessage->clearMessage();
        updateNextPreview();
    });
    connect(m_attendees, &QLineEdit::textEdited, this, [this, edited] {
        edited();
        m_attendeesMessage->clearMessage();
    });
    for (QPlainTextEdit *edit : {m_progress, m_problems, m_satisfaction})
        connect(edit, &QPlainTextEdit::textChanged, this, edited);

    resize(880, 720);
    load();
    retranslateUi();
}

ReviewDialog *ReviewDialog::showReview(AppSession *session, ReviewId id, QWidget *parent)
{
    auto *dialog = new ReviewDialog(session, id, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ReviewDialog::load()
{
    const Database &db = m_session->database();
    const auto review = ReviewRepository(db).byId(m_review.id);
    if (!review) {
        m_error->showMessage(tr("This review no longer exists."));
        m_save->setEnabled(false);
        return;
    }
    m_loading = true;
    m_review = *review;
    const QDate today = RegulationCalendar::today();
    m_heldOn->setMaximumDate(today);
    m_heldOn->setDate(m_review.heldOn.isValid() ? m_review.heldOn : today);
    m_attendees->setText(m_review.attendees);
    m_progress->setPlainText(m_review.progress);
    m_problems->setPlainText(m_review.problems);
    m_satisfaction->setPlainText(m_review.satisfaction);
    m_items->setStaff(UserRepository(db).all());
    m_items->setTasks(ReviewRepository(db).actionItems(m_review.id));
    loadHistory();
    m_loading = false;
    m_formDirty = false;
    const bool editable = m_review.status != ReviewStatus::Cancelled;
    for (QWidget *w : std::initializer_list<QWidget *> {m_heldOn, m_attendees, m_progress, m_problems,
                                                         m_satisfaction, m_add, m_save})
        w->setEnabled(editable);
    m_remove->setEnabled(false);
    if (!editable)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

bool ReviewDialog::isDirty() const
{
    return m_formDirty || m_items->isDirty();
}

void ReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReviewDialog::retranslateUi()
{
    setWindowTitle(tr("Review — %1").arg(m_review.clientName));
    m_table->setAccessibleName(tr("Remediation plan"));
    m_heldOnLabel->setText(tr("Date &held:"));
    m_attendeesLabel->setText(tr("&Attendees:"));
    m_attendees->setPlaceholderText(tr("Who took part, from the client and from our side"));
    m_progressLabel->setText(tr("&Progress:"));
    m_progress->setPlaceholderText(tr("What was done since the last review"));
    m_problemsLabel->setText(tr("Problems &found:"));
    m_problems->setPlaceholderText(tr("Mistakes and problems found, in plain words"));
    m_satisfactionLabel->setText(tr("Client's &satisfaction:"));
    m_satisfaction->setPlaceholderText(tr("How satisfied the client is, in their words"));
    m_planLabel->setText(tr("Remediation plan"));
    m_planHint->setText(tr("Each problem gets an action item with one owner and a due date. Double-click a cell "
                           "to edit it."));
    m_add->setText(tr("&Add action item"));
    m_remove->setText(tr("&Remove"));
    m_close->setText(tr("Close"));
    m_pack->setText(tr("Prepare &pack"));
    m_pack->setToolTip(tr("Write the review pack for the client: tickets, SLA, feedback, hours, invoices, "
                          "obligations and the last plan, as a PDF in the client's language (Ctrl+Shift+P)"));
    m_items->retranslate();
    updateHeader();
    updateHistory();
}

void ReviewDialog::updateHeader()
{
    m_heading->setText(tr("%1 · %2").arg(reviewKindTitle(m_review.kind), m_review.clientName));
    const QString manager = m_review.managerName.isEmpty() ? tr("no account manager") : m_review.managerName;
    m_subheading->setText(
        tr("Scheduled for %1 · Account manager: %2").arg(longDate(m_review.scheduledOn), manager));
    const QDate today = RegulationCalendar::today();
    QPalette pal = m_state->palette();
    switch (m_review.status) {
    case ReviewStatus::Held:
        m_state->setText(tr("Held on %1").arg(QLocale().toString(m_review.heldOn, QLocale::ShortFormat)));
        pal.setColor(QPalette::WindowText, RegulationLabels::doneColor());
        break;
    case ReviewStatus::Cancelled:
        m_state->setText(tr("Cancelled"));
        pal.setColor(QPalette::WindowText, statusColor(StatusTone::Neutral, pal));
        break;
    case ReviewStatus::Scheduled:
        if (m_review.isOverdue(today)) {
            m_state->setText(tr("Overdue since %1").arg(QLocale().toString(m_review.scheduledOn, QLocale::ShortFormat)));
            pal.setColor(QPalette::WindowText, RegulationLabels::overdueColor());
        } else {
            m_state->setText(tr("Scheduled"));
            pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        }
        break;
    }
    m_state->setPalette(pal);
    m_save->setText(m_review.status == ReviewStatus::Held ? tr("&Save") : tr("&Hold review"));
    m_save->setToolTip(m_review.status == ReviewStatus::Held
                           ? tr("Save the corrections (Ctrl+S)")
                           : tr("Record the review as held and schedule the next one (Ctrl+S)"));
    updateNextPreview();
}

void ReviewDialog::updateNextPreview()
{
    if (m_scheduledNext) {
        m_nextLabel->setText(tr("Review held. Next review: %1 on %2.")
                                 .arg(reviewKindTitle(m_scheduledNext->kind), longDate(m_scheduledNext->scheduledOn)));
        m_nextLabel->show();
        return;
    }
    if (m_review.status != ReviewStatus::Scheduled || !m_session->hasDatabase()) {
        m_nextLabel->hide();
        return;
    }
    const auto cadence = ReviewRepository(m_session->database()).cadence(m_review.clientId);
    const auto next = cadence ? ReviewSchedule(*cadence).nextAfterHeld(m_review.scheduledOn, m_heldOn->date())
                              : std::nullopt;
    m_nextLabel->setText(next ? tr("Holding this review schedules the next one: %1 on %2.")
                                    .arg(reviewKindTitle(next->kind), longDate(next->date))
                              : tr("The client has no review cadence: no next review will be scheduled."));
    m_nextLabel->show();
}

void ReviewDialog::loadHistory()
{
    m_historyItems = ReviewRepository(m_session->database()).history(m_review.id);
    updateHistory();
}

void ReviewDialog::updateHistory()
{
    if (m_historyItems.isEmpty()) {
        m_history->clear();
        m_history->hide();
        return;
    }
    // One line per entry, newest first; a long reason is shortened (the card's timeline has it whole).
    QStringList lines { u"<b>%1</b>"_s.arg(tr("History").toHtmlEscaped()) };
    for (const TimelineItem &item : std::as_const(m_historyItems)) {
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(item.at), QLocale::ShortFormat);
        QString body = item.body.simplified();
        if (body.size() > 200)
            body = body.left(199).trimmed() + QChar(0x2026);
        const QString line = body.isEmpty() ? tr("%1 · %2").arg(when, item.title)
                                            : tr("%1 · %2 — %3").arg(when, item.title, body);
        lines << line.toHtmlEscaped();
    }
    m_history->setText(lines.join(u"<br>"_s));
    m_history->show();
}

void ReviewDialog::addItem()
{
    const UserId me = m_session->currentUser().id;
    const UserId owner = m_review.managerId.isValid() ? m_review.managerId : me;
    // Two weeks to fix what a review found, unless the manager says otherwise.
    const int row = m_items->addItem(owner, m_heldOn->date().addDays(14));
    const QModelIndex index = m_items->index(row, ActionItemsModel::TitleColumn);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void ReviewDialog::removeItem()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        m_items->removeItem(index.row());
    m_remove->setEnabled(m_table->currentIndex().isValid());
}

bool ReviewDialog::validate()
{
    bool ok = true;
    const QDate held = m_heldOn->date();
    if (!held.isValid()) {
        m_heldOnMessage->showMessage(tr("Enter the date the review was held."));
        ok = false;
    } else if (held > RegulationCalendar::today()) {
        m_heldOnMessage->showMessage(tr("A review cannot be held in the future."));
        ok = false;
    } else {
        m_heldOnMessage->clearMessage();
    }
    if (m_attendees->text().trimmed().isEmpty()) {
        m_attendeesMessage->showMessage(tr("Enter who attended the review."));
        ok = false;
    } else {
        m_attendeesMessage->clearMessage();
    }
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (const QString problem = m_items->problem(row); !problem.isEmpty()) {
            m_planMessage->showMessage(problem);
            m_table->setCurrentIndex(m_items->index(row, 0));
            return false;
        }
    }
    m_planMessage->clearMessage();
    if (!ok)
        (m_heldOnMessage->isVisible() ? static_cast<QWidget *>(m_heldOn) : m_attendees)->setFocus();
    return ok;
}

bool ReviewDialog::save()
{
    // Moving the current cell commits an open editor before the plan is read.
    const QModelIndex current = m_table->currentIndex();
    m_table->setCurrentIndex(QModelIndex());
    m_table->setCurrentIndex(current);
    m_error->clearMessage();
    if (!validate())
        return false;
    const Database &db = m_session->database();
    const bool wasScheduled = m_review.status == ReviewStatus::Scheduled;
    ReviewRecord record;
    record.heldOn = m_heldOn->date();
    record.attendees = m_attendees->text();
    record.progress = m_progress->toPlainText();
    record.problems = m_problems->toPlainText();
    record.satisfaction = m_satisfaction->toPlainText();

    // The record, the plan and the next review are stored together or not at all.
    Transaction tx(db.connection());
    if (!tx.isActive()) {
        m_error->showMessage(tx.error());
        return false;
    }
    ReviewRepository reviews(db);
    TaskRepository tasks(db);
    std::optional<Review> next;
    if (wasScheduled || m_formDirty) {
        auto held = reviews.hold(m_review.id, record);
        if (!held) {
            m_error->showMessage(held.error());
            return false;
        }
        next = *held;
    }
    Status status;
    for (TaskId removed : m_items->removed()) {
        if (status = tasks.cancel(removed); !status)
            break;
    }
    for (const ActionItemsModel::Item &item : m_items->items()) {
        if (!status)
            break;
        if (item.isNew()) {
            auto added = reviews.addActionItem(m_review.id, item.title.trimmed(), item.ownerId, item.dueOn);
            if (!added) {
                status = fail(added.error());
                break;
            }
            if (item.done)
                status = tasks.complete(added->id);
            continue;
        }
        if (!item.isChanged())
            continue;
        Task task = item.original;
        task.title = item.title.trimmed();
        task.ownerId = item.ownerId;
        task.dueOn = item.dueOn;
        if (task.title != item.original.title || task.ownerId != item.original.ownerId
            || task.dueOn != item.original.dueOn)
            status = tasks.update(task);
        if (status && item.done != (item.original.status == TaskStatus::Done))
            status = item.done ? tasks.complete(task.id) : tasks.reopen(task.id);
    }
    if (status)
        status = tx.commit();
    if (!status) {
        m_error->showMessage(status.error());
        return false;
    }
    if (wasScheduled)
        m_scheduledNext = next;
    // The pack discussed is kept with the held review; prepared now if it was not.
    if (wasScheduled && ReviewRepository(db).packs(m_review.id).isEmpty()) {
        const bool open = m_openPacks;
        m_openPacks = false;
        preparePack();
        m_openPacks = open;
    }
    load();
    updateHeader();
    m_session->notifyDataChanged();
    Q_EMIT saved(m_review.id);
    return true;
}

QString ReviewDialog::packFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/review-packs"_s;
}

QString ReviewDialog::preparePack()
{
    m_error->clearMessage();
    QElapsedTimer timer;
    timer.start();
    const Database &db = m_session->database();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto pack = ReviewPackBuilder(db).forReview(m_review.id);
    QString path;
    Status written;
    if (!pack) {
        written = fail(pack.error());
    } else if (!QDir().mkpath(packFolder())) {
        written = fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(packFolder())));
    } else {
        path = packFolder() + u"/review-%1-client-%2-%3.pdf"_s.arg(m_review.id.value)
                                  .arg(m_review.clientId.value)
                                  .arg(pack->to.toString(u"yyyy-MM-dd"_s));
        written = ReviewPackPdf::write(*pack, path);
        if (written)
            written = ReviewRepository(db).attachPack(m_review.id, path, ReviewPackDocument::title(*pack));
    }
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_error->showMessage(tr("The review pack could not be prepared: %1").arg(written.error()));
        return QString();
    }
    m_packLabel->setText(tr("Review pack ready (%1 s): <a href=\"%2\">%3</a>")
                             .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1),
                                 QUrl::fromLocalFile(path).toString(), QDir::toNativeSeparators(path).toHtmlEscaped()));
    m_packLabel->show();
    loadHistory();
    m_session->notifyDataChanged();
    if (m_openPacks)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

void ReviewDialog::reject()
{
    if (isDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("The review has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace rapport
