-- The tenant catalog. Runs as the migrator login, which owns schema platform.
create table tenant (
	code text primary key check (code ~ '^gm[0-9]{4}$'),
	name text not null check (length(trim(name)) > 0),
	status text not null default 'PROVISIONING'
		check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDING')),
	schema_version text,
	maintenance boolean not null default false,
	maintenance_reason text,
	activated_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

comment on table tenant is 'Municipalities (tenants) of this installation; see docs/database.md';

-- The lifecycle, enforced for every login that may change a status: PROVISIONING -> ACTIVE,
-- ACTIVE <-> SUSPENDED, ACTIVE/SUSPENDED -> OFFBOARDING. activated_at is set once, by this
-- trigger, and never changes, so a tenant that was ever open cannot pose as a failed
-- provisioning (which may be dropped).
create function tenant_lifecycle() returns trigger
language plpgsql set search_path = pg_catalog, pg_temp as $fn$
begin
	if tg_op = 'INSERT' then
		if new.status <> 'PROVISIONING' or new.activated_at is not null then
			raise exception 'a tenant starts as PROVISIONING' using errcode = '23514';
		end if;
		return new;
	end if;
	if new.activated_at is distinct from old.activated_at then
		raise exception 'activated_at cannot be changed' using errcode = '23514';
	end if;
	if new.status is distinct from old.status then
		if not ((old.status = 'PROVISIONING' and new.status = 'ACTIVE')
				or (old.status = 'ACTIVE' and new.status in ('SUSPENDED', 'OFFBOARDING'))
				or (old.status = 'SUSPENDED' and new.status in ('ACTIVE', 'OFFBOARDING'))) then
			raise exception 'tenant % cannot go from % to %', old.code, old.status, new.status using errcode = '23514';
		end if;
		if new.status = 'ACTIVE' and old.activated_at is null then
			new.activated_at := now();
		end if;
	end if;
	return new;
end
$fn$;

create trigger tenant_lifecycle before insert or update on tenant
	for each row execute function tenant_lifecycle();

grant usage on schema platform to ${app_role}, ${admin_role}, ${provisioner_role};
grant select on tenant to ${app_role};
grant select, insert on tenant to ${admin_role};
grant update (name, status, updated_at) on tenant to ${admin_role};
grant select on tenant to ${provisioner_role};
revoke all on function tenant_lifecycle() from public;
