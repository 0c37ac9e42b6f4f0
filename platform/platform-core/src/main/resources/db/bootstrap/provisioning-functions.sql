-- Provisioning functions in schema "provisioning", owned by <prefix>_provisioner (NOLOGIN,
-- CREATEROLE) and executable only by <prefix>_admin. Run while the session has SET ROLE to
-- the provisioner, inside the installation's transaction, so they never exist with another
-- owner or with PUBLIC execute. The prefix is derived from the owner's own name, so this
-- file is the same for every installation; every identifier is quoted with format('%I').
--
-- The functions only SELECT from platform.tenant (owned by the migrator), never write it, and
-- first check that it is a plain table without row security or rules and with built-in
-- column types: a policy, rule, view, cast or operator put there by a weaker role would
-- otherwise run with the provisioner's rights. Triggers do not fire on SELECT.

create or replace function provisioning.trusted_tenant_status(p_code text) returns text
language plpgsql stable security definer set search_path = pg_catalog, pg_temp as $fn$
declare
	v_status text;
	v_activated timestamptz;
begin
	if not exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'platform' and c.relname = 'tenant' and c.relkind = 'r'
			and not c.relrowsecurity and not c.relhasrules) then
		raise exception 'platform.tenant is not a plain table without row security and rules'
			using errcode = '42501';
	end if;
	-- built-in column types only: a type of the migrator's own could bring casts and operators
	if (select count(*) from pg_attribute where attrelid = 'platform.tenant'::regclass and not attisdropped
			and ((attname in ('code', 'status') and atttypid = 'text'::regtype)
				or (attname = 'activated_at' and atttypid = 'timestamptz'::regtype))) <> 3 then
		raise exception 'platform.tenant has unexpected column types' using errcode = '42501';
	end if;
	select status, activated_at into v_status, v_activated from only platform.tenant where code = p_code;
	if v_status = 'PROVISIONING' and v_activated is not null then
		return 'PROVISIONING_AFTER_ACTIVATION';
	end if;
	return v_status;
end
$fn$;

create or replace function provisioning.provision_tenant(p_code text) returns void
language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
declare
	v_prefix text := left(current_user, length(current_user) - length('_provisioner'));
	v_owner text;
	v_dml text;
	v_schema text;
begin
	if p_code is null or p_code !~ '^(gm[0-9]{4}|lse)$' then
		raise exception 'invalid tenant code: %', p_code using errcode = '22023';
	end if;
	if provisioning.trusted_tenant_status(p_code) is distinct from 'PROVISIONING'
			and provisioning.trusted_tenant_status(p_code) is distinct from 'ACTIVE' then
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

create or replace function provisioning.deprovision_tenant(p_code text) returns void
language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
declare
	v_prefix text := left(current_user, length(current_user) - length('_provisioner'));
	v_owner text;
	v_dml text;
begin
	if p_code is null or p_code !~ '^(gm[0-9]{4}|lse)$' then
		raise exception 'invalid tenant code: %', p_code using errcode = '22023';
	end if;
	-- OFFBOARDING, or a provisioning that never got as far as ACTIVE
	if provisioning.trusted_tenant_status(p_code) is distinct from 'OFFBOARDING'
			and provisioning.trusted_tenant_status(p_code) is distinct from 'PROVISIONING' then
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
end
$fn$;

revoke all on function provisioning.trusted_tenant_status(text) from public;
revoke all on function provisioning.provision_tenant(text) from public;
revoke all on function provisioning.deprovision_tenant(text) from public;
