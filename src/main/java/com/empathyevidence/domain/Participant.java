package com.empathyevidence.domain;

/**
 * A pseudonymous research participant: an alias such as "P-014", never a real name by default.
 *
 * @param consent true when the participant's consent to use their words is recorded
 * @param erased  true after erasure: alias anonymised, quotes redacted, irreversibly
 */
public record Participant(long id, String alias, String segment, String role, boolean consent, boolean erased) {

    public Participant(long id, String alias, String segment, String role) {
        this(id, alias, segment, role, true, false);
    }
}
