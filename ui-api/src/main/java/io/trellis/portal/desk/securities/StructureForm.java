package io.trellis.portal.desk.securities;

import io.trellis.portal.abs.AbsBodies;
import io.trellis.portal.abs.FormInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure form as typed: three tranches (the mezzanine is left out when its principal is empty), coupons and
 * the default trigger in percent, amounts and dates as text for the service to judge.
 */
record StructureForm(String seniorPrincipal, String seniorCoupon, String mezzaninePrincipal, String mezzanineCoupon,
        String subordinatedPrincipal, String fees, String issueDate, String paymentDates, String triggerPercent) {

    AbsBodies.Structure body() {
        List<AbsBodies.TrancheTerms> tranches = new ArrayList<>();
        tranches.add(new AbsBodies.TrancheTerms("SENIOR", AbsBodies.Amount.cny(seniorPrincipal),
                FormInput.basisPoints(seniorCoupon)));
        if (mezzaninePrincipal != null && !mezzaninePrincipal.isBlank()) {
            tranches.add(new AbsBodies.TrancheTerms("MEZZANINE", AbsBodies.Amount.cny(mezzaninePrincipal),
                    FormInput.basisPoints(mezzanineCoupon)));
        }
        tranches.add(new AbsBodies.TrancheTerms("SUBORDINATED", AbsBodies.Amount.cny(subordinatedPrincipal), 0));
        return new AbsBodies.Structure(tranches, AbsBodies.Amount.cny(fees), SecuritiesDesk.strip(issueDate),
                FormInput.items(paymentDates), FormInput.basisPoints(triggerPercent));
    }
}
