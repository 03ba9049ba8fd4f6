-- Read models of the ABS deals, projected from the ledger's ABS events (and the SCF status events of pooled
-- vouchers). Money is minor units (bigint) in the deal's currency, as on the ledger. Every row keeps the
-- transaction id and block number of the event it came from, so anyone with channel access can check it.

-- One row per pool and its deal (they share the id).
create table abs_deal (
    pool_id                        varchar(22)  primary key,
    manager_id                     varchar(18)  not null,
    originator_id                  varchar(18)  not null,
    currency                       char(3)      not null,
    cut_off_date                   date         not null,
    min_days_to_maturity           integer      not null,
    max_days_to_maturity           integer      not null,
    max_obligor_concentration_bp   integer      not null,
    required_attestations          varchar(200) not null,
    pool_principal_minor           bigint       not null,
    asset_count                    integer      not null,
    status                         varchar(20)  not null,
    -- the structure, null until the manager sets one
    issue_date                     date,
    payment_dates                  text,
    fees_per_date_minor            bigint,
    default_trigger_bp             integer,
    structured_transaction_id      varchar(64),
    structured_block_number        bigint,
    -- the trigger state as of the last payment date
    trigger_hit                    boolean      not null,
    defaulted_principal_minor      bigint       not null,
    last_payment_date              date,
    created_at                     timestamptz  not null,
    transaction_id                 varchar(64)  not null,
    block_number                   bigint       not null,
    last_transaction_id            varchar(64)  not null,
    last_block_number              bigint       not null
);
create index abs_deal_manager on abs_deal (manager_id);
create index abs_deal_originator on abs_deal (originator_id);

-- A pooled voucher as it was added (see-through: its current status is in abs_voucher).
create table abs_pool_asset (
    id              bigint generated always as identity primary key,
    pool_id         varchar(22)  not null,
    voucher_id      varchar(128) not null,
    obligor_id      varchar(18)  not null,
    principal_minor bigint       not null,
    maturity_date   date         not null,
    added_on        date         not null,
    transaction_id  varchar(64)  not null,
    block_number    bigint       not null,
    unique (pool_id, voucher_id)
);

-- The current status of every voucher that was ever pooled, from its first move to POOLED on (the voucher's own
-- events: OVERDUE, paid, SETTLED, back out of the pool). outstanding_minor is null until a payment is seen.
create table abs_voucher (
    id                  varchar(128) primary key,
    status              varchar(12)  not null,
    outstanding_minor   bigint,
    version             bigint       not null,
    last_transaction_id varchar(64)  not null,
    last_block_number   bigint       not null
);

create table abs_tranche (
    id                          bigint generated always as identity primary key,
    pool_id                     varchar(22) not null,
    tranche_class               varchar(12) not null,
    seniority                   integer     not null,
    principal_minor             bigint      not null,
    coupon_bp                   integer     not null,
    offered_units               bigint,
    subscribed_units            bigint,
    outstanding_principal_minor bigint      not null,
    interest_arrears_minor      bigint      not null,
    transaction_id              varchar(64) not null,
    block_number                bigint      not null,
    unique (pool_id, tranche_class)
);

create table abs_holding (
    id             bigint generated always as identity primary key,
    pool_id        varchar(22) not null,
    investor_id    varchar(18) not null,
    tranche_class  varchar(12) not null,
    seniority      integer     not null,
    units          bigint      not null,
    transaction_id varchar(64) not null,
    block_number   bigint      not null,
    unique (pool_id, investor_id, tranche_class)
);
create index abs_holding_investor on abs_holding (investor_id);

-- One servicer report per payment date, with its steps and tranche balances after the date.
create table abs_distribution (
    id                        bigint generated always as identity primary key,
    pool_id                   varchar(22) not null,
    payment_date              date        not null,
    period_start              date        not null,
    collected_minor           bigint      not null,
    carried_in_minor          bigint      not null,
    defaulted_principal_minor bigint      not null,
    trigger_hit               boolean     not null,
    fee_arrears_minor         bigint      not null,
    carried_out_minor         bigint      not null,
    document_hash             char(64)    not null,
    transaction_id            varchar(64) not null,
    block_number              bigint      not null,
    unique (pool_id, payment_date)
);

create table abs_distribution_step (
    id             bigint generated always as identity primary key,
    pool_id        varchar(22) not null,
    payment_date   date        not null,
    position       integer     not null,
    step           varchar(24) not null,
    amount_minor   bigint      not null,
    transaction_id varchar(64) not null,
    block_number   bigint      not null,
    unique (pool_id, payment_date, position)
);

create table abs_tranche_balance (
    id                          bigint generated always as identity primary key,
    pool_id                     varchar(22) not null,
    payment_date                date        not null,
    tranche_class               varchar(12) not null,
    seniority                   integer     not null,
    outstanding_principal_minor bigint      not null,
    interest_arrears_minor      bigint      not null,
    transaction_id              varchar(64) not null,
    block_number                bigint      not null,
    unique (pool_id, payment_date, tranche_class)
);

-- position is the event's index in its transaction: the waterfall's step order, investors by id within a step.
create table abs_payout (
    id             bigint generated always as identity primary key,
    pool_id        varchar(22) not null,
    payment_date   date        not null,
    investor_id    varchar(18) not null,
    tranche_class  varchar(12) not null,
    kind           varchar(10) not null,
    amount_minor   bigint      not null,
    position       integer     not null,
    transaction_id varchar(64) not null,
    block_number   bigint      not null,
    unique (pool_id, payment_date, investor_id, tranche_class, kind)
);
create index abs_payout_investor on abs_payout (investor_id, pool_id);

create table abs_appointment (
    id             bigint generated always as identity primary key,
    pool_id        varchar(22) not null,
    role           varchar(16) not null,
    provider_id    varchar(18) not null,
    appointed_at   timestamptz not null,
    transaction_id varchar(64) not null,
    block_number   bigint      not null,
    unique (pool_id, role, provider_id)
);
create index abs_appointment_provider on abs_appointment (provider_id);

-- An attestation recorded again replaces the row; a withdrawn one is deleted.
create table abs_attestation (
    id             bigint generated always as identity primary key,
    pool_id        varchar(22) not null,
    kind           varchar(16) not null,
    provider_id    varchar(18) not null,
    opinion        varchar(12) not null,
    document_hash  char(64)    not null,
    transaction_id varchar(64) not null,
    block_number   bigint      not null,
    unique (pool_id, kind, provider_id)
);

create table abs_rating (
    id             bigint generated always as identity primary key,
    pool_id        varchar(22) not null,
    tranche_class  varchar(12) not null,
    agency_id      varchar(18) not null,
    grade          varchar(10) not null,
    transaction_id varchar(64) not null,
    block_number   bigint      not null,
    unique (pool_id, tranche_class, agency_id)
);
