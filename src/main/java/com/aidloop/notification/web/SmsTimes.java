package com.aidloop.notification.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments on the SMS page in China time, "2026-11-27 08:30:05", as {@code ${@smsTimes.text(t)}}. */
@Component("smsTimes")
public class SmsTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    public String text(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
