package io.trellis.chaincode.api.party;

import io.trellis.chaincode.api.Org;

/**
 * The platform's word that company {@code id} belongs to {@code org}: only an operator of {@code org} may then
 * register it. Kept under {@code party-admission/<id>}; its history is the registry keeper's signed record.
 *
 * @param id         unified social credit code
 * @param org        the organisation admitted to register the company
 * @param admittedAt transaction timestamp of the (latest) admission (ISO-8601, UTC)
 * @param admittedBy certificate id of the platform operator who admitted it
 * @param version    1 for the first admission, incremented when the keeper moves it to another org
 */
public record PartyAdmission(String id, Org org, String admittedAt, String admittedBy, long version) {
}
