-- Events of this municipality for listeners outside its transaction (docs/architecture.md,
-- "Events"): a row is written in the same transaction as the change it reports, so it exists
-- exactly when the change does; the relay of platform-app enters this schema after commit (and
-- on a sweep), hands the event to its listeners and deletes it. One that fails stays, with its
-- error and attempts, until a later try succeeds. Per tenant schema because the change's
-- transaction runs as the tenant role, which reaches no table of platform (and must not: a
-- shared table would let every tenant read every tenant's events).
create table outbox_event (
	id bigint generated always as identity primary key,
	event_type text not null check (event_type ~ '^[A-Za-z0-9_.$]{1,200}$'),
	payload jsonb not null,
	occurred_at timestamptz not null default statement_timestamp(),
	attempts integer not null default 0,
	last_error text check (length(last_error) <= 1000),
	next_attempt_at timestamptz
);

comment on table outbox_event is 'Events waiting for delivery to listeners outside this schema (transactional outbox)';
