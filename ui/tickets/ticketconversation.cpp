#include "ticketconversation.h"

#include "theme.h"
#include "ticketlabels.h"

#include <QDateTime>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Sentences may start with the author's name or its stand-in ("someone").
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString bodyHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

// A coloured block: a strip on the left, a heading and the text, on a tint
// of the strip's colour that the palette's text reads on (light or dark).
QString bubble(const QColor &strip, const QPalette &palette, const QString &heading, const QString &when,
               const QString &body)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:8px;\"><tr>"
           "<td width=\"4\" bgcolor=\"%1\"></td>"
           "<td bgcolor=\"%2\" style=\"padding:6px 10px;\">"
           "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td style=\"font-weight:600;\">%3</td>"
           "<td align=\"right\" style=\"color:%6; white-space:nowrap;\">&nbsp;&nbsp;%4</td></tr></table>"
           "<div style=\"margin-top:3px;\">%5</div></td></tr></table>"_s
        .arg(strip.name(), tint(strip, palette).name(), capitalized(heading), when, body,
             statusColor(StatusTone::Neutral, palette).name());
}

QString quietLine(const QString &text, const QString &when, const QPalette &palette)
{
    return u"<p style=\"margin-top:6px; margin-bottom:0; color:%3;\">%1&nbsp;&nbsp;·&nbsp;&nbsp;%2</p>"_s.arg(
        capitalized(text), when, statusColor(StatusTone::Neutral, palette).name());
}

} // namespace

TicketConversation::TicketConversation(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"conversation"_s);
    setOpenLinks(false);
    document()->setDocumentMargin(10);
}

void TicketConversation::setEntries(const QList<TicketLogEntry> &entries)
{
    const bool grew = entries.size() != m_entries.size();
    m_entries = entries;
    const int kept = verticalScrollBar()->value();
    render();
    // The newest entry is at the bottom: show it when something was added,
    // else stay where the reader is (once the document has its layout).
    QTimer::singleShot(0, this, [this, grew, kept] {
        verticalScrollBar()->setValue(grew ? verticalScrollBar()->maximum() : kept);
    });
}

void TicketConversation::render()
{
    QString html;
    for (const TicketLogEntry &e : m_entries)
        html += entryHtml(e);
    setHtml(html);
}

QString TicketConversation::entryHtml(const TicketLogEntry &e) const
{
    const QString when = TicketLabels::dateTime(e.at).toHtmlEscaped();
    const QString who = (e.userName.isEmpty() ? tr("someone") : e.userName).toHtmlEscaped();
    const QPalette pal = palette();
    const auto quiet = [&pal](const QString &text, const QString &when) { return quietLine(text, when, pal); };
    if (e.kind == u"reply"_s)
        return bubble(QColor(0x2f, 0x6f, 0xd6), pal, tr("%1 replied to the client").arg(who), when, bodyHtml(e.body));
    if (e.kind == u"note"_s)
        return bubble(QColor(0xc9, 0xa2, 0x27), pal, tr("Internal note by %1 (not sent)").arg(who), when,
                      bodyHtml(e.body));
    if (e.kind == u"contact"_s) {
        const QString channel = TicketLabels::channelKey(e.channel).toHtmlEscaped();
        return bubble(QColor(0x2e, 0x8b, 0x57), pal, tr("%1 logged a contact with the client (%2)").arg(who, channel),
                      when, bodyHtml(e.body));
    }
    if (e.kind == u"created"_s) {
        const QString channel = TicketLabels::channelKey(e.channel).toHtmlEscaped();
        const QString heading = channel.isEmpty() ? tr("Request recorded by %1").arg(who)
                                                  : tr("Request recorded by %1, via %2").arg(who, channel);
        return bubble(QColor(0x8a, 0x8a, 0x8a), pal, heading, when,
                      e.body.isEmpty() ? tr("<i>No description.</i>") : bodyHtml(e.body));
    }
    if (e.kind == u"formalized"_s)
        return bubble(QColor(0x7b, 0x4f, 0xc9), pal, tr("%1 wrote the formal statement").arg(who), when,
                      bodyHtml(e.body));
    if (e.kind == u"status"_s && e.status)
        return quiet(tr("%1 set the status to %2").arg(who, TicketLabels::status(*e.status).toHtmlEscaped()), when);
    if (e.kind == u"priority"_s && e.priority)
        return quiet(tr("%1 set the priority to %2").arg(who, TicketLabels::priority(*e.priority).toHtmlEscaped()),
                         when);
    if (e.kind == u"assigned"_s)
        return quiet(e.body.isEmpty() ? tr("%1 changed the assignee").arg(who)
                                          : tr("%1 assigned the ticket: %2").arg(who, e.body.toHtmlEscaped()),
                         when);
    if (e.kind == u"category"_s)
        return quiet(e.body.isEmpty() ? tr("%1 removed the category").arg(who)
                                          : tr("%1 set the category to %2").arg(who, e.body.toHtmlEscaped()),
                         when);
    if (e.kind == u"deadline"_s) {
        // The body holds the agreed instant as ISO 8601 UTC ("" when removed).
        const QDateTime deadline = QDateTime::fromString(e.body, Qt::ISODate);
        return quiet(deadline.isValid()
                             ? tr("%1 agreed the deadline with the client: %2")
                                   .arg(who, TicketLabels::dateTime(deadline.toSecsSinceEpoch()).toHtmlEscaped())
                             : tr("%1 removed the agreed deadline").arg(who),
                         when);
    }
    if (e.kind == u"confirmed"_s)
        return quiet(tr("The client confirmed the statement (%1), recorded by %2")
                             .arg(TicketLabels::channelKey(e.channel).toHtmlEscaped(), who),
                         when);
    if (e.kind == u"client_suspended"_s)
        return quiet(tr("The client was suspended for debt: the SLA clock is paused"), when);
    if (e.kind == u"client_restored"_s)
        return quiet(tr("The client was restored: the SLA clock runs again"), when);
    return quiet(bodyHtml(e.body.isEmpty() ? e.kind : e.body), when);
}

void TicketConversation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QTextBrowser::changeEvent(event);
}

} // namespace rapport
