package io.trellis.chaincode.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Turns a transaction timestamp into the business date of the platform (China Standard Time). A fixed
 * offset, not a zone id, so that no endorser's time-zone database can change the answer.
 */
public final class BusinessCalendar {
    static final ZoneOffset BUSINESS_OFFSET = ZoneOffset.ofHours(8);

    private BusinessCalendar() {
    }

    public static LocalDate dateOf(Instant timestamp) {
        return LocalDate.ofInstant(timestamp, BUSINESS_OFFSET);
    }
}
