-- One row per payout instruction, from the ledger events; confirmations fill in the rest. A confirmation may be
-- read before its instruction (they travel on different partitions), so every column but the id may be null.
CREATE TABLE payout (
    payout_id       varchar(64)  PRIMARY KEY,
    payment_id      varchar(64),
    bank_id         varchar(32),
    voucher_id      varchar(128),
    payee_id        varchar(32),
    pool_id         varchar(64),
    amount_minor    bigint,
    currency        char(3),
    instructed_on   date,
    instructed_tx   varchar(64),
    bank_reference  varchar(128),
    confirmed_at    timestamptz,
    confirmed_tx    varchar(64)
);
CREATE INDEX payout_instructed_on ON payout (instructed_on, bank_id);
