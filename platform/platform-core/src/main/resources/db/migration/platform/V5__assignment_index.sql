-- Which LSE worker is on which case in which municipality, with the phase of their work and
-- the aftercare due dates: no personal data, only ids, references, codes and dates. Kept in
-- step with the tenants' case teams by platform-app after every change, so that an LSE
-- worker's cases across municipalities are listed without opening every tenant schema.
create table assignment (
	tenant_code text not null check (tenant_code ~ '^gm[0-9]{4}$'),
	case_id uuid not null,
	lse_worker text not null check (length(lse_worker) between 1 and 64),
	reference text not null check (reference ~ '^GM[0-9]{4}-[0-9]{4}-[0-9]{4,}$'),
	phase text not null check (phase ~ '^[A-Z_]{1,40}$'),
	next_due_on date,
	overdue_contacts integer not null default 0,
	updated_at timestamptz not null default now(),
	primary key (tenant_code, case_id, lse_worker)
);

create index assignment_worker on assignment (lse_worker, next_due_on);

grant select, insert, update, delete on assignment to ${app_role};
