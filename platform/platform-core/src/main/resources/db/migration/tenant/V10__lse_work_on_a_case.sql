-- The LSE coordinator may know of (the metadata of) the cases LSE has work on, a
-- consultation or a trajectory, and never of the municipality's other cases. A case
-- remembers that LSE has (or had) work on it; existing cases are marked from their work.
alter table case_file add column lse_work boolean not null default false;
update case_file c set lse_work = true
where exists (select 1 from trajectory t where t.case_id = c.id)
	or exists (select 1 from consultation q where q.case_id = c.id);
