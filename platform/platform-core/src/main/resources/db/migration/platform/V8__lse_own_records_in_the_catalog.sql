-- LSE's own records (self-referrals before the family agreed that the municipality is told)
-- get a schema of their own, provisioned and migrated like a municipality's: the catalog
-- holds it under the reserved code 'lse', which no municipality's CBS code can be.
alter table tenant drop constraint tenant_code_check;
alter table tenant add constraint tenant_code_check check (code ~ '^gm[0-9]{4}$' or code = 'lse');
