-- Read models of the supply-chain finance aggregates, projected from ledger events. Money is minor units
-- (bigint) plus its ISO 4217 currency, as on the ledger. version and last_* tell which event a row reflects.

create table voucher (
    id                  varchar(128) primary key,
    root_id             varchar(128) not null,
    parent_id           varchar(128),
    obligor_id          varchar(18)  not null,
    holder_id           varchar(18)  not null,
    currency            char(3)      not null,
    amount_minor        bigint       not null,
    outstanding_minor   bigint       not null,
    issue_date          date         not null,
    maturity_date       date         not null,
    tier                integer      not null,
    status              varchar(12)  not null,
    created_at          timestamptz  not null,
    version             bigint       not null,
    last_transaction_id varchar(64)  not null,
    last_block_number   bigint       not null
);
create index voucher_holder on voucher (holder_id, id);
create index voucher_obligor on voucher (obligor_id, id);
create index voucher_root on voucher (root_id, id);

-- Pool membership, one row per (voucher, pool) from PoolAssetAdded and deleted by PoolAssetRemoved: each
-- pool's events arrive in order, so the rows are right whatever order two pools' events interleave in.
create table voucher_pool (
    voucher_id varchar(128) not null,
    pool_id    varchar(22)  not null,
    added_on   date         not null,
    primary key (voucher_id, pool_id)
);

create table invoice (
    id                  char(64)     primary key,
    seller_id           varchar(18)  not null,
    buyer_id            varchar(18)  not null,
    invoice_code        varchar(32)  not null,
    invoice_number      varchar(32)  not null,
    currency            char(3)      not null,
    amount_minor        bigint       not null,
    issue_date          date         not null,
    document_hash       char(64)     not null,
    status              varchar(12)  not null,
    voucher_id          varchar(128),
    note                varchar(1000),
    registered_at       timestamptz  not null,
    version             bigint       not null,
    last_transaction_id varchar(64)  not null,
    last_block_number   bigint       not null
);

-- used_minor is the sum of CreditLineUsed less CreditLineReleased: each event is applied exactly once.
create table credit_line (
    id                  varchar(37)  primary key,
    financier_id        varchar(18)  not null,
    obligor_id          varchar(18)  not null,
    currency            char(3)      not null,
    limit_minor         bigint       not null,
    used_minor          bigint       not null,
    granted_at          timestamptz  not null,
    version             bigint       not null,
    last_transaction_id varchar(64)  not null,
    last_block_number   bigint       not null
);
create index credit_line_financier on credit_line (financier_id, id);
create index credit_line_obligor on credit_line (obligor_id, id);

-- The public part of a financing only: the agreed terms stay in the financier's private data collection.
create table financing (
    id                      varchar(22)  primary key,
    voucher_id              varchar(128) not null,
    applicant_id            varchar(18)  not null,
    financier_id            varchar(18)  not null,
    obligor_id              varchar(18)  not null,
    currency                char(3)      not null,
    face_minor              bigint       not null,
    maturity_date           date         not null,
    status                  varchar(12)  not null,
    terms_hash              char(64),
    disbursement_payment_id varchar(64),
    reason                  varchar(1000),
    applied_at              timestamptz  not null,
    version                 bigint       not null,
    last_transaction_id     varchar(64)  not null,
    last_block_number       bigint       not null
);
create index financing_voucher on financing (voucher_id);

-- A payment and its payouts are separate rows: PayoutInstructed is keyed by voucher and PaymentApplied by
-- payment, so either may be projected first.
create table settlement (
    payment_id          varchar(64)  primary key,
    obligor_id          varchar(18)  not null,
    maturity_date       date         not null,
    currency            char(3)      not null,
    amount_minor        bigint       not null,
    applied_minor       bigint       not null,
    unapplied_minor     bigint       not null,
    transaction_id      varchar(64)  not null,
    block_number        bigint       not null
);

create table payout (
    payment_id   varchar(64)  not null,
    voucher_id   varchar(128) not null,
    holder_id    varchar(18)  not null,
    pool_id      varchar(22),
    currency     char(3)      not null,
    amount_minor bigint       not null,
    primary key (payment_id, voucher_id)
);
