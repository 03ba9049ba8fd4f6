-- Settlement read models keyed as the ledger keys them (domain.md §6): payment ids are each bank's own references,
-- so a payment is (bank_id, payment_id) and the same id at two banks is two rows; a payout is its payout_id.
--
-- Rows projected before PaymentApplied named its bank and payouts had ids (the old layout) cannot be placed in the
-- new keys: they are deleted here. Their payments stay on the ledger (GetSettlement); events of that layout that
-- arrive again are skipped by the projector, not stored with a null bank.
delete from payout;
delete from settlement;

alter table settlement drop constraint settlement_pkey;
alter table settlement add column bank_id varchar(18) not null;
alter table settlement add primary key (bank_id, payment_id);

alter table payout drop constraint payout_pkey;
alter table payout add column payout_id varchar(40) not null;
alter table payout add column bank_id varchar(18) not null;
alter table payout add primary key (payout_id);
create index payout_payment on payout (bank_id, payment_id, voucher_id);

-- A line's status (ACTIVE, REVOKED) from CreditLineGranted and CreditLineChanged; lines projected so far were
-- granted and never changed on the read model, so ACTIVE.
alter table credit_line add column status varchar(8) not null default 'ACTIVE';
alter table credit_line alter column status drop default;

-- Each core enterprise's designated settlement bank and its account there, from SettlementBankDesignated (the
-- event carries the whole account, so the newest version wins whatever order deliveries come in).
create table settlement_account (
    obligor_id          varchar(18)  primary key,
    bank_id             varchar(18)  not null,
    account_number      varchar(34)  not null,
    version             bigint       not null,
    last_transaction_id varchar(64)  not null,
    last_block_number   bigint       not null
);
create index settlement_account_bank on settlement_account (bank_id, obligor_id);
