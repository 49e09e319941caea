package com.empathyevidence.domain;

/** A pseudonymous research participant: an alias such as "P-014", never a real name by default. */
public record Participant(long id, String alias, String segment, String role) {
}
