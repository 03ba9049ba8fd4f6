package io.trellis.chaincode.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The platform's business calendar: a moment's date at the fixed offset UTC+08:00 (China Standard Time, which
 * has no daylight saving), never a zone database, so every peer and service agrees on the date of an instant.
 */
public final class BusinessDate {
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

    private BusinessDate() {
    }

    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, OFFSET);
    }
}
