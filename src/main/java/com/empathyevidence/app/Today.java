package com.empathyevidence.app;

import java.time.LocalDate;
import jakarta.inject.Named;

/** Today's date in the server's time zone; one place so the rules never read the clock themselves. */
@Named
public class Today {
    public LocalDate get() {
        return LocalDate.now();
    }
}
