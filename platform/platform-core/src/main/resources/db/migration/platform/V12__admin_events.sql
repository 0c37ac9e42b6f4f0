-- What LSE's administrators did in tenant-admin (who, what, which tenant, when, outcome):
-- append-only for the admin login, shown on tenant-admin's page and exported from there.
create table admin_event (
	id bigint generated always as identity primary key,
	occurred_at timestamptz not null default statement_timestamp(),
	actor text not null check (length(actor) between 1 and 200),
	action text not null check (action ~ '^[A-Z_]{1,40}$'),
	tenant_code text check (tenant_code ~ '^gm[0-9]{4}$'),
	target text check (length(target) <= 254),
	outcome text not null check (outcome in ('OK', 'REFUSED', 'FAILED')),
	detail text check (length(detail) <= 500)
);

create index admin_event_time on admin_event (occurred_at desc);

grant select, insert on admin_event to ${admin_role};
