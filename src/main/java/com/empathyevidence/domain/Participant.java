package com.empathyevidence.domain;

/**
 * A pseudonymous research participant: an alias such as "P-014", never a real name by default.
 *
 * @param consent true when the participant's consent to use their words is recorded (as answered when created)
 * @param erased  true after erasure: alias anonymised, quotes redacted, irreversibly
 * @param version counts changes from 1: send it back with an update, a change since then is a conflict
 */
public record Participant(long id, String alias, String segment, String role, boolean consent, boolean erased, int version) {

    public Participant(long id, String alias, String segment, String role, boolean consent, boolean erased) {
        this(id, alias, segment, role, consent, erased, 1);
    }

    public Participant(long id, String alias, String segment, String role) {
        this(id, alias, segment, role, true, false);
    }
}
