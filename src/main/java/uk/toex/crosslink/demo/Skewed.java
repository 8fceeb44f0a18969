package uk.toex.crosslink.demo;

import java.util.List;

/**
 * A list drawn with a Zipf-like skew: the first items are far more common than the last, as real
 * names are (many different people are called Smith, Nagy or Nguyễn).
 */
public final class Skewed<T> {

    private final List<T> items;
    private final double[] cumulative;

    public Skewed(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("empty list");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = total;
        }
    }

    public T draw(Dice dice) {
        return items.get(dice.pick(cumulative));
    }

    public List<T> items() {
        return items;
    }
}
