-- Runs as the tenant's owner role in its own schema (search_path is the tenant schema).
-- Default privileges give ${tenant_role} SELECT/INSERT/UPDATE/DELETE on new tables; tables
-- that must be append-only or hidden revoke them explicitly.

revoke all on flyway_schema_history from ${tenant_role};

create table tenant_setting (
	name text primary key check (name ~ '^[a-z][a-z0-9.-]{0,99}$'),
	value text not null,
	version bigint not null default 0,
	updated_at timestamptz not null default now()
);

comment on table tenant_setting is 'Settings of this municipality, e.g. its retention period';

insert into tenant_setting (name, value) values ('retention.closed-cases.years', '5');
