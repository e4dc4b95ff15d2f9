#include "logcalldialog.h"

#include "clientlabels.h"
#include "domain/clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

LogCallDialog::LogCallDialog(QWidget *parent)
    : QDialog(parent)
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_whenLabel(new QLabel(this))
    , m_when(new QDateTimeEdit(this))
    , m_summaryLabel(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"logCallDialog"_s);
    m_channel->setObjectName(u"callChannel"_s);
    m_when->setObjectName(u"callWhen"_s);
    m_summary->setObjectName(u"callSummary"_s);
    m_summary->setTabChangesFocus(true);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_when->setDateTime(Clock::nowUtc().toLocalTime());
    m_channelLabel->setBuddy(m_channel);
    m_whenLabel->setBuddy(m_when);
    m_summaryLabel->setBuddy(m_summary);

    auto *form = new QFormLayout(this);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(m_whenLabel, m_when);
    form->addRow(m_summaryLabel, m_summary);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_summary, &QPlainTextEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!summary().isEmpty()); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslateUi();
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(contactChannelKey(ContactChannel::Phone))));
    m_summary->setFocus();
    resize(480, 300);
}

QString LogCallDialog::channelKey() const
{
    return m_channel->currentData().toString();
}

QString LogCallDialog::summary() const
{
    return m_summary->toPlainText().trimmed();
}

qint64 LogCallDialog::at() const
{
    return m_when->dateTime().toSecsSinceEpoch();
}

void LogCallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LogCallDialog::retranslateUi()
{
    setWindowTitle(tr("Log a call"));
    m_channelLabel->setText(tr("&Channel:"));
    m_whenLabel->setText(tr("&When:"));
    m_summaryLabel->setText(tr("&Summary:"));
    m_summary->setPlaceholderText(tr("What was discussed and agreed"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log"));
    ClientLabels::fillChannels(m_channel);
}

} // namespace rapport
