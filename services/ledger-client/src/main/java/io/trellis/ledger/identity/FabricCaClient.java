package io.trellis.ledger.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * Fabric CA's REST API (v1.5, {@code /api/v1/...}) over TLS that trusts only the given root: enroll with the
 * enrollment secret (HTTP Basic), register with a token signed by the registrar
 * ({@link FabricCaToken}). A CA that cannot be reached is {@link LedgerUnavailableException}: nothing was issued.
 */
public final class FabricCaClient implements FabricCa {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final URI url;
    private final HttpClient http;

    /**
     * @param url the CA's base address, e.g. {@code https://127.0.0.1:7054}
     * @param tlsRootCertificate PEM of the root(s) the CA's TLS certificate is checked against
     */
    public FabricCaClient(URI url, Path tlsRootCertificate) {
        this.url = url;
        this.http = HttpClient.newBuilder().sslContext(trusting(tlsRootCertificate)).connectTimeout(TIMEOUT).build();
    }

    @Override
    public X509Certificate enroll(String enrollmentId, String secret, String csrPem) {
        ObjectNode body = JSON.createObjectNode().put("certificate_request", csrPem);
        String basic = Base64.getEncoder().encodeToString((enrollmentId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        JsonNode result = post("enroll", body, "Basic " + basic, null);
        return certificate(decode(result.path("Cert").asText()));
    }

    @Override
    public void register(FabricIdentity registrar, String enrollmentId, String secret) {
        ObjectNode body = JSON.createObjectNode().put("id", enrollmentId).put("type", "client").put("secret", secret)
                .put("affiliation", "");
        post("register", body, null, registrar);
    }

    /** POSTs {@code body} to {@code /api/v1/<endpoint>}, authorised by {@code basic} or signed by {@code signer}. */
    private JsonNode post(String endpoint, ObjectNode body, String basic, FabricIdentity signer) {
        URI target = url.resolve(url.getRawPath().replaceAll("/+$", "") + "/api/v1/" + endpoint);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        String authorization = basic != null ? basic : FabricCaToken.of(signer, "POST", target.getRawPath(), bytes);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new LedgerUnavailableException("the Fabric CA at " + url + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("interrupted while asking the Fabric CA at " + url, e);
        }
        return result(endpoint, response);
    }

    private JsonNode result(String endpoint, HttpResponse<byte[]> response) {
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new FabricCaException(response.statusCode(), List.of(),
                    "the Fabric CA at " + url + " answered " + endpoint + " with HTTP " + response.statusCode() + " and no JSON");
        }
        if (response.statusCode() / 100 == 2 && answer.path("success").asBoolean(false)) {
            return answer.path("result");
        }
        List<Integer> codes = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        answer.path("errors").forEach(error -> {
            codes.add(error.path("code").asInt());
            messages.add(error.path("message").asText());
        });
        throw new FabricCaException(response.statusCode(), codes, "the Fabric CA at " + url + " refused " + endpoint
                + " (HTTP " + response.statusCode() + "): " + String.join("; ", messages));
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    private static X509Certificate certificate(byte[] pem) {
        try {
            return Identities.readX509Certificate(new StringReader(new String(pem, StandardCharsets.UTF_8)));
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("the Fabric CA returned an unreadable certificate", e);
        }
    }

    private static SSLContext trusting(Path rootPem) {
        try (InputStream in = Files.newInputStream(rootPem)) {
            KeyStore roots = KeyStore.getInstance(KeyStore.getDefaultType());
            roots.load(null, null);
            int i = 0;
            for (Certificate root : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                roots.setCertificateEntry("root-" + i++, root);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(roots);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new LedgerUnavailableException("cannot read the Fabric CA's TLS root certificate " + rootPem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the Fabric CA's TLS root certificate " + rootPem, e);
        }
    }
}
