-- Read model of the party registry, projected from ledger events.
create table party (
    id                  varchar(18)   primary key,
    name                varchar(200)  not null,
    roles               varchar(200)  not null,
    msp_id              varchar(40)   not null,
    kyc_status          varchar(10)   not null,
    certificate_id      varchar(1024),
    registered_at       timestamptz   not null,
    registered_by       varchar(1024) not null,
    version             bigint        not null,
    last_transaction_id varchar(64)   not null,
    last_block_number   bigint        not null
);

-- One row per ledger event applied, so that a redelivered event is recognised and skipped.
create table projected_event (
    transaction_id varchar(64) not null,
    event_index    integer     not null,
    projected_at   timestamptz not null,
    primary key (transaction_id, event_index)
);
