-- A user taken out of a municipality by tenant-admin: the tenant gate refuses that
-- municipality to every token of the user issued before revoked_at, so the removal takes
-- effect at the next request, not at the next token refresh. A token issued later reflects
-- Keycloak's memberships again (a user added back is let in with their next token).
create table membership_revocation (
	subject_id text not null check (length(subject_id) between 1 and 64),
	tenant_code text not null check (tenant_code ~ '^gm[0-9]{4}$'),
	revoked_at timestamptz not null default now(),
	revoked_by text not null check (length(revoked_by) between 1 and 200),
	primary key (subject_id, tenant_code)
);

grant select on membership_revocation to ${app_role};
grant select, insert, update (revoked_at, revoked_by) on membership_revocation to ${admin_role};
