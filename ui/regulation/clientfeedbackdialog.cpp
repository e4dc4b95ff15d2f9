#include "clientfeedbackdialog.h"

#include "appsession.h"
#include "domain/clock.h"
#include "fieldmessage.h"
#include "regulationlabels.h"
#include "storage/clientfeedbackrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ClientFeedbackDialog::ClientFeedbackDialog(AppSession *session, ClientId client, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    m_feedback.clientId = client;
    build();
}

ClientFeedbackDialog::ClientFeedbackDialog(AppSession *session, const ClientFeedback &feedback, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_feedback(feedback)
{
    build();
}

void ClientFeedbackDialog::build()
{
    setObjectName(u"clientFeedbackDialog"_s);
    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"feedbackText"_s);
    m_text->setTabChangesFocus(true);
    m_textLabel->setBuddy(m_text);
    m_textMessage = new FieldMessage(this);
    m_textMessage->setObjectName(u"feedbackTextMessage"_s);
    m_error = new FieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (isHandling()) {
        m_quote = new QLabel(this);
        m_quote->setWordWrap(true);
        m_quote->setFrameShape(QFrame::StyledPanel);
        m_quote->setContentsMargins(8, 6, 8, 6);
        m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(m_quote);
        m_text->setPlainText(m_feedback.handling);
    } else {
        m_kindLabel = new QLabel(this);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(u"feedbackKind"_s);
        m_channelLabel = new QLabel(this);
        m_channel = new QComboBox(this);
        m_channel->setObjectName(u"feedbackChannel"_s);
        m_receivedLabel = new QLabel(this);
        m_received = new QDateEdit(this);
        m_received->setObjectName(u"feedbackReceived"_s);
        m_received->setCalendarPopup(true);
        m_receivedMessage = new FieldMessage(this);
        m_kindLabel->setBuddy(m_kind);
        m_channelLabel->setBuddy(m_channel);
        m_receivedLabel->setBuddy(m_received);
        RegulationLabels::fillFeedbackKinds(m_kind);
        RegulationLabels::fillChannels(m_channel);
        m_kind->setCurrentIndex(m_kind->findData(int(ClientFeedbackKind::Complaint)));
        const QDate today = Clock::nowUtc().toLocalTime().date();
        m_received->setDate(today);
        m_received->setMaximumDate(today);
        form->addRow(m_kindLabel, m_kind);
        form->addRow(m_channelLabel, m_channel);
        form->addRow(m_receivedLabel, m_received);
        form->addRow(QString(), m_receivedMessage);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ClientFeedbackDialog::retranslateUi);
    }
    form->addRow(m_textLabel, m_text);
    form->addRow(QString(), m_textMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientFeedbackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClientFeedbackDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, m_textMessage, &FieldMessage::clearMessage);
    resize(520, 360);
    retranslateUi();
}

void ClientFeedbackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ClientFeedbackDialog::retranslateUi()
{
    if (isHandling()) {
        setWindowTitle(tr("Handle %1").arg(clientFeedbackKindTitle(m_feedback.kind)));
        m_quote->setText(tr("%1 from the client: “%2”").arg(clientFeedbackKindTitle(m_feedback.kind), m_feedback.text));
        m_textLabel->setText(tr("&What was done:"));
        m_text->setPlaceholderText(tr("The answer given, the fix made, who was told"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark &handled"));
        return;
    }
    setWindowTitle(tr("Record Client Feedback"));
    RegulationLabels::fillFeedbackKinds(m_kind);
    RegulationLabels::fillChannels(m_channel);
    m_kindLabel->setText(tr("&Kind:"));
    m_channelLabel->setText(tr("&Channel:"));
    m_receivedLabel->setText(tr("&Received on:"));
    m_textLabel->setText(tr("&What the client said:"));
    switch (ClientFeedbackKind(m_kind->currentData().toInt())) {
    case ClientFeedbackKind::Complaint: m_text->setPlaceholderText(tr("What went wrong, in the client's words")); break;
    case ClientFeedbackKind::Thanks: m_text->setPlaceholderText(tr("What the client thanked us for")); break;
    case ClientFeedbackKind::Remark: m_text->setPlaceholderText(tr("The remark or suggestion")); break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
}

bool ClientFeedbackDialog::save()
{
    m_error->clearMessage();
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_textMessage->showMessage(isHandling() ? tr("Write what was done about it.")
                                                : tr("Write what the client said."));
        m_text->setFocus();
        return false;
    }
    ClientFeedbackRepository repo(m_session->database());
    if (isHandling()) {
        if (Status s = repo.handle(m_feedback.id, text); !s) {
            m_error->showMessage(s.error());
            return false;
        }
    } else {
        const QDate today = Clock::nowUtc().toLocalTime().date();
        if (m_received->date() > today) {
            m_receivedMessage->showMessage(tr("Feedback cannot be received in the future."));
            return false;
        }
        ClientFeedback f = m_feedback;
        f.kind = ClientFeedbackKind(m_kind->currentData().toInt());
        f.channel = m_channel->currentData().toString();
        f.text = text;
        // Today: now; an earlier day: noon of that day, local time.
        f.receivedAt = m_received->date() == today ? 0
                                                   : QDateTime(m_received->date(), QTime(12, 0)).toSecsSinceEpoch();
        auto added = repo.add(f);
        if (!added) {
            m_error->showMessage(added.error());
            return false;
        }
        m_feedback = *added;
    }
    m_session->notifyDataChanged();
    return true;
}

void ClientFeedbackDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace rapport
