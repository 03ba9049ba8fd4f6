-- Where each party is hosted, projected from PartyRegistered (a party's organisation never changes once
-- registered): an operator speaks for the parties of its own organisation only. The entity is PartyView, the name
-- the desk kit's VisibleRows asks for.
create table party (
    id                  varchar(18)   primary key,
    name                varchar(200)  not null,
    roles               varchar(200)  not null,
    msp_id              varchar(40)   not null,
    version             bigint        not null,
    last_transaction_id varchar(64)   not null,
    last_block_number   bigint        not null
);

create index party_msp_id on party (msp_id);
