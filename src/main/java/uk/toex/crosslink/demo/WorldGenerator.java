package uk.toex.crosslink.demo;

import java.io.IOException;
import java.nio.file.Path;
import uk.toex.crosslink.demo.crime.Network;
import uk.toex.crosslink.demo.output.WorldOutput;
import uk.toex.crosslink.demo.world.EntityIds;
import uk.toex.crosslink.demo.world.Household;

/**
 * Generates a synthetic multi-force world for a seed: one batch folder per force and system in the
 * canonical ingest format, and {@code ground-truth.csv} naming the true person behind every person
 * record. The world is generated and written one cluster (household or crime network) at a time, so
 * memory does not grow with its size; the same seed and size always give byte-identical output.
 */
public final class WorldGenerator {

    /** Share of clusters that are crime networks (each holds some 20-40 person records). */
    private static final double NETWORK_SHARE = 0.012;

    /**
     * @param personRecords the number of person records to write in total (not true people)
     */
    public GenerationSummary generate(Path out, int personRecords, long seed) throws IOException {
        if (personRecords < 1) {
            throw new IllegalArgumentException("personRecords must be at least 1");
        }
        long started = System.nanoTime();
        EntityIds ids = new EntityIds();
        long entities = 0;
        long networks = 0;
        try (WorldOutput output = WorldOutput.open(out, seed)) {
            int remaining = personRecords;
            for (long cluster = 0; remaining > 0; cluster++) {
                Dice dice = Dice.of(seed, cluster);
                long mark = ids.issued();
                // the first cluster is a network whenever it fits, so even a small world has OCGs, adverts and calls
                boolean network = cluster == 0 || dice.chance(NETWORK_SHARE);
                if (network) {
                    Network planned = Network.plan(ids, dice);
                    if (planned.personRecords() <= remaining) {
                        planned.write(output, dice);
                        remaining -= planned.personRecords();
                        entities += planned.entities();
                        networks++;
                        continue;
                    }
                    ids.reset(mark);
                }
                Household household = Household.plan(ids, dice);
                if (household.personRecords() > remaining) {
                    ids.reset(mark);
                    household = Household.single(ids, remaining, dice);
                }
                household.write(output, dice);
                remaining -= household.personRecords();
                entities += household.entities();
            }
            output.close();
            return new GenerationSummary(out, seed, output.batches().size(), personRecords, entities, networks,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
