-- The municipality keeps the lead: its case director closes a case, with the reason, and
-- reopens it; LSE's work ending no longer closes a case by itself. Cases closed before
-- this change (with their last work) keep no reason.
alter table case_file add column closure_reason text check (length(closure_reason) <= 2000);
