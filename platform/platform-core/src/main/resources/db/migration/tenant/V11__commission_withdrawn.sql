-- The municipality may withdraw its commission: LSE's trajectory then closes as
-- COMMISSION_WITHDRAWN (the case stays the municipality's).
alter table trajectory drop constraint trajectory_closure_reason_check;
alter table trajectory add constraint trajectory_closure_reason_check
	check (closure_reason in ('CONSENT_WITHDRAWN', 'NO_HANDOVER_POSSIBLE', 'HANDED_OVER', 'COMMISSION_WITHDRAWN'));
