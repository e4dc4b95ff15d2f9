#pragma once

#include "automationrepository.h"

#include <memory>

namespace rapport {

// One evaluation of the automation rules as of an instant, on the caller's
// transaction (AutomationRepository::run holds it and the run lock). Each
// rule's trigger gives its occurrences: the records it follows and the day
// each fell due (a date trigger's date moved by the rule's offset, in
// calendar days or in business days on the client's calendar, within the
// catch-up window). The rule's conditions keep the records it is for; a
// record that does not match writes nothing, not even a firing. Each
// occurrence not fired before is acted on once: a message in the outbox or a
// task for its owner, with the firing that makes the run idempotent.
//
// preview() renders a template on a real record with the same steps, so the
// editor shows what the run would write.
class AutomationRun
{
public:
    AutomationRun(const Database &db, qint64 asOf, bool dryRun);
    ~AutomationRun();
    AutomationRun(const AutomationRun &) = delete;
    AutomationRun &operator=(const AutomationRun &) = delete;

    Status evaluate(const AutomationRule &rule);
    AutomationRunSummary summary() const;

    // `draft` rendered for `rule` on the latest record of its trigger
    // (preferring one that matches its conditions), in the draft's language.
    Result<TemplatePreview> preview(const AutomationRule &rule, const MessageTemplate &draft);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace rapport
