package org.onemap.thematic.classify;

/**
 * Cuts numeric values into classes. Shared contract of every method:
 * <ul>
 *   <li>NaN and infinite values (how callers pass nulls) are skipped;</li>
 *   <li>no finite value at all is an {@link IllegalArgumentException};</li>
 *   <li>{@code classes < 1} is an {@link IllegalArgumentException};</li>
 *   <li>the result may have <em>fewer</em> classes than asked when the data cannot fill them (a single
 *       value, fewer distinct values than classes, coinciding quantiles): breaks are never repeated,
 *       except that the first upper bound may equal the minimum (a class holding only the minimum).</li>
 * </ul>
 * Class {@code i} holds values in {@code (breaks[i], breaks[i+1]]}; the first class also holds {@code breaks[0]}.
 */
public interface Classifier {
    ClassificationMethod method();

    /** Classifies {@code values} (not modified) into at most {@code classes} classes. */
    Breaks classify(double[] values, int classes);
}
