-- A municipality's case director adds and removes the municipality's users from the portal.
-- The portal holds no Keycloak admin credentials (tenant-admin is the only app that does), so
-- it records the request here and tenant-admin carries it out with its service account, after
-- checking in Keycloak that the requester is still case director of that municipality
-- (docs/tenant-admin.md). The portal's login may only insert and read; tenant-admin records
-- the outcome. An insert wakes tenant-admin at once (NOTIFY); it also looks every 30 seconds.
create table user_request (
	id uuid primary key,
	requested_at timestamptz not null default statement_timestamp(),
	tenant_code text not null check (tenant_code ~ '^gm[0-9]{4}$'),
	requested_by text not null check (length(requested_by) between 1 and 64),
	requested_by_name text not null check (length(requested_by_name) between 1 and 200),
	action text not null check (action in ('ADD', 'REMOVE')),
	name text check (length(name) between 1 and 200),
	email text check (length(email) between 3 and 254),
	role text check (role in ('CASE_DIRECTOR', 'MUNICIPALITY_STAFF')),
	user_id text check (length(user_id) between 1 and 64),
	-- WORKING: taken by a tenant-admin replica at taken_at (taken again if it stays so for minutes)
	state text not null default 'PENDING' check (state in ('PENDING', 'WORKING', 'DONE', 'REFUSED', 'FAILED')),
	taken_at timestamptz,
	outcome text check (length(outcome) <= 500),
	done_at timestamptz,
	check ((action = 'ADD' and name is not null and email is not null and role is not null)
		or (action = 'REMOVE' and user_id is not null)),
	check ((state in ('PENDING', 'WORKING')) = (done_at is null))
);

create index user_request_open on user_request (requested_at) where state in ('PENDING', 'WORKING');
create index user_request_tenant on user_request (tenant_code, requested_at desc);

create function notify_user_request() returns trigger language plpgsql as $$
begin
	perform pg_notify('lse_user_request', new.id::text);
	return new;
end $$;

create trigger user_request_notify after insert on user_request
	for each row execute function notify_user_request();

-- a trigger function is not called by anyone (firing it needs no privilege)
revoke all on function notify_user_request() from public;

grant select, insert on user_request to ${app_role};
grant select, update (state, taken_at, outcome, done_at, user_id) on user_request to ${admin_role};
