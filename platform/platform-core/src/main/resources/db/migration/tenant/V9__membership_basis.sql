-- Every case team membership records its basis: the family's consent, a legal task, or a
-- covenant (such as the Zorg- en Veiligheidshuis covenant). Withdrawing consent ends the
-- memberships that rest on consent, not the others.
--
-- Existing memberships: chain partners were ended by the earlier rule whenever consent to
-- share with partners was withdrawn, so they rested on consent (CONSENT); everyone else
-- works on the municipality's legal task or LSE's commission (LEGAL_TASK).
alter table case_member add column basis text check (basis in ('CONSENT', 'LEGAL_TASK', 'COVENANT'));
update case_member set basis = case when kind = 'CHAIN_PARTNER' then 'CONSENT' else 'LEGAL_TASK' end;
alter table case_member alter column basis set not null;
