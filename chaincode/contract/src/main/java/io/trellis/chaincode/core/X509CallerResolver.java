package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.util.Arrays;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Reads the caller from the proposal's X.509 creator. Operators are recognised by the {@code admin}
 * organisational unit that Fabric's NodeOUs put on an organisation's administrator certificates.
 */
public final class X509CallerResolver implements CallerResolver {
    static final String ADMIN_OU = "admin";

    @Override
    public Caller resolve(ChaincodeStub stub) {
        try {
            ClientIdentity identity = new ClientIdentity(stub);
            String subject = identity.getX509Certificate().getSubjectX500Principal().getName();
            return new Caller(identity.getMSPID(), identity.getId(), hasAdminOu(subject));
        } catch (CertificateException | IOException | RuntimeException e) {
            throw ChaincodeException.notAllowed("the transaction creator is not a readable X.509 identity");
        }
    }

    static boolean hasAdminOu(String subjectDn) {
        try {
            return new LdapName(subjectDn).getRdns().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase("OU"))
                    .map(rdn -> rdn.getValue().toString())
                    .anyMatch(ou -> Arrays.asList(ou.split("\\+")).contains(ADMIN_OU) || ou.equals(ADMIN_OU));
        } catch (InvalidNameException e) {
            return false;
        }
    }
}
