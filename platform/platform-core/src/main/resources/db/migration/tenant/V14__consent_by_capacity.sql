-- Consent from the person it concerns or their legal representative (docs/case-work.md,
-- "Consent"), and the date a trajectory was referred, which no consent may precede.
--
-- Mapping of existing rows: every consent recorded before this version is taken as given by the
-- person themself (capacity SELF), because that is what the old form meant; the person's role and
-- year of birth are copied from the case's person, as they are now; a trajectory's referral date
-- is the day (in the Netherlands) its row was created.
alter table consent
	add column capacity text not null default 'SELF'
		check (capacity in ('SELF', 'PARENT_WITH_AUTHORITY', 'GUARDIAN')),
	add column given_by_name text check (length(trim(given_by_name)) between 1 and 200),
	add column person_role text check (person_role in ('PERSON_OF_CONCERN', 'PARENT', 'SIBLING', 'PARTNER', 'OTHER')),
	add column person_year_of_birth integer check (person_year_of_birth between 1900 and 2100),
	-- a representative is named; the person themself is not
	add constraint consent_representative_named check ((capacity = 'SELF') = (given_by_name is null));

update consent c set person_role = p.role, person_year_of_birth = p.year_of_birth
from person p where p.id = c.person_id;

alter table consent alter column person_role set not null, alter column capacity drop default;

alter table trajectory add column referred_on date;
update trajectory set referred_on = (created_at at time zone 'Europe/Amsterdam')::date;
alter table trajectory alter column referred_on set not null;
