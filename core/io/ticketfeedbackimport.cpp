#include "ticketfeedbackimport.h"

#include "domain/ticketworkflow.h"
#include "importrun.h"
#include "storage/ticketrepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QList<ImportColumns::Field> fields()
{
    return { { u"ticket"_s,
                 { u"ticket_id"_s, u"ticket id"_s, u"ticket number"_s, u"id"_s, u"number"_s, u"№"_s, u"заявка"_s,
                     u"номер заявки"_s, u"номер"_s, u"өтінім"_s, u"өтінім нөмірі"_s },
                 true },
        { u"feedback"_s,
            { u"rating"_s, u"result"_s, u"оценка"_s, u"отзыв"_s, u"обратная связь"_s, u"баға"_s, u"пікір"_s }, true },
        { u"reason"_s, { u"comment"_s, u"why"_s, u"причина"_s, u"комментарий"_s, u"себеп"_s, u"түсініктеме"_s },
            false } };
}

} // namespace

QString TicketFeedbackImport::parseFeedback(const QString &text)
{
    static const QHash<QString, QString> words { { u"liked"_s, u"liked"_s }, { u"like"_s, u"liked"_s },
        { u"yes"_s, u"liked"_s }, { u"+"_s, u"liked"_s }, { u"1"_s, u"liked"_s }, { u"понравилось"_s, u"liked"_s },
        { u"да"_s, u"liked"_s }, { u"ұнады"_s, u"liked"_s }, { u"иә"_s, u"liked"_s },
        { u"not_liked"_s, u"not_liked"_s }, { u"not liked"_s, u"not_liked"_s }, { u"not-liked"_s, u"not_liked"_s },
        { u"dislike"_s, u"not_liked"_s }, { u"disliked"_s, u"not_liked"_s }, { u"no"_s, u"not_liked"_s },
        { u"-"_s, u"not_liked"_s }, { u"−"_s, u"not_liked"_s }, { u"0"_s, u"not_liked"_s },
        { u"не понравилось"_s, u"not_liked"_s }, { u"нет"_s, u"not_liked"_s }, { u"ұнамады"_s, u"not_liked"_s },
        { u"жоқ"_s, u"not_liked"_s } };
    return words.value(text.simplified().toLower());
}

Result<ImportSummary> TicketFeedbackImport::run(const QByteArray &data, const ImportOptions &options)
{
    ImportRun run(data, options, fields());
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    if (!run.isUsable())
        return run.finish(tx);
    TicketRepository tickets(m_db);
    QHash<qint64, int> seen;
    const ImportColumns &columns = run.columns();
    int done = 0;
    for (const CsvReader::Row &row : run.rows()) {
        if (run.cancelled(done++))
            break;
        if (!run.beginRow(row))
            continue;
        const auto value = [&](const QString &key) { return columns.value(row.fields, key); };
        QString number = value(u"ticket"_s);
        if (number.startsWith(u'#'))
            number.remove(0, 1);
        bool ok = false;
        const qint64 id = number.toLongLong(&ok);
        std::optional<Ticket> ticket;
        if (!ok || id <= 0) {
            run.error(u"ticket"_s,
                QCoreApplication::translate("TicketFeedbackImport", "\"%1\" is not a ticket number")
                    .arg(value(u"ticket"_s)));
        } else if (const int first = seen.value(id); first > 0) {
            run.error(u"ticket"_s,
                QCoreApplication::translate("TicketFeedbackImport", "ticket %1 is already on line %2")
                    .arg(id)
                    .arg(first));
        } else {
            seen.insert(id, row.line);
            ticket = tickets.byId(TicketId(id));
            if (!ticket)
                run.error(u"ticket"_s, QCoreApplication::translate("TicketFeedbackImport", "no ticket %1").arg(id));
        }
        const QString key = parseFeedback(value(u"feedback"_s));
        if (key.isEmpty())
            run.error(u"feedback"_s,
                QCoreApplication::translate("TicketFeedbackImport", "\"%1\" is neither liked nor not_liked")
                    .arg(value(u"feedback"_s)));
        const QString reason = value(u"reason"_s);
        if (!run.rowOk())
            continue;
        const Feedback feedback = *TicketWorkflow::feedbackFromKey(key);
        if (Status s = TicketWorkflow::checkFeedback(*ticket, feedback, reason); !s) {
            run.error(
                feedback == Feedback::NotLiked && reason.trimmed().isEmpty() ? u"reason"_s : u"ticket"_s, s.error());
            continue;
        }
        if (!run.writing())
            continue;
        if (ticket->feedback == feedback
            && ticket->feedbackReason == (feedback == Feedback::NotLiked ? reason.trimmed() : QString())) {
            ++run.summary().unchanged;
            continue;
        }
        if (Status s = tickets.setFeedback(ticket->id, feedback, reason); !s) {
            run.error(u"ticket"_s, s.error());
            continue;
        }
        if (ticket->feedback)
            ++run.summary().updated;
        else
            ++run.summary().created;
    }
    return run.finish(tx);
}

} // namespace rapport
