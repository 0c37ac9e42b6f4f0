-- Provisioning functions, owned by <prefix>_provisioner (NOLOGIN, CREATEROLE) and executable
-- only by <prefix>_admin. The prefix is derived from the owner's own name, so this file is
-- the same for every installation. Every identifier is quoted with format('%I').

create or replace function platform.provision_tenant(p_code text) returns void
language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
declare
	v_prefix text := left(current_user, length(current_user) - length('_provisioner'));
	v_owner text;
	v_dml text;
	v_schema text;
begin
	if p_code is null or p_code !~ '^gm[0-9]{4}$' then
		raise exception 'invalid tenant code: %', p_code using errcode = '22023';
	end if;
	if not exists (select 1 from platform.tenant where code = p_code and status in ('PROVISIONING', 'ACTIVE')) then
		raise exception 'tenant % is not registered as PROVISIONING or ACTIVE', p_code using errcode = '55000';
	end if;
	v_owner := v_prefix || '_tenant_' || p_code || '_owner';
	v_dml := v_prefix || '_tenant_' || p_code;
	v_schema := 'tenant_' || p_code;
	if not exists (select 1 from pg_roles where rolname = v_owner) then
		execute format('create role %I nologin noinherit', v_owner);
	end if;
	if not exists (select 1 from pg_roles where rolname = v_dml) then
		execute format('create role %I nologin noinherit', v_dml);
	end if;
	execute format('grant %I to %I', v_owner, current_user);
	execute format('create schema if not exists %I authorization %I', v_schema, v_owner);
	execute format('revoke all on schema %I from public', v_schema);
	execute format('grant usage on schema %I to %I', v_schema, v_dml);
	execute format('alter default privileges for role %I in schema %I grant select, insert, update, delete on tables to %I',
		v_owner, v_schema, v_dml);
	execute format('alter default privileges for role %I in schema %I grant usage, select on sequences to %I',
		v_owner, v_schema, v_dml);
	execute format('grant %I to %I', v_dml, v_prefix || '_app');
	execute format('grant %I to %I', v_owner, v_prefix || '_migrator');
end
$fn$;

create or replace function platform.deprovision_tenant(p_code text) returns void
language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
declare
	v_prefix text := left(current_user, length(current_user) - length('_provisioner'));
	v_owner text;
	v_dml text;
begin
	if p_code is null or p_code !~ '^gm[0-9]{4}$' then
		raise exception 'invalid tenant code: %', p_code using errcode = '22023';
	end if;
	if exists (select 1 from platform.tenant where code = p_code and status not in ('OFFBOARDING', 'PROVISIONING')) then
		raise exception 'tenant % must be OFFBOARDING before its schema and roles are dropped', p_code
			using errcode = '55000';
	end if;
	v_owner := v_prefix || '_tenant_' || p_code || '_owner';
	v_dml := v_prefix || '_tenant_' || p_code;
	if exists (select 1 from pg_roles where rolname = v_owner) then
		execute format('grant %I to %I', v_owner, current_user);
	end if;
	execute format('drop schema if exists %I cascade', 'tenant_' || p_code);
	execute format('drop role if exists %I', v_dml);
	execute format('drop role if exists %I', v_owner);
	update platform.tenant set schema_version = null, updated_at = now() where code = p_code;
end
$fn$;
