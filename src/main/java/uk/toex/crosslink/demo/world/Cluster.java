package uk.toex.crosslink.demo.world;

import java.io.IOException;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.output.WorldOutput;

/**
 * A group of true people generated and written together (a household, a crime network), so that
 * records referring to one another are written into the same batches at the same time.
 */
public interface Cluster {

    /** The number of person records this cluster writes. */
    int personRecords();

    void write(WorldOutput output, Dice dice) throws IOException;
}
