package io.trellis.chaincode.fuzz;

import java.util.List;

/**
 * One generated input: who calls, how the valid call is bent, what travels beside it and when. Picks are
 * indexes taken modulo whatever the world offers at the time, so one input fits every transaction.
 */
record FuzzInput(Who who, int whoPick, Shape shape, List<Mutation> mutations, Side side, String sideText, When when) {

    /** Who signs the proposal. */
    enum Who {
        /** The party (or operator) the valid call is for. */
        RIGHTFUL,
        /** Any party of the world: another role, another org, the counterparty. */
        OTHER_PARTY,
        /** An operator of any organisation. */
        OPERATOR,
        /** A plain member of an organisation, bound to no party. */
        MEMBER_WITHOUT_PARTY,
        /** The rightful caller's certificate presented under another MSP. */
        WRONG_MSP,
        /** A registered supplier whose KYC is still pending. */
        PENDING_PARTY
    }

    /** What becomes of the valid argument. */
    enum Shape {
        VALID,
        /** One to three {@link Mutation}s of the argument (or of the transient terms). */
        MUTATED,
        /** Text that is not the argument at all: garbage, a truncated or padded document, another transaction's. */
        RAW
    }

    /** What travels as transient data. */
    enum Side {
        AS_VALID,
        /** A slot number of any form for the limits' slotted counters. */
        SLOT,
        /** The transient terms left out. */
        NO_TERMS,
        /** The transient terms replaced by text. */
        TERMS_TEXT
    }

    /** The proposal's timestamp. */
    enum When {
        AS_VALID,
        A_DAY_EARLIER,
        A_DAY_LATER,
        AT_MATURITY,
        YEAR_1,
        YEAR_9999
    }

    /**
     * One change to a JSON document.
     *
     * @param kind    what to do
     * @param target  which value (or object) of the document, modulo their number
     * @param variant which of the kind's values, modulo their number
     * @param text    the text the kind puts in, where it puts text
     */
    record Mutation(Kind kind, int target, int variant, String text) {
    }

    enum Kind {
        HOSTILE_TEXT,
        OTHER_ID,
        WRONG_TYPE,
        FRACTION,
        HUGE_NUMBER,
        EDGE_NUMBER,
        NUMBER_AS_TEXT,
        NULL,
        REMOVE,
        UNKNOWN_FIELD,
        DUPLICATE_KEY,
        DEEP_NESTING,
        LONG_ARRAY,
        TERMS
    }
}
