-- Work lists: every trajectory and consultation with what the lists filter and sort on. A
-- view, so it can never fall out of step; every filter has an index underneath.
create view work_item as
select t.id as item_id, 'TRAJECTORY' as item_kind, t.kind as service, t.phase as phase, t.lse_worker,
	c.id as case_id, c.reference, c.severity, c.support_level, c.opened_on as since,
	coalesce(a.overdue_contacts, 0) as overdue_contacts, a.next_due_on
from trajectory t join case_file c on c.id = t.case_id
-- one pass over the open aftercare contacts, not a lookup per row
left join (select aftercare_id, count(*) filter (where due_on < current_date) as overdue_contacts,
		min(due_on) as next_due_on
	from aftercare_contact where done_on is null group by aftercare_id) a on a.aftercare_id = t.aftercare_id
union all
select q.id, 'CONSULTATION', 'CONSULTATION', q.status, q.lse_worker, c.id, c.reference, c.severity,
	c.support_level, (q.requested_at at time zone 'Europe/Amsterdam')::date, 0, null
from consultation q left join case_file c on c.id = q.case_id;

create index trajectory_kind_phase on trajectory (kind, phase);
create index trajectory_lse_worker on trajectory (lse_worker) where lse_worker is not null;
create index consultation_lse_worker on consultation (lse_worker) where lse_worker is not null;
create index case_file_severity on case_file (severity);
create index case_file_reference_prefix on case_file (reference text_pattern_ops);
create index trajectory_aftercare on trajectory (aftercare_id) where aftercare_id is not null;

revoke insert, update, delete on work_item from ${tenant_role};

-- The items one caller may see with the filters of a work list (need-to-know rules of
-- CasePolicy, in the query). A plain SQL function: the planner inlines it, indexes apply.
create function visible_work_items(p_all boolean, p_lse_worker boolean, p_staff boolean, p_subject text,
		p_organisation uuid, p_list text, p_service text, p_phase text, p_severity integer, p_overdue boolean,
		p_waiting_for_handover boolean, p_reference_prefix text)
returns setof work_item language sql stable as $fn$
	-- an untaken consultation request in the LSE queue of a worker not on its case shows no
	-- case: its case columns are blanked before any filter or sort can see them
	select * from (
		select w.item_id, w.item_kind, w.service, w.phase, w.lse_worker,
			case when k.known then w.case_id end as case_id, case when k.known then w.reference end as reference,
			case when k.known then w.severity end as severity,
			case when k.known then w.support_level end as support_level,
			w.since, w.overdue_contacts, w.next_due_on
		from work_item w cross join lateral (select p_all or exists (select 1 from case_member m
			where m.case_id = w.case_id and m.end_date is null and (
				(p_lse_worker and m.kind = 'LSE_WORKER' and m.subject = p_subject)
				or (p_staff and m.kind = 'MUNICIPALITY_STAFF' and m.subject = p_subject)
				-- a chain partner sees TEAM records only: trajectories, not the municipality's consultations
				or (m.kind = 'CHAIN_PARTNER' and m.partner_organisation_id = p_organisation
					and w.item_kind = 'TRAJECTORY'))) as known) k
		where k.known or (p_lse_worker and w.item_kind = 'CONSULTATION' and w.phase = 'REQUESTED')
	) w
	where (p_list <> 'MINE' or not p_lse_worker or w.lse_worker = p_subject)
	and (p_list <> 'UNASSIGNED' or (w.lse_worker is null and w.phase <> 'CLOSED'))
	and (p_service is null or w.service = p_service)
	and (p_phase is null or w.phase = p_phase)
	and (p_severity is null or w.severity = p_severity)
	and (not p_overdue or w.overdue_contacts > 0)
	and (not p_waiting_for_handover or w.phase = 'HANDOVER')
	and (p_reference_prefix is null or w.reference like p_reference_prefix)
$fn$;

revoke all on function visible_work_items(boolean, boolean, boolean, text, uuid, text, text, text, integer, boolean,
	boolean, text) from public;
grant execute on function visible_work_items(boolean, boolean, boolean, text, uuid, text, text, text, integer,
	boolean, boolean, text) to ${tenant_role};
