-- Onboarding a municipality (tenant-admin): one row per tenant code holds the request and the
-- step reached, so a run that failed anywhere is finished by the next one and two runs for
-- the same code meet here (the primary key, then an advisory lock while a run works).
-- The steps, in order: REQUESTED, SCHEMA (catalog row, roles, schema, migrations), ORGANIZATION
-- (Keycloak organization, alias = tenant code), ROLE_GROUPS (its municipality groups),
-- FIRST_DIRECTOR (the first case director, a member in the case-director group with required
-- actions), ACTIVE (the catalog opens the tenant). Later lifecycle steps (suspending,
-- offboarding, mergers) change platform.tenant.status; this table only records how a tenant came in.
create table onboarding (
	tenant_code text primary key check (tenant_code ~ '^gm[0-9]{4}$'),
	name text not null check (length(trim(name)) between 1 and 200),
	retention_years integer not null check (retention_years between 1 and 30),
	director_name text not null check (length(trim(director_name)) between 1 and 200),
	director_email text not null check (length(director_email) <= 254 and director_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	step text not null default 'REQUESTED'
		check (step in ('REQUESTED', 'SCHEMA', 'ORGANIZATION', 'ROLE_GROUPS', 'FIRST_DIRECTOR', 'ACTIVE')),
	organization_id text,
	director_user_id text,
	attempts integer not null default 0,
	failed_step text,
	failure text check (length(failure) <= 500),
	requested_by text not null check (length(requested_by) between 1 and 200),
	requested_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	finished_at timestamptz
);

comment on table onboarding is 'How each municipality was onboarded by tenant-admin; see docs/tenant-admin.md';

grant select, insert, update (step, organization_id, director_user_id, attempts, failed_step, failure, updated_at,
	finished_at) on onboarding to ${admin_role};
