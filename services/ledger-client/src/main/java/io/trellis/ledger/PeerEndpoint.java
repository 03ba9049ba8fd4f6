package io.trellis.ledger;

import java.nio.file.Path;

/**
 * The Gateway peer an organisation's identities connect to.
 *
 * @param mspId             the organisation
 * @param target            host:port of the peer
 * @param tlsRootCertificate PEM file of the CA that signed the peer's TLS certificate
 * @param serverName        the name in the peer's TLS certificate, when it differs from the target host
 */
public record PeerEndpoint(String mspId, String target, Path tlsRootCertificate, String serverName) {
}
