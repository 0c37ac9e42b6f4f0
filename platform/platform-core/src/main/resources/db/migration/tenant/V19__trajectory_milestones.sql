-- The day each phase of a trajectory began, for the reports (batch-jobs): a past period is
-- reported with the phase each trajectory had at the end of that period, read from these
-- days (referred, intake started, first plan drafted, first plan agreed, aftercare started,
-- handover started, closed), not with today's phase. Read only.
create view trajectory_milestone as
select t.id, t.kind, t.lse_worker, t.closure_reason, t.referred_on, t.intake_started_on as intake_on,
	p.planning_on, p.agreed_on, a.starts_on as aftercare_on, h.started_on as handover_on, h.accepted_on,
	h.receiver_kind, t.closed_on
from trajectory t
left join (select trajectory_id, min((drafted_at at time zone 'Europe/Amsterdam')::date) as planning_on,
		min(agreed_on) as agreed_on
	from action_plan group by trajectory_id) p on p.trajectory_id = t.id
left join aftercare a on a.id = t.aftercare_id
left join handover h on h.id = t.handover_id;

revoke insert, update, delete on trajectory_milestone from ${tenant_role};
