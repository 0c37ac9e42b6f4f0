-- The LSE central office across municipalities, without opening every tenant schema: per
-- municipality its caseload figures, the requests nobody has taken (ids, kinds, references
-- and dates only), kept in step by platform-app after each committed change; and the register
-- of peer-contact meetings (participants are linked only from their own case, never here).
create table tenant_caseload (
	tenant_code text primary key check (tenant_code ~ '^gm[0-9]{4}$'),
	open_cases integer not null,
	overdue_contacts integer not null,
	unassigned_requests integer not null,
	updated_at timestamptz not null default now()
);

create table unassigned_request (
	tenant_code text not null check (tenant_code ~ '^gm[0-9]{4}$'),
	item_id uuid not null,
	item_kind text not null check (item_kind in ('TRAJECTORY', 'CONSULTATION')),
	service text not null check (service ~ '^[A-Z_]{1,40}$'),
	reference text check (reference ~ '^GM[0-9]{4}-[0-9]{4}-[0-9]{4,}$'),
	since date not null,
	primary key (tenant_code, item_id)
);

create index unassigned_request_since on unassigned_request (since);

create table peer_meeting (
	id uuid primary key,
	held_on date not null,
	region text not null check (length(trim(region)) between 1 and 100),
	facilitator text not null check (length(trim(facilitator)) between 1 and 200),
	participants integer not null check (participants between 0 and 500),
	recorded_by text not null,
	recorded_at timestamptz not null default now()
);

create index peer_meeting_held on peer_meeting (held_on desc);

grant select, insert, update, delete on tenant_caseload, unassigned_request to ${app_role};
grant select, insert on peer_meeting to ${app_role};
