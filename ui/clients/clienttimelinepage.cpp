#include "clienttimelinepage.h"

#include "clientlabels.h"
#include "logcalldialog.h"
#include "storage/timeline.h"
#include "theme.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int BodyRole = Qt::UserRole + 1;
} // namespace

ClientTimelinePage::ClientTimelinePage(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_error(new QLabel(this))
    , m_older(new QPushButton(this))
    , m_note(new QPushButton(this))
    , m_call(new QPushButton(this))
{
    m_list->setObjectName(u"timelineList"_s);
    m_note->setObjectName(u"timelineAddNote"_s);
    m_call->setObjectName(u"timelineLogCall"_s);
    m_older->setObjectName(u"timelineOlder"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->resizeSection(WhenColumn, 140);
    m_list->header()->setSectionResizeMode(EventColumn, QHeaderView::Stretch);
    m_list->header()->resizeSection(ChannelColumn, 120);
    m_list->header()->resizeSection(ByColumn, 170);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note);
    buttons->addWidget(m_call);
    buttons->addStretch(1);
    buttons->addWidget(m_older);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_note, &QPushButton::clicked, this, &ClientTimelinePage::addNote);
    connect(m_call, &QPushButton::clicked, this, [this] { logCall(); });
    connect(m_older, &QPushButton::clicked, this, &ClientTimelinePage::loadOlder);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ClientTimelinePage::showDetails);
    retranslateUi();
    setClient(ClientId());
}

void ClientTimelinePage::setClient(ClientId id)
{
    m_client = id;
    m_note->setEnabled(id.isValid());
    m_call->setEnabled(id.isValid());
    m_hint->setVisible(!id.isValid());
    reload();
}

void ClientTimelinePage::reload()
{
    m_list->clear();
    m_details->clear();
    m_lastAt = 0;
    m_lastId = 0;
    m_atEnd = !m_client.isValid();
    appendPage();
}

void ClientTimelinePage::loadOlder()
{
    appendPage();
}

void ClientTimelinePage::appendPage()
{
    if (!m_atEnd) {
        auto page = Timeline(m_db).forClient(m_client, PageSize, m_lastAt, m_lastId);
        if (!page) {
            m_error->setText(page.error());
            m_error->show();
            m_atEnd = true;
        } else {
            m_error->hide();
            for (const TimelineItem &item : std::as_const(*page)) {
                auto *row = new QTreeWidgetItem(m_list);
                row->setText(WhenColumn,
                    QLocale().toString(QDateTime::fromSecsSinceEpoch(item.at).toLocalTime(), u"yyyy-MM-dd HH:mm"_s));
                row->setText(EventColumn, kindName(item.kind) + u": "_s + item.title);
                row->setData(EventColumn, KindRole, item.kind);
                row->setData(EventColumn, BodyRole, item.body);
                row->setToolTip(EventColumn, item.body.isEmpty() ? item.title : item.body);
                if (!item.channel.isEmpty())
                    row->setText(ChannelColumn,
                        ClientLabels::channel(contactChannelFromKey(item.channel).value_or(ContactChannel::Other)));
                row->setData(ChannelColumn, KindRole, item.channel);
                row->setText(ByColumn, item.userName);
                m_lastAt = item.at;
                m_lastId = item.id;
            }
            m_atEnd = page->size() < PageSize;
        }
    }
    m_older->setEnabled(!m_atEnd);
}

void ClientTimelinePage::showDetails()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const QString body = item->data(EventColumn, BodyRole).toString();
    m_details->setText(body.isEmpty() ? item->text(EventColumn) : body);
}

void ClientTimelinePage::addNote()
{
    if (!m_client.isValid())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"addNoteDialog"_s);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setWindowTitle(tr("Add a note"));
    dialog->setLabelText(tr("Note (the first line becomes its title):"));
    dialog->resize(480, 280);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        if (Status s = Timeline(m_db).logNote(m_client, text); !s) {
            m_error->setText(s.error());
            m_error->show();
            return;
        }
        reload();
        Q_EMIT recorded();
    });
    dialog->open();
}

LogCallDialog *ClientTimelinePage::logCall()
{
    if (!m_client.isValid())
        return nullptr;
    auto *dialog = new LogCallDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (Status s = Timeline(m_db).logCall(m_client, dialog->channelKey(), dialog->summary(), dialog->at()); !s) {
            m_error->setText(s.error());
            m_error->show();
            return;
        }
        reload();
        Q_EMIT recorded();
    });
    dialog->open();
    return dialog;
}

QString ClientTimelinePage::kindName(const QString &kind)
{
    if (kind == u"note"_s)
        return tr("Note");
    if (kind == u"call"_s)
        return tr("Call");
    if (kind == u"message"_s)
        return tr("Message");
    if (kind == u"status_change"_s)
        return tr("Status");
    if (kind == u"handoff"_s)
        return tr("Handoff");
    if (kind == u"ticket"_s)
        return tr("Ticket");
    if (kind == u"invoice"_s)
        return tr("Invoice");
    if (kind == u"payment"_s)
        return tr("Payment");
    if (kind == u"review"_s)
        return tr("Review");
    if (kind == u"feedback"_s)
        return tr("Feedback");
    if (kind == u"complaint"_s)
        return tr("Complaint");
    if (kind == u"thanks"_s)
        return tr("Thanks");
    if (kind == u"remark"_s)
        return tr("Remark");
    return kind;
}

void ClientTimelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void ClientTimelinePage::retranslateUi()
{
    m_list->setAccessibleName(tr("Timeline"));
    m_hint->setText(tr("Save the card first: its timeline starts when the client is created."));
    m_list->setHeaderLabels({ tr("When"), tr("Event"), tr("Channel"), tr("Recorded by") });
    m_older->setText(tr("Show &older"));
    m_note->setText(tr("Add no&te…"));
    m_call->setText(tr("&Log call…"));
    m_call->setToolTip(tr("Record a call or another conversation (Ctrl+Shift+L)"));
}

} // namespace rapport
