-- Which partner organisation a user (Keycloak subject) works for in this municipality, and
-- since when. The organisation is a row of platform.partner_organisation; its id is kept
-- here without a foreign key because the tenant role may not reference platform tables.
create table partner_affiliation (
	subject text not null check (length(subject) between 1 and 64),
	partner_organisation_id uuid not null,
	since date not null,
	until date,
	recorded_by text not null,
	recorded_at timestamptz not null default now(),
	primary key (subject, since),
	check (until is null or until >= since)
);

create index partner_affiliation_current on partner_affiliation (subject) where until is null;
