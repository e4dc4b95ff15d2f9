-- PostgreSQL 15 translation of ../0014_automation_conditions.sql (the SQLite
-- original, which stays the reference): the rules' conditions (a JSON object
-- as text), business-day offsets, the action (a message or a task) and the
-- task's owner, added at the end of automation_rules in the same order.
ALTER TABLE automation_rules ADD COLUMN conditions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE automation_rules ADD COLUMN business_days BIGINT NOT NULL DEFAULT 0;
ALTER TABLE automation_rules ADD COLUMN action TEXT NOT NULL DEFAULT 'message' CHECK (action IN ('message', 'task'));
ALTER TABLE automation_rules ADD COLUMN task_owner TEXT NOT NULL DEFAULT '';
