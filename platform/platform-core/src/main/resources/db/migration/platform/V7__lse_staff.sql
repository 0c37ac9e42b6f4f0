-- LSE's workers as the platform has seen them (docs/identity.md, "LSE staff"): the Keycloak
-- id and the name from their token, recorded when they use the platform, so that case
-- directors and the coordinator pick a worker by name instead of typing an account id, and
-- pages show who is assigned by name. Until tenant-admin keeps LSE's staff directory, this is
-- the list; a worker who never used the platform cannot be picked yet.
create table lse_staff (
	subject text primary key check (length(subject) between 1 and 64),
	display_name text not null check (length(trim(display_name)) between 1 and 200),
	last_seen_on date not null
);

grant select, insert, update on lse_staff to ${app_role};
