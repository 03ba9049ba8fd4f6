-- The desk kit's own tables, in every desk service's database (Flyway location db/desk-kit; version 0.x so it
-- never collides with a service's own migrations).

-- One row per ledger event applied, so that a redelivered event is recognised and skipped.
create table projected_event (
    transaction_id varchar(64) not null,
    event_index    integer     not null,
    projected_at   timestamptz not null,
    primary key (transaction_id, event_index)
);

-- Events that arrived before the row they change (a child voucher's events are keyed by the child, its
-- creation by the parent, so they can overtake it); replayed once the row exists.
create table parked_event (
    transaction_id varchar(64)  not null,
    event_index    integer      not null,
    aggregate_id   varchar(128) not null,
    block_number   bigint       not null,
    message        text         not null,
    primary key (transaction_id, event_index)
);
create index parked_event_aggregate on parked_event (aggregate_id);

-- Idempotency-Key of the desk's writes, scoped to the calling party. A row is claimed (status null) before
-- the ledger is asked and completed with the answer sent; a claim whose request ended without a final answer
-- (ledger unreachable, outcome unknown) is deleted, so the retry runs. fingerprint is an HMAC of method, path
-- and body (never the body itself: an approval's body holds private terms).
create table idempotent_request (
    party_id        varchar(64)  not null,
    idempotency_key varchar(128) not null,
    fingerprint     char(64)     not null,
    claim_token     varchar(36)  not null,
    claimed_at      timestamptz  not null,
    status          integer,
    content_type    varchar(64),
    body            text,
    primary key (party_id, idempotency_key)
);
