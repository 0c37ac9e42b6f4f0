-- Handover (overdracht) with its checklist, and aftercare (nazorg) with its scheduled contact
-- moments, of a trajectory. A trajectory closes after aftercare, or without a handover only
-- with the reason why none was possible (closure_note).

create table handover (
	id uuid primary key,
	receiver_kind text not null check (receiver_kind in ('MUNICIPALITY', 'LOCAL_PARTNER')),
	receiver text not null check (length(trim(receiver)) between 1 and 200),
	partner_organisation_id uuid,
	started_on date not null,
	started_by text not null,
	warm_handover_held_on date,
	family_informed_on date,
	file_transferred_on date,
	aftercare_partner_agreed_on date,
	accepted_on date,
	accepted_by text
);

create table aftercare (
	id uuid primary key,
	contact_kind text not null check (contact_kind in ('HOME_VISIT', 'OFFICE', 'PHONE', 'VIDEO', 'MESSAGE',
		'NETWORK_MEETING')),
	starts_on date not null,
	ends_on date not null,
	frequency_days integer not null check (frequency_days between 1 and 365),
	default_frequency_days integer not null,
	frequency_reason text check (length(frequency_reason) <= 1000),
	local_partner text check (length(local_partner) <= 200),
	agreed_by text not null,
	check (ends_on > starts_on),
	check (frequency_days = default_frequency_days or frequency_reason is not null)
);

create table aftercare_contact (
	id uuid primary key,
	aftercare_id uuid not null references aftercare (id),
	due_on date not null,
	done_on date,
	recorded_by text
);

create index aftercare_contact_open on aftercare_contact (due_on) where done_on is null;
create index aftercare_contact_aftercare on aftercare_contact (aftercare_id);

alter table trajectory add column handover_id uuid references handover (id);
alter table trajectory add column aftercare_id uuid references aftercare (id);
alter table trajectory add column closure_note text check (length(closure_note) <= 2000);
alter table trajectory drop constraint trajectory_closure_reason_check;
alter table trajectory add constraint trajectory_closure_reason_check
	check (closure_reason in ('CONSENT_WITHDRAWN', 'NO_HANDOVER_POSSIBLE', 'AFTERCARE_COMPLETED', 'AFTERCARE_ENDED'));
