package com.empathyevidence.domain;


/** A piece of evidence with its freshness today and, on an issue, its relation. */
public record AssessedEvidence(Evidence evidence, FreshnessAssessment freshness, Relation relation) {
}
