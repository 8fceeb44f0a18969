package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores every candidate pair once, on at most {@code threads} threads, keeping the links
 * (at or above the link threshold, no contradiction) and the uncertain pairs for review.
 */
final class ScoringPass {

    private static final int CHUNK = 1024;
    private static final int REVIEW_LIMIT_PER_THREAD = 50_000;

    final PairList links = new PairList();
    final PairList review = new PairList();
    final PairList contradictions = new PairList();
    long compared;

    static ScoringPass run(Dataset data, BlockIndex index, Scorer scorer, EngineSettings settings) {
        ScoringPass pass = new ScoringPass();
        AtomicInteger next = new AtomicInteger();
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Math.max(1, settings.threads()); t++) {
            Worker worker = new Worker(data, index, scorer, settings, next);
            workers.add(worker);
            Thread thread = new Thread(worker, "resolution-scoring-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while scoring", e);
            }
        }
        for (Worker worker : workers) {
            if (worker.failure != null) {
                throw new IllegalStateException("Scoring failed: " + worker.failure.getMessage(), worker.failure);
            }
            pass.links.addAll(worker.links);
            pass.review.addAll(worker.review);
            pass.contradictions.addAll(worker.contradictions);
            pass.compared += worker.compared;
        }
        return pass;
    }

    private static final class Worker implements Runnable {
        final PairList links = new PairList();
        final PairList review = new PairList();
        final PairList contradictions = new PairList();
        final Dataset data;
        final BlockIndex index;
        final Scorer scorer;
        final AtomicInteger next;
        final double linkBits;
        final double reviewLowBits;
        final double reviewHighBits;
        long compared;
        RuntimeException failure;

        Worker(Dataset data, BlockIndex index, Scorer scorer, EngineSettings settings, AtomicInteger next) {
            this.data = data;
            this.index = index;
            this.scorer = scorer;
            this.next = next;
            this.linkBits = settings.linkBits();
            this.reviewLowBits = Scorer.bits(settings.reviewLow());
            this.reviewHighBits = Scorer.bits(settings.reviewHigh());
        }

        @Override
        public void run() {
            try {
                int n = data.size();
                int[] stamp = new int[n];
                Comparison c = data.comparisonForRun();
                PairComparator comparator = data.comparator();
                for (int start = next.getAndAdd(CHUNK); start < n; start = next.getAndAdd(CHUNK)) {
                    for (int i = start; i < Math.min(n, start + CHUNK); i++) {
                        PreparedRecord left = data.record(i);
                        final int a = i;
                        index.candidates(i, stamp, j -> {
                            comparator.compare(left, data.record(j), c);
                            compared++;
                            keep(a, j, scorer.score(c), Scorer.veto(c));
                        });
                    }
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        private void keep(int a, int b, double bits, boolean veto) {
            if (veto) {
                if (bits >= linkBits && contradictions.size < REVIEW_LIMIT_PER_THREAD) {
                    contradictions.add(a, b, bits);
                }
                return;
            }
            if (bits >= linkBits) {
                links.add(a, b, bits);
            }
            if (bits >= reviewLowBits && bits < reviewHighBits && review.size < REVIEW_LIMIT_PER_THREAD) {
                review.add(a, b, bits);
            }
        }
    }
}
