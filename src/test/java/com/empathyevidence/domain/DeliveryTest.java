package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;

import com.empathyevidence.domain.Delivery.PainState;
import java.util.List;
import org.junit.Test;

/** Delivery status of the work addressing a pain, and how a pain counts in the persona's header. */
public class DeliveryTest {

    @Test
    public void statusCategoriesAsJiraKeysThem() {
        assertEquals(Delivery.SHIPPED, Delivery.of("done"));
        assertEquals(Delivery.IN_PROGRESS, Delivery.of("indeterminate"));
        assertEquals(Delivery.TO_DO, Delivery.of("new"));
        assertEquals(Delivery.TO_DO, Delivery.of("undefined"));
        assertEquals(Delivery.TO_DO, Delivery.of(null));
    }

    @Test
    public void aPainTakesTheFurthestStateOfTheIssuesTheReaderSees() {
        assertEquals(PainState.OPEN, Delivery.painState(List.of(), 0));
        assertEquals(PainState.OPEN, Delivery.painState(List.of(Delivery.TO_DO), 0));
        assertEquals(PainState.IN_PROGRESS, Delivery.painState(List.of(Delivery.TO_DO, Delivery.IN_PROGRESS), 0));
        assertEquals(PainState.SHIPPED, Delivery.painState(List.of(Delivery.IN_PROGRESS, Delivery.SHIPPED), 0));
    }

    @Test
    public void issuesTheReaderMayNotSeeNeverMakeAFalseState() {
        // a hidden issue may be done: the reader is not told "open" or "in progress"
        assertEquals(PainState.NOT_KNOWN, Delivery.painState(List.of(), 1));
        assertEquals(PainState.NOT_KNOWN, Delivery.painState(List.of(Delivery.IN_PROGRESS), 2));
        // what the reader sees shipped is shipped, whatever else exists
        assertEquals(PainState.SHIPPED, Delivery.painState(List.of(Delivery.SHIPPED), 3));
    }
}
