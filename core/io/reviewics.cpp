#include "reviewics.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

icaltimetype dateValue(QDate date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.is_date = 1;
    return t;
}

QString description(const Review &r)
{
    QStringList lines;
    lines << QCoreApplication::translate("ReviewIcs", "Client: %1").arg(r.clientName);
    if (!r.managerName.isEmpty())
        lines
            << QCoreApplication::translate("ReviewIcs", "Account manager: %1 <%2>").arg(r.managerName, r.managerEmail);
    lines << QCoreApplication::translate("ReviewIcs",
        "Agenda: progress of the work, problems found and the plan to fix them, "
        "the client's satisfaction.");
    return lines.join(u'\n');
}

} // namespace

QByteArray ReviewIcs::uid(const Review &review)
{
    return "rapport-review-" + QByteArray::number(review.id.value) + "-client-"
        + QByteArray::number(review.clientId.value) + "@rapport.local";
}

Result<QByteArray> ReviewIcs::build(const QList<Review> &reviews, qint64 stampSecs)
{
    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new_vcalendar());
    if (!calendar)
        return fail(QCoreApplication::translate("ReviewIcs", "Cannot create the calendar."));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Rapport//Client reviews//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const icaltimetype stamp = icaltime_from_timet_with_zone(time_t(stampSecs), 0, icaltimezone_get_utc_timezone());
    for (const Review &r : reviews) {
        if (!r.scheduledOn.isValid())
            continue;
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(uid(r).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(dateValue(r.scheduledOn)));
        icalcomponent_add_property(event, icalproperty_new_dtend(dateValue(r.scheduledOn.addDays(1))));
        const QString summary
            = QCoreApplication::translate("ReviewIcs", "%1: %2").arg(reviewKindTitle(r.kind), r.clientName);
        icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_description(description(r).toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return fail(QCoreApplication::translate("ReviewIcs", "Cannot write the calendar: %1")
                        .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    QByteArray bytes(text);
    std::free(text);
    return bytes;
}

Result<int> ReviewIcs::exportTo(const QString &path, UserId manager) const
{
    ReviewQuery query;
    query.status = ReviewStatus::Scheduled;
    query.manager = manager;
    query.limit = 500;
    ReviewRepository repository(m_db);
    QList<Review> reviews;
    for (QList<Review> page = repository.list(query); !page.isEmpty(); page = repository.list(query)) {
        reviews << page;
        query.afterDate = page.last().scheduledOn;
        query.afterId = page.last().id.value;
    }
    auto text = build(reviews, Clock::nowSecs());
    if (!text)
        return fail(text.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ReviewIcs", "Cannot write %1: %2").arg(path, file.errorString()));
    file.write(*text);
    if (!file.commit())
        return fail(QCoreApplication::translate("ReviewIcs", "Cannot write %1: %2").arg(path, file.errorString()));
    return int(reviews.size());
}

} // namespace rapport
