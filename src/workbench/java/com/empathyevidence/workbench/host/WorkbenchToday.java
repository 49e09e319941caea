package com.empathyevidence.workbench.host;

import com.empathyevidence.app.Today;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The workbench's server clock for the app's {@link Today} port: the machine's date unless a day was set, with
 * {@code --today YYYY-MM-DD} (the JVM option {@code workbench.today}) at start or {@code POST /workbench/clock}
 * later. Setting it is what changing a Jira server's date would do to the app's date rules (freshness, the digest's
 * week), without waiting. It is this process's clock: on a cluster, set it on every node.
 */
public final class WorkbenchToday extends Today {

    /** The JVM option read at start: the day to start on, e.g. {@code -Dworkbench.today=2027-01-15}. */
    public static final String PROPERTY = "workbench.today";

    private final AtomicReference<LocalDate> set = new AtomicReference<>();

    public WorkbenchToday() {
        String start = System.getProperty(PROPERTY);
        if (start != null && !start.isBlank()) {
            set.set(parse(start).orElseThrow(() -> new IllegalArgumentException(
                    "Cannot start on " + start + ": give the day as YYYY-MM-DD, e.g. 2027-01-15.")));
        }
    }

    /** A day written YYYY-MM-DD, or empty when it is not one. */
    public static Optional<LocalDate> parse(String day) {
        try {
            return Optional.of(LocalDate.parse(day.strip()));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public LocalDate get() {
        LocalDate day = set.get();
        return day == null ? super.get() : day;
    }

    /** The day set, or empty while the machine's date is used. */
    public Optional<LocalDate> setDay() {
        return Optional.ofNullable(set.get());
    }

    /** Sets "today"; null goes back to the machine's date. */
    public void set(LocalDate day) {
        set.set(day);
    }
}
