-- The partner organisations this municipality works with (from the registry in
-- platform.partner_organisation): the municipality's own data, so it lives here. Written by
-- tenant-admin when LSE beheer links an organisation to the municipality; its users are then
-- invited into the municipality's chain-partner group and affiliated in partner_affiliation.
create table partner_link (
	partner_organisation_id uuid primary key,
	since date not null default current_date,
	recorded_by text not null check (length(recorded_by) between 1 and 200),
	recorded_at timestamptz not null default now()
);
