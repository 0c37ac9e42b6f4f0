-- Self-referrals (zelfmeldingen, docs/case-work.md): a family that contacts LSE itself is
-- recorded in LSE's own schema (tenant code 'lse'), not in the municipality's, with only
-- what is needed to make contact and the municipality it concerns. Every schema runs the
-- same chain of migrations, so this table is created in LSE's schema only.
--   OPEN     recorded; the family has not yet said whether the municipality may know
--   MOVING   the family agreed; the move into the municipality's schema is under way
--   MOVED    the municipality has it as a signal (same id); LSE keeps no contact details
--   REFUSED  the family refused; LSE gives general advice only; destroyed after destroy_after
do $self_referrals$
begin
	if '${tenant_code}' <> 'lse' then
		return;
	end if;
	create table self_referral (
		id uuid primary key,
		municipality text not null check (municipality ~ '^gm[0-9]{4}$'),
		received_on date not null,
		contact_name text check (length(contact_name) between 1 and 200),
		contact_details text check (length(contact_details) between 1 and 200),
		note text check (length(note) <= 1000),
		status text not null check (status in ('OPEN', 'MOVING', 'MOVED', 'REFUSED')),
		recorded_by text not null,
		recorded_at timestamptz not null,
		decided_by text,
		decided_on date,
		destroy_after date,
		moved_at timestamptz,
		version bigint not null default 0,
		check (status = 'OPEN' or decided_on is not null),
		check (status <> 'MOVED' or (contact_name is null and contact_details is null and note is null
			and moved_at is not null)),
		check (status <> 'REFUSED' or destroy_after is not null),
		check (status = 'MOVED' or (contact_name is not null and contact_details is not null))
	);
	create index self_referral_open on self_referral (status, received_on);
	comment on table self_referral is 'Families that contacted LSE themselves, before the municipality may know';
end
$self_referrals$;
