-- Case work (docs/case-work.md): cases with their persons and team, signals and their
-- triage, consultations, and family support / individual guidance trajectories with consent,
-- action plans and contacts. Every record that is shown to someone carries a visibility.

create table case_reference_counter (
	year integer primary key,
	last_number integer not null
);

create table case_file (
	id uuid primary key,
	reference text not null unique check (reference ~ '^GM[0-9]{4}-[0-9]{4}-[0-9]{4,}$'),
	severity smallint not null check (severity between 1 and 4),
	support_level text not null check (support_level in ('LIGHT', 'MEDIUM', 'INTENSIVE')),
	status text not null check (status in ('OPEN', 'CLOSED')),
	opened_on date not null,
	opened_by text not null,
	closed_on date,
	version bigint not null default 0,
	created_at timestamptz not null default now()
);

create index case_file_status on case_file (status, opened_on desc);

create table person (
	id uuid primary key,
	case_id uuid not null references case_file (id),
	role text not null check (role in ('PERSON_OF_CONCERN', 'PARENT', 'SIBLING', 'PARTNER', 'OTHER')),
	name text not null check (length(trim(name)) between 1 and 200),
	year_of_birth integer check (year_of_birth between 1900 and 2100),
	contact text check (length(contact) <= 500),
	visibility text not null check (visibility in ('TEAM', 'MUNICIPALITY_AND_LSE', 'LSE_INTERNAL')),
	version bigint not null default 0
);

create index person_case on person (case_id);

-- The case team: who is on the case, in which role, why and from when to when.
create table case_member (
	id uuid primary key,
	case_id uuid not null references case_file (id),
	kind text not null check (kind in ('CASE_DIRECTOR', 'MUNICIPALITY_STAFF', 'CHAIN_PARTNER', 'LSE_WORKER')),
	subject text check (length(subject) between 1 and 64),
	partner_organisation_id uuid,
	role_on_case text not null check (length(role_on_case) between 1 and 100),
	reason text not null check (length(reason) between 1 and 500),
	start_date date not null,
	end_date date,
	end_reason text check (length(end_reason) <= 500),
	check (subject is not null or partner_organisation_id is not null),
	check (end_date is null or end_date >= start_date)
);

create index case_member_case on case_member (case_id) where end_date is null;
create index case_member_subject on case_member (subject, case_id) where end_date is null;
create index case_member_organisation on case_member (partner_organisation_id, case_id) where end_date is null;

create table consultation (
	id uuid primary key,
	case_id uuid references case_file (id),
	question text not null check (length(trim(question)) between 1 and 4000),
	status text not null check (status in ('REQUESTED', 'IN_PROGRESS', 'ADVISED', 'CLOSED')),
	requested_by text not null,
	requested_at timestamptz not null,
	lse_worker text,
	taken_at timestamptz,
	advice text check (length(advice) <= 8000),
	advised_at timestamptz,
	closed_at timestamptz,
	visibility text not null check (visibility in ('TEAM', 'MUNICIPALITY_AND_LSE', 'LSE_INTERNAL')),
	version bigint not null default 0
);

create index consultation_case on consultation (case_id);
create index consultation_status on consultation (status, requested_at);

create table trajectory (
	id uuid primary key,
	case_id uuid not null references case_file (id),
	kind text not null check (kind in ('FAMILY_SUPPORT', 'INDIVIDUAL_GUIDANCE')),
	phase text not null check (phase in ('REFERRED', 'INTAKE', 'PLANNING', 'SUPPORT', 'HANDOVER', 'AFTERCARE',
		'CLOSED')),
	self_referral boolean not null,
	commissioned_by text,
	commissioned_on date,
	lse_worker text,
	intake_started_on date,
	help_questions text[] not null default '{}',
	closure_reason text check (closure_reason ~ '^[A-Z_]{1,40}$'),
	closed_on date,
	created_at timestamptz not null default now(),
	version bigint not null default 0
);

create index trajectory_case on trajectory (case_id);
create index trajectory_phase on trajectory (phase);

create table consent (
	id uuid primary key,
	trajectory_id uuid not null references trajectory (id),
	person_id uuid not null references person (id),
	scope text not null check (scope in ('SUPPORT', 'SHARE_WITH_PARTNERS', 'CONTACT_SCHOOL', 'OTHER')),
	given_on date not null,
	recorded_by text not null,
	withdrawn_on date,
	withdrawal_recorded_by text,
	check (withdrawn_on is null or withdrawn_on >= given_on)
);

create index consent_trajectory on consent (trajectory_id);

-- Plan van aanpak: every change is a new version; one version is agreed with the family.
create table action_plan (
	id uuid primary key,
	trajectory_id uuid not null references trajectory (id),
	number integer not null,
	drafted_by text not null,
	drafted_at timestamptz not null,
	agreed_on date,
	agreed_with text check (length(agreed_with) <= 200),
	visibility text not null check (visibility in ('TEAM', 'MUNICIPALITY_AND_LSE', 'LSE_INTERNAL')),
	unique (trajectory_id, number)
);

create table action_plan_goal (
	action_plan_id uuid not null references action_plan (id),
	position integer not null,
	description text not null check (length(trim(description)) between 1 and 2000),
	primary key (action_plan_id, position)
);

create table action_plan_action (
	action_plan_id uuid not null references action_plan (id),
	position integer not null,
	goal_number integer not null,
	description text not null check (length(trim(description)) between 1 and 2000),
	owner text not null check (length(trim(owner)) between 1 and 200),
	due_on date,
	primary key (action_plan_id, position)
);

create table action_plan_evaluation (
	action_plan_id uuid not null references action_plan (id),
	position integer not null,
	evaluated_on date not null,
	summary text not null check (length(trim(summary)) between 1 and 4000),
	primary key (action_plan_id, position)
);

create table contact (
	id uuid primary key,
	trajectory_id uuid not null references trajectory (id),
	contact_on date not null,
	kind text not null check (kind in ('HOME_VISIT', 'OFFICE', 'PHONE', 'VIDEO', 'MESSAGE', 'NETWORK_MEETING',
		'PEER_CONTACT_MEETING')),
	with_whom text not null check (length(trim(with_whom)) between 1 and 500),
	summary text not null check (length(trim(summary)) between 1 and 4000),
	visibility text not null check (visibility in ('TEAM', 'MUNICIPALITY_AND_LSE', 'LSE_INTERNAL')),
	recorded_by text not null,
	recorded_at timestamptz not null default now()
);

create index contact_trajectory on contact (trajectory_id, contact_on desc);

create table signal (
	id uuid primary key,
	received_on date not null,
	description text not null check (length(trim(description)) between 1 and 4000),
	source text not null check (source in ('POLICE', 'YOUTH_CARE', 'MENTAL_HEALTH', 'PROBATION', 'SCHOOL',
		'SOCIAL_TEAM', 'MUNICIPALITY', 'FAMILY_SELF_REFERRAL', 'OTHER')),
	concerns text[] not null default '{}',
	status text not null check (status in ('NEW', 'NO_ACTION', 'FOLLOWED_UP')),
	registered_by text not null,
	registered_at timestamptz not null,
	triaged_by text,
	triaged_at timestamptz,
	triage_reason text check (length(triage_reason) <= 2000),
	case_id uuid references case_file (id),
	consultation_id uuid references consultation (id),
	trajectory_id uuid references trajectory (id),
	version bigint not null default 0,
	check (status <> 'NO_ACTION' or triage_reason is not null)
);

create index signal_status on signal (status, received_on desc);
create index signal_registered_by on signal (registered_by);

-- Idempotency-Key of creates: the first response is kept and replayed for a repeat of the
-- same request by the same caller.
create table idempotent_request (
	subject text not null,
	key text not null check (length(key) between 1 and 200),
	fingerprint text not null,
	status integer not null,
	location text,
	body text not null,
	-- what the response shows: a replay is audited as a read of it
	object_kind text not null check (object_kind ~ '^[A-Z_]{1,40}$'),
	object_id uuid not null,
	case_id uuid,
	created_at timestamptz not null default now(),
	primary key (subject, key)
);
