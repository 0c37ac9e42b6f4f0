-- The hash chains over each tenant's audit_event rows, kept outside the tenant schemas so that a
-- tenant's owner role cannot rewrite them, and the security events of denials that happen before
-- a tenant is entered (the gate's 404, a suspended tenant). The runtime may append seals and
-- events, move a chain head forward and record a verification; it may not delete anything.
create table audit_chain (
	tenant_code text primary key check (tenant_code ~ '^gm[0-9]{4}$'),
	position bigint not null default 0 check (position >= 0),
	head_hash bytea not null,
	last_tx xid8,
	last_seq bigint,
	sealed_at timestamptz,
	verified_at timestamptz,
	verification_findings integer
);

create table audit_seal (
	tenant_code text not null,
	position bigint not null check (position > 0),
	event_id uuid not null,
	hash bytea not null check (length(hash) = 32),
	sealed_at timestamptz not null default now(),
	primary key (tenant_code, position)
);

create table security_event (
	id uuid primary key,
	occurred_at timestamptz not null default statement_timestamp(),
	action text not null check (action = 'DENY'),
	outcome text not null check (outcome in ('DENIED', 'NOT_FOUND')),
	reason text not null check (reason ~ '^[A-Z_]{1,40}$'),
	tenant_code text check (tenant_code ~ '^gm[0-9]{4}$'),
	subject_id text not null check (length(subject_id) between 1 and 64),
	subject_name text not null check (length(subject_name) <= 200),
	subject_role text not null check (subject_role ~ '^[a-z-]{1,40}$'),
	organisation text not null check (length(organisation) between 1 and 200),
	client_id text not null check (length(client_id) between 1 and 64),
	source_address inet
);

create index security_event_time on security_event (occurred_at desc);

grant select, insert, update (position, head_hash, last_tx, last_seq, sealed_at, verified_at, verification_findings)
	on audit_chain to ${app_role};
grant select, insert on audit_seal to ${app_role};
grant select, insert on security_event to ${app_role};
