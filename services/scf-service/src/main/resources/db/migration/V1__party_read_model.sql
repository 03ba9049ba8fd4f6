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
