package io.trellis.chaincode.api.party;

import io.trellis.chaincode.api.Org;

/**
 * Arguments of {@code AdmitParty}: the platform, keeper of the consortium's company registry, admits the company
 * {@code id} to be registered by {@code org} (BankMSP or SecuritiesMSP; the platform registers its own without one).
 *
 * @param id  unified social credit code of the company
 * @param org the organisation that may register it
 */
public record AdmitPartyRequest(String id, Org org) {
}
