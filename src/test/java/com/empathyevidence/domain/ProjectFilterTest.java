package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Set;
import org.junit.Test;

public class ProjectFilterTest {

    @Test
    public void emptyMeansEveryProject() {
        assertTrue(ProjectFilter.parse("projects", null).isAll());
        assertTrue(ProjectFilter.parse("projects", "  ").isAll());
        assertEquals("", ProjectFilter.ALL.canonical());
    }

    @Test
    public void keysAreUpperCasedDeduplicatedAndSorted() {
        ProjectFilter f = ProjectFilter.parse("projects", "demo, BILL  Demo,");
        assertEquals(Set.of("DEMO", "BILL"), f.keys());
        assertEquals("BILL,DEMO", f.canonical());
    }

    @Test
    public void aTokenThatIsNoProjectKeyIsNamed() {
        try {
            ProjectFilter.parse("projects", "DEMO, <b>x</b>");
            fail();
        } catch (Problem p) {
            assertEquals(Problem.Kind.INVALID, p.kind());
            assertEquals("projects", p.fieldErrors().get(0).field());
            assertEquals("empathy.validation.projectsList", p.fieldErrors().get(0).messageKey());
            assertEquals("<b>x</b>", p.fieldErrors().get(0).args()[0]);
        }
    }

    @Test
    public void atMostTwentyProjects() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("P").append(i).append(',');
        }
        try {
            ProjectFilter.parse("projects", many.toString());
            fail();
        } catch (Problem p) {
            assertEquals("empathy.validation.tooManyProjects", p.fieldErrors().get(0).messageKey());
        }
    }
}
