package com.empathyevidence.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.empathyevidence.domain.FreshnessTally;
import com.empathyevidence.domain.MapGroup;
import com.empathyevidence.domain.MapGroupFacts;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** The stored text of a map group: read back as written, turns included; text of the earlier format reads as null. */
public class MapGroupCodecTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 1);

    private static MapGroupFacts facts(FreshnessTally tally, long firstId) {
        BitSet participants = new BitSet();
        participants.set(3);
        participants.set(70);
        return new MapGroupFacts(tally, ON.minusDays(500), ON.minusDays(2), ON.minusDays(1), participants, 1, Set.of("SMB"),
                Set.of(SourceKind.INTERVIEW, SourceKind.SURVEY), 27, 1,
                List.of(new MapGroupFacts.Listed(firstId, ON.minusDays(1), 4), new MapGroupFacts.Listed(firstId + 1, ON.minusDays(9), -8)));
    }

    @Test
    public void aGroupReadsBackAsWrittenWithItsTurns() {
        FreshnessTally tally = new FreshnessTally(2, 1, 4, List.of(new FreshnessTally.Turn(ON.plusDays(1), 1, 0),
                new FreshnessTally.Turn(ON.plusDays(90), 1, 1), new FreshnessTally.Turn(ON.plusDays(365), 0, 2)));
        FreshnessTally primary = new FreshnessTally(1, 0, 0, List.of(new FreshnessTally.Turn(ON.plusDays(90), 1, 1)));
        MapGroup g = new MapGroup(12, null, List.of(
                new MapGroup.Part("DEMO", facts(tally, 100), facts(primary, 100),
                        List.of(new MapGroup.TrustCount(List.of("DEMO-1", "DEMO-2"), primary), new MapGroup.TrustCount(List.of(), FreshnessTally.NONE))),
                new MapGroup.Part(null, facts(tally, 200), facts(tally, 200), List.of())), List.of("DEMO-1", "DEMO-2"), ON);
        String text = MapGroupCodec.write(g);
        assertEquals(g, MapGroupCodec.read(text));
        assertEquals(g.on(ON.plusDays(100)), MapGroupCodec.read(text).on(ON.plusDays(100)));
        MapGroup section = new MapGroup(0, Section.PAINS, List.of(), List.of(), ON);
        assertEquals(section, MapGroupCodec.read(MapGroupCodec.write(section)));
    }

    @Test
    public void aRowOfTheEarlierFormatIsNotReadSoItIsRecomputed() {
        String earlier = "{\"item\":12,\"section\":null,\"on\":\"2026-06-01\",\"until\":\"2026-06-03\",\"cover\":[],\"parts\":[]}";
        assertNull(MapGroupCodec.read(earlier));
        assertNull(MapGroupCodec.read("not json"));
    }
}
