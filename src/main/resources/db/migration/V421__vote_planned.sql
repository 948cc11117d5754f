-- A people's-choice vote may be planned ahead (issue 17): its window, rule and entry choice are set now, its entries
-- are taken when the window starts (by the scheduled job vote.plannedVotes), not when it is planned.
--   entries_taken_at  when the entries were taken: at creation for a vote opened directly (every existing vote), at
--                     the window's start for a planned one; null while a planned vote waits
--   planned           the organiser planned it (its entries are taken at the window's start)
--   cancelled_at      the organiser cancelled the planned vote before it opened
--   not_opened_at     the window started and there were no entries to take: the vote stays shut, the organiser is told
ALTER TABLE vote_poll ADD COLUMN entries_taken_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE vote_poll ADD COLUMN planned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE vote_poll ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE vote_poll ADD COLUMN not_opened_at TIMESTAMP WITH TIME ZONE;
UPDATE vote_poll SET entries_taken_at = created_at;
