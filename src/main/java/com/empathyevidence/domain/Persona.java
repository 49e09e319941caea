package com.empathyevidence.domain;

/** A named archetype; the subject of an empathy map. */
public record Persona(String key, String name, String description) {
}
