-- The tenant catalog. Runs as the migrator login, which owns schema platform.
create table tenant (
	code text primary key check (code ~ '^gm[0-9]{4}$'),
	name text not null check (length(trim(name)) > 0),
	status text not null default 'PROVISIONING'
		check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDING')),
	schema_version text,
	maintenance boolean not null default false,
	maintenance_reason text,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

comment on table tenant is 'Municipalities (tenants) of this installation; see docs/database.md';

grant usage on schema platform to ${app_role}, ${admin_role}, ${provisioner_role};
grant select on tenant to ${app_role};
grant select, insert on tenant to ${admin_role};
grant update (name, status, updated_at) on tenant to ${admin_role};
grant select, update (schema_version, updated_at) on tenant to ${provisioner_role};
