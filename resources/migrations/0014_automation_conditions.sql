-- Automation rules with conditions, business-day offsets and a task action
-- (DESIGN "Automation": "rules: trigger, conditions, actions").
--   conditions: a JSON object the record must match for the rule to fire on
--     it; every key is optional, '{}' matches every record: "priorities"
--     (ticket priority keys), "channels" (ticket channel keys), "client_ids"
--     (client ids) and "tariff" ("any", "with" or "without" a tariff);
--     core/automation/ruleconditions.h reads and checks it.
--   business_days: 1 when offset_days counts business days on the client's
--     calendar (a reminder "3 working days before the invoice is due"), 0
--     for calendar days.
--   action: 'message' queues a message from the rule's template to its
--     recipient; 'task' creates a task for task_owner instead.
--   task_owner: the staff member who owns the task, with the staff keys of
--     recipient ('staff:assignee', 'staff:account_manager'); '' for a message.
-- Only columns are added: the rows and the references to the table stay.
ALTER TABLE automation_rules ADD COLUMN conditions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE automation_rules ADD COLUMN business_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE automation_rules ADD COLUMN action TEXT NOT NULL DEFAULT 'message' CHECK (action IN ('message', 'task'));
ALTER TABLE automation_rules ADD COLUMN task_owner TEXT NOT NULL DEFAULT '';
