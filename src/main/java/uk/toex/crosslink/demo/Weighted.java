package uk.toex.crosslink.demo;

import java.util.ArrayList;
import java.util.List;

/** Items drawn in proportion to their weights. */
public final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private double[] cumulative = new double[0];

    public Weighted<T> add(T item, double weight) {
        items.add(item);
        double[] next = java.util.Arrays.copyOf(cumulative, cumulative.length + 1);
        next[next.length - 1] = (cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1]) + weight;
        cumulative = next;
        return this;
    }

    public T draw(Dice dice) {
        return items.get(dice.pick(cumulative));
    }
}
