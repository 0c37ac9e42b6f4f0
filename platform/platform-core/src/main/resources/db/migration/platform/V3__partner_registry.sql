-- The registry of chain-partner organisations (name, kind), shared by all municipalities.
-- Which of them a municipality works with, and who works for which, is the municipality's
-- own data in its tenant schema (partner_affiliation).
create table partner_organisation (
	id uuid primary key default gen_random_uuid(),
	name text not null unique check (length(trim(name)) > 0),
	kind text not null check (kind in ('POLICE', 'YOUTH_CARE', 'MENTAL_HEALTH', 'PROBATION', 'SCHOOL',
		'SAFETY_HOUSE', 'SOCIAL_TEAM', 'OTHER')),
	created_at timestamptz not null default now()
);

grant select on partner_organisation to ${app_role};
grant select, insert, update on partner_organisation to ${admin_role};
