package com.empathyevidence.app;

import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Section;
import java.util.List;
import java.util.Map;

/** A persona's evidence grouped by map section, as the current viewer may see it. */
public record PersonaMap(Persona persona, Map<Section, List<AssessedEvidence>> sections, int hiddenCount) {
}
