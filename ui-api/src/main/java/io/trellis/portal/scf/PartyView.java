package io.trellis.portal.scf;

import java.util.List;

/** A company of the directory: its id (unified social credit code), name, ledger roles and KYC state. */
public record PartyView(String id, String name, List<String> roles, String mspId, String kycStatus) {
}
