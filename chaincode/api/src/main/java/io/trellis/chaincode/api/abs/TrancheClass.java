package io.trellis.chaincode.api.abs;

/** Tranche seniority, most senior first. */
public enum TrancheClass {
    SENIOR,
    MEZZANINE,
    SUBORDINATED
}
