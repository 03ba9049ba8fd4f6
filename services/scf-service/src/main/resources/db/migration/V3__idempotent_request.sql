-- Idempotency-Key of the SCF desk's writes, scoped to the calling party. A row is claimed (status null) before
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
