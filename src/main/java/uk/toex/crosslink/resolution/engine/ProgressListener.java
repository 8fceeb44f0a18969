package uk.toex.crosslink.resolution.engine;

/** Told when a run enters a stage (blocking, scoring, clustering, ...), for progress reports. */
@FunctionalInterface
public interface ProgressListener {

    void stage(String stage, String detail);

    static ProgressListener silent() {
        return (stage, detail) -> { };
    }
}
