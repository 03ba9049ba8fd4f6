package io.trellis.desk;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a refusal whose reason is optional (reject a voucher, decline a financing). */
public record ReasonBody(@Size(max = 1000) @Schema(example = "amount does not match the delivery") String reason) {
}
