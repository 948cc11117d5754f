package org.opencontest.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Daily road accidents per Shanghai district for the accident-forecast demo: a rate per district, fewer on
 * weekends, with seeded noise. The same model gives the published history, the hidden answer key and the demo
 * teams' forecasts (each team knowing a different part of it), so their scores differ the way real ones would.
 */
final class AccidentCounts {

    static final String[] DISTRICTS = {"黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "浦东", "闵行", "宝山"};
    private static final double[] RATES = {3.1, 4.2, 2.6, 3.4, 3.0, 2.4, 3.3, 9.8, 6.5, 5.1};
    private static final double WEEKEND = 0.7;

    private AccidentCounts() {
    }

    /** The published history: {@code date,district,accidents}, one line per district and day. */
    static String history(LocalDate from, LocalDate until) {
        StringBuilder csv = new StringBuilder("date,district,accidents\n");
        RandomGenerator random = random(from);
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            for (int d = 0; d < DISTRICTS.length; d++) {
                csv.append(day).append(',').append(DISTRICTS[d]).append(',').append(count(random, d, day))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /** The answer key: {@code id,accidents} with ids {@code 2024-11-01_黄浦}. */
    static String answerKey(LocalDate from, LocalDate until) {
        RandomGenerator random = random(from);
        return predictions(from, until, (d, day) -> String.valueOf(count(random, d, day)));
    }

    /** The district's rate for every day: knows the districts, not the week. */
    static String districtRates(LocalDate from, LocalDate until) {
        return predictions(from, until, (d, day) -> decimal(RATES[d] * (5 + 2 * WEEKEND) / 7));
    }

    /** The district's rate with the weekend dip: the best a forecast of this model can do. */
    static String weeklyRates(LocalDate from, LocalDate until) {
        return predictions(from, until, (d, day) -> decimal(expected(d, day)));
    }

    /** A forecast that follows the weekly rates but adds its own noise (overfitted on a short history). */
    static String noisy(LocalDate from, LocalDate until, long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        return predictions(from, until, (d, day) -> decimal(Math.max(0, expected(d, day)
                + random.nextGaussian() * 1.2)));
    }

    private static String predictions(LocalDate from, LocalDate until, BiFunction<Integer, LocalDate, String> value) {
        StringBuilder csv = new StringBuilder("id,accidents\n");
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            for (int d = 0; d < DISTRICTS.length; d++) {
                csv.append(day).append('_').append(DISTRICTS[d]).append(',').append(value.apply(d, day)).append('\n');
            }
        }
        return csv.toString();
    }

    private static double expected(int district, LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return RATES[district] * (weekend ? WEEKEND : 1);
    }

    private static long count(RandomGenerator random, int district, LocalDate day) {
        double rate = expected(district, day);
        return Math.max(0, Math.round(rate + random.nextGaussian() * Math.sqrt(rate)));
    }

    private static RandomGenerator random(LocalDate from) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(from.toEpochDay());
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
