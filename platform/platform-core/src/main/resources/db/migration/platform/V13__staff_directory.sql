-- LSE's staff directory, kept in step with Keycloak by tenant-admin (docs/tenant-admin.md):
-- every member of the lse organization with their LSE-wide role, e-mail and team (a region),
-- also before they first use the platform; people no longer in the organization stay as
-- inactive rows, because assignments and the access log name them. Rows the platform records
-- when a worker uses it (V7) keep working: their role is empty until the next sync.
alter table lse_staff alter column last_seen_on drop not null;
alter table lse_staff add column email text check (length(email) <= 254);
alter table lse_staff add column role text check (role in ('lse-worker', 'lse-coordinator', 'lse-management', 'lse-admin'));
alter table lse_staff add column team text check (length(team) between 1 and 100);
alter table lse_staff add column active boolean not null default true;
alter table lse_staff add column synced_at timestamptz;

-- The e-mail addresses of each municipality's users by role, for notifications (no names:
-- a notification names a reference, never a person). Replaced per municipality at every sync.
create table municipal_contact (
	tenant_code text not null check (tenant_code ~ '^gm[0-9]{4}$'),
	subject text not null check (length(subject) between 1 and 64),
	email text not null check (length(email) <= 254),
	role text not null check (role in ('case-director', 'municipality-staff', 'chain-partner')),
	synced_at timestamptz not null default now(),
	primary key (tenant_code, subject, role)
);

grant select, insert, update on lse_staff to ${admin_role};
grant select on municipal_contact to ${app_role};
grant select, insert, delete on municipal_contact to ${admin_role};
