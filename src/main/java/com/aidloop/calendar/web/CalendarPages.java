package com.aidloop.calendar.web;

import com.aidloop.calendar.CalendarDay;
import com.aidloop.calendar.CalendarRefused;
import com.aidloop.calendar.DayKind;
import com.aidloop.calendar.HolidayCalendar;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.Messages;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 节假日安排: a year's holidays and adjusted working days. The system administrator and the
 * province ({@code CALENDAR_EDIT}) enter the State Council's arrangement, change or remove a day
 * and confirm a year; county staff ({@code IDENTIFICATION_YEAR}), whose deadlines count on it,
 * read it.
 */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_YEAR','CALENDAR_EDIT')")
class CalendarPages {

    private static final String EDITS = "hasAuthority('CALENDAR_EDIT')";

    private final HolidayCalendar calendar;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    CalendarPages(HolidayCalendar calendar, CurrentAccounts accounts, ChinaTime time) {
        this.calendar = calendar;
        this.accounts = accounts;
        this.time = time;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? time.today().getYear() : Math.max(2000, Math.min(2100, year));
        List<CalendarDay> days = calendar.year(shown);
        model.addAttribute("year", shown);
        model.addAttribute("days", days);
        model.addAttribute("unconfirmed", days.stream().anyMatch(d -> !d.confirmed()));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("weekdays", days.stream().collect(Collectors.toMap(CalendarDay::day, d -> d.day()
                .getDayOfWeek()
                .getDisplayName(TextStyle.SHORT, Locale.CHINA))));
        return "calendar/year";
    }

    @PostMapping
    @PreAuthorize(EDITS)
    String set(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) DayKind kind,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            calendar.set(day, kind, name, accounts.current().username());
            redirect.addFlashAttribute("notice", Messages.format("calendar.saved", day, name.strip(), kind.label()));
        } catch (CalendarRefused refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/calendar?year=" + (day == null ? time.today().getYear() : day.getYear());
    }

    @PostMapping("/remove")
    @PreAuthorize(EDITS)
    String remove(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        calendar.remove(day, accounts.current().username());
        redirect.addFlashAttribute("notice", Messages.format("calendar.removed", day));
        return "redirect:/calendar?year=" + day.getYear();
    }

    @PostMapping("/confirm")
    @PreAuthorize(EDITS)
    String confirm(@RequestParam int year, RedirectAttributes redirect) {
        int confirmed = calendar.confirmYear(year, accounts.current().username());
        redirect.addFlashAttribute("notice", Messages.format("calendar.confirmed", String.valueOf(year), confirmed));
        return "redirect:/calendar?year=" + year;
    }
}
