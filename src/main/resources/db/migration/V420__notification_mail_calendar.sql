-- A mail may carry a calendar invitation (iCalendar text with METHOD:REQUEST, e.g. a demo-day slot): the dispatcher
-- sends it as a text/calendar part and as the attachment invite.ics. Text, not file bytes: one event, a few kB.
ALTER TABLE outbound_mail ADD COLUMN calendar VARCHAR(10000);
