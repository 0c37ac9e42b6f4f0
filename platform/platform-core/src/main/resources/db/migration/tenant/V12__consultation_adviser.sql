-- A consultation's adviser sees the consultation and the case's metadata, not its persons,
-- plans or contacts, and loses that sight when the consultation closes: a membership of
-- its own kind, ADVISER.
--
-- Existing memberships: an LSE worker who came onto a case by taking a consultation (role
-- 'Adviseur') and carries no trajectory of the case becomes its ADVISER; that membership
-- ends where every consultation the worker took on the case has closed.
alter table case_member drop constraint case_member_kind_check;
alter table case_member add constraint case_member_kind_check
	check (kind in ('CASE_DIRECTOR', 'MUNICIPALITY_STAFF', 'CHAIN_PARTNER', 'LSE_WORKER', 'ADVISER'));

update case_member m set kind = 'ADVISER'
where m.kind = 'LSE_WORKER' and m.role_on_case = 'Adviseur'
	and not exists (select 1 from trajectory t where t.case_id = m.case_id and t.lse_worker = m.subject);

update case_member m set end_date = current_date, end_reason = 'Consultatie gesloten'
where m.kind = 'ADVISER' and m.end_date is null
	and not exists (select 1 from consultation q where q.case_id = m.case_id and q.lse_worker = m.subject
		and q.status <> 'CLOSED');
