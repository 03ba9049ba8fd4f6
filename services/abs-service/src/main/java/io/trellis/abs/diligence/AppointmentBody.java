package io.trellis.abs.diligence;

import io.trellis.chaincode.api.abs.AppointProviderRequest;
import io.trellis.chaincode.api.abs.ProviderRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /deals/{id}/appointments}: the manager engages a service provider in a role. */
public record AppointmentBody(@NotNull ProviderRole role, @NotBlank String providerId) {

    AppointProviderRequest toRequest(String poolId) {
        return new AppointProviderRequest(poolId, role, providerId);
    }
}
