-- Support is temporary (docs/case-work.md): SUPPORT starts with a planned end date, and the work
-- lists show a trajectory whose support ran past it as overdue. Trajectories already in SUPPORT
-- or later keep no date (mapping: null, never overdue) until LSE's worker sets one.
alter table trajectory add column support_ends_on date;

-- the work lists get the date and the overdue flag as their last columns; the function reads
-- the view's row type, so it is dropped and created again around the view
drop function visible_work_items(boolean, boolean, boolean, text, uuid, text, text, text, integer, boolean,
	boolean, text);

create or replace view work_item as
select t.id as item_id, 'TRAJECTORY' as item_kind, t.kind as service, t.phase as phase, t.lse_worker,
	c.id as case_id, c.reference, c.severity, c.support_level, c.opened_on as since,
	coalesce(a.overdue_contacts, 0) as overdue_contacts, a.next_due_on,
	t.support_ends_on, (t.phase = 'SUPPORT' and t.support_ends_on < current_date) as support_overdue
from trajectory t join case_file c on c.id = t.case_id
left join (select aftercare_id, count(*) filter (where due_on < current_date) as overdue_contacts,
		min(due_on) as next_due_on
	from aftercare_contact where done_on is null group by aftercare_id) a on a.aftercare_id = t.aftercare_id
union all
select q.id, 'CONSULTATION', 'CONSULTATION', q.status, q.lse_worker, c.id, c.reference, c.severity,
	c.support_level, (q.requested_at at time zone 'Europe/Amsterdam')::date, 0, null, null, false
from consultation q left join case_file c on c.id = q.case_id;

revoke insert, update, delete on work_item from ${tenant_role};

create index trajectory_support_ends on trajectory (support_ends_on) where phase = 'SUPPORT';

-- as in V6, with the two new columns, and "overdue" covering support past its planned end
create function visible_work_items(p_all boolean, p_lse_worker boolean, p_staff boolean, p_subject text,
		p_organisation uuid, p_list text, p_service text, p_phase text, p_severity integer, p_overdue boolean,
		p_waiting_for_handover boolean, p_reference_prefix text)
returns setof work_item language sql stable as $fn$
	select * from (
		select w.item_id, w.item_kind, w.service, w.phase, w.lse_worker,
			case when k.known then w.case_id end as case_id, case when k.known then w.reference end as reference,
			case when k.known then w.severity end as severity,
			case when k.known then w.support_level end as support_level,
			w.since, w.overdue_contacts, w.next_due_on, w.support_ends_on, w.support_overdue
		from work_item w cross join lateral (select p_all or exists (select 1 from case_member m
			where m.case_id = w.case_id and m.end_date is null and (
				(p_lse_worker and m.kind = 'LSE_WORKER' and m.subject = p_subject)
				or (p_staff and m.kind = 'MUNICIPALITY_STAFF' and m.subject = p_subject)
				or (m.kind = 'CHAIN_PARTNER' and m.partner_organisation_id = p_organisation
					and w.item_kind = 'TRAJECTORY'))) as known) k
		where k.known or (p_lse_worker and w.item_kind = 'CONSULTATION' and w.phase = 'REQUESTED')
	) w
	where (p_list <> 'MINE' or not p_lse_worker or w.lse_worker = p_subject)
	and (p_list <> 'UNASSIGNED' or (w.lse_worker is null and w.phase <> 'CLOSED'))
	and (p_service is null or w.service = p_service)
	and (p_phase is null or w.phase = p_phase)
	and (p_severity is null or w.severity = p_severity)
	and (not p_overdue or w.overdue_contacts > 0 or w.support_overdue)
	and (not p_waiting_for_handover or w.phase = 'HANDOVER')
	and (p_reference_prefix is null or w.reference like p_reference_prefix)
$fn$;

revoke all on function visible_work_items(boolean, boolean, boolean, text, uuid, text, text, text, integer, boolean,
	boolean, text) from public;
grant execute on function visible_work_items(boolean, boolean, boolean, text, uuid, text, text, text, integer,
	boolean, boolean, text) to ${tenant_role};
