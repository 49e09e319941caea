package com.empathyevidence.app;

import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.FreshnessAssessment;
import com.empathyevidence.domain.Relation;

/** A piece of evidence with its freshness today and, on an issue, its relation. */
public record AssessedEvidence(Evidence evidence, FreshnessAssessment freshness, Relation relation) {
}
