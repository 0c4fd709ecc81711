package com.aidloop.programme.web;

import com.aidloop.programme.ProgrammeCatalogue;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments on the catalogue's pages in China time, "2026-03-01 08:30", as {@code ${@programmeTimes.text(t)}}. */
@Component("programmeTimes")
public class ChinaTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ProgrammeCatalogue.ZONE);

    public String text(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
