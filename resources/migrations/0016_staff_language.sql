-- The language a staff member reads Rapport's messages and tasks in (DESIGN
-- "Automation": "a template in the contact's language"; for staff, their
-- own): 'ru', 'kk' or 'en', or '' for the team's default, the setting
-- automation.staff_language (itself 'ru' when absent). Only a column is
-- added: the rows and the references to the table stay.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'ru', 'kk', 'en'));
