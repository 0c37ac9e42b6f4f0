-- "The team is told" (docs/case-work.md, "Notices to the team"): when consent is withdrawn
-- or the case director withdraws a commission, everyone on the case team at that moment
-- (including the members whose membership ended with it) gets a notice on their start page
-- and on the case page. Written by a listener of the durable events, which may deliver an
-- event twice: (kind, source_id) is unique, so the second delivery adds nothing.
create table team_notice (
	id uuid primary key,
	case_id uuid not null references case_file (id),
	kind text not null check (kind in ('CONSENT_WITHDRAWN', 'COMMISSION_WITHDRAWN')),
	source_id uuid not null,
	trajectory_id uuid not null,
	trajectory_ended boolean not null,
	occurred_at timestamptz not null,
	unique (kind, source_id)
);

create index team_notice_case on team_notice (case_id, occurred_at desc);

-- who was on the team when it happened: a person by subject, or a chain partner's
-- organisation (every user affiliated with it sees the notice)
create table team_notice_recipient (
	notice_id uuid not null references team_notice (id) on delete cascade,
	subject text check (length(subject) between 1 and 64),
	partner_organisation_id uuid,
	check (subject is not null or partner_organisation_id is not null)
);

create index team_notice_recipient_subject on team_notice_recipient (subject);
create index team_notice_recipient_partner on team_notice_recipient (partner_organisation_id);
