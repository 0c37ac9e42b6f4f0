-- LSE's own records (self-referrals before the family agreed that the municipality is told)
-- get a schema of their own, provisioned and migrated like a municipality's: the catalog
-- holds it under the reserved code 'lse', which no municipality's CBS code can be.
alter table tenant drop constraint tenant_code_check;
alter table tenant add constraint tenant_code_check check (code ~ '^gm[0-9]{4}$' or code = 'lse');

-- LSE's own records have an audit trail like a municipality's, sealed into a chain of their own
alter table audit_chain drop constraint audit_chain_tenant_code_check;
alter table audit_chain add constraint audit_chain_tenant_code_check
	check (tenant_code ~ '^gm[0-9]{4}$' or tenant_code = 'lse');
