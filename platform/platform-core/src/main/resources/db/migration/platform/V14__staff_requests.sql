-- Changes to LSE's own staff reach every municipality (an LSE worker, coordinator, manager or
-- administrator works across tenants), so they take two administrators: one asks, another
-- approves, and the approval is carried out in Keycloak with the approver's own token
-- (tenant-admin's service account may not grant these roles; docs/tenant-admin.md).
-- A request is never deleted: it stays as PENDING, APPROVED, REJECTED or FAILED.
create table staff_request (
	id uuid primary key,
	requested_at timestamptz not null default statement_timestamp(),
	requested_by text not null check (length(requested_by) between 1 and 200),
	email text not null check (length(email) between 3 and 254),
	name text not null check (length(name) between 1 and 200),
	role text not null check (role in ('lse-worker', 'lse-coordinator', 'lse-management', 'lse-admin')),
	team text check (team ~ '^[a-z][a-z0-9-]{0,39}$'),
	state text not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REJECTED', 'FAILED')),
	user_id text check (length(user_id) <= 64),
	decided_at timestamptz,
	decided_by text check (length(decided_by) <= 200),
	detail text check (length(detail) <= 500),
	check ((state = 'PENDING') = (decided_by is null)),
	-- four eyes, also against a bug in the app
	check (decided_by is null or decided_by <> requested_by)
);

create index staff_request_pending on staff_request (requested_at) where state = 'PENDING';

grant select, insert, update on staff_request to ${admin_role};
