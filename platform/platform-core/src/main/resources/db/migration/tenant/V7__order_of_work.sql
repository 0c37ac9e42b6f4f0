-- Case work IV: LSE's order of work. Aftercare comes before the handover (SUPPORT ->
-- AFTERCARE -> HANDOVER -> CLOSED), help questions get a status, the handover's acceptance
-- closes the trajectory, and the local partner chosen during aftercare is recorded.
--
-- Trajectories of the earlier order (SUPPORT -> HANDOVER -> AFTERCARE) map as follows
-- (docs/case-work.md, "Migrating to the order of work"):
--   REFERRED, INTAKE, PLANNING, SUPPORT   unchanged; their help questions are OPEN
--   HANDOVER, not yet accepted            stays HANDOVER and ends under the new rules (its
--                                         acceptance closes it); help questions DONE
--   HANDOVER, accepted                    CLOSED as HANDED_OVER on the day of acceptance
--   AFTERCARE (after an accepted handover) stays AFTERCARE; closing it needs no reason
--   CLOSED after aftercare                closure reason HANDED_OVER (it was handed over)

create table help_question (
	id uuid primary key,
	trajectory_id uuid not null references trajectory (id),
	number integer not null check (number between 1 and 50),
	text text not null check (length(trim(text)) between 1 and 1000),
	status text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
	reason text check (length(reason) <= 2000),
	check (status <> 'DROPPED' or reason is not null),
	unique (trajectory_id, number)
);

insert into help_question (id, trajectory_id, number, text, status)
select gen_random_uuid(), t.id, q.number, left(trim(q.text), 1000),
	case when t.phase in ('HANDOVER', 'AFTERCARE', 'CLOSED') then 'DONE' else 'OPEN' end
from trajectory t cross join lateral unnest(t.help_questions) with ordinality as q(text, number)
where length(trim(q.text)) > 0 and q.number <= 50;

alter table trajectory drop column help_questions;

alter table trajectory drop constraint trajectory_closure_reason_check;
update trajectory set closure_reason = 'HANDED_OVER'
where closure_reason in ('AFTERCARE_COMPLETED', 'AFTERCARE_ENDED');
update trajectory t set phase = 'CLOSED', closure_reason = 'HANDED_OVER', closed_on = h.accepted_on
from handover h
where h.id = t.handover_id and t.phase = 'HANDOVER' and h.accepted_on is not null;
alter table trajectory add constraint trajectory_closure_reason_check
	check (closure_reason in ('CONSENT_WITHDRAWN', 'NO_HANDOVER_POSSIBLE', 'HANDED_OVER'));

alter table aftercare add column local_partner_organisation_id uuid;
