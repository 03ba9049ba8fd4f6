package io.trellis.abs.readmodel;

/** How much of a deal a reader sees (the chaincode's rule, docs/abs.md "Who reads what"). */
public enum DealSight {
    /** Nothing: the deal is reported exactly like one that does not exist. */
    NONE,
    /** The deal, with only the reader's own holdings and payouts. */
    PART,
    /** The deal with every investor's holdings and payouts. */
    WHOLE
}
