package org.endorse.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures of a run, each with its target where it has one, written as a Markdown table (a line per metric) and
 * as CSV (a line per figure), both with the machine they were taken on.
 */
final class Results {

    /** A number with its unit, named where a metric has several (the p50 and p99 of a latency). */
    private record Figure(String name, double value, String unit) {

        String text() {
            return (name.isEmpty() ? "" : name + " ") + format(value) + (unit.isEmpty() ? "" : " " + unit);
        }
    }

    /** A metric's figures; {@code target} and {@code met} are empty where it has no target. */
    private record Row(String database, String metric, List<Figure> figures, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String settings;
    private final double loadAtStart = loadAverage();

    Results(String settings) {
        this.settings = settings;
    }

    void add(String database, String metric, double value, String unit) {
        rows.add(new Row(database, metric, List.of(new Figure("", value, unit)), "", ""));
    }

    /** A figure that should reach a floor, such as a ratio of at least 0.8. */
    void addAtLeast(String database, String metric, double value, double floor) {
        String met = value >= floor ? "yes" : "no: " + format(floor - value) + " short";
        rows.add(new Row(database, metric, List.of(new Figure("", value, "")), "≥ " + format(floor), met));
    }

    /** A figure that should stay under a ceiling, such as a start-up under 12 s. */
    void addBelow(String database, String metric, double value, String unit, double ceiling) {
        String met = value < ceiling ? "yes" : "no: " + format(value / ceiling) + "× the target";
        rows.add(new Row(database, metric, List.of(new Figure("", value, unit)), "< " + format(ceiling) + " " + unit,
                met));
    }

    /** The median and 99th percentile of a latency, in milliseconds. */
    void addLatency(String database, String metric, ListLatency.Percentiles latency) {
        rows.add(new Row(database, metric, figures(latency), "", ""));
    }

    /** A latency whose 99th percentile should stay under a limit, in milliseconds. */
    void addLatencyBelow(String database, String metric, ListLatency.Percentiles latency, double limitMillis) {
        String met = latency.p99() < limitMillis ? "yes"
                : "no: " + format(latency.p99() / limitMillis) + "× the target";
        rows.add(new Row(database, metric, figures(latency), "p99 < " + format(limitMillis) + " ms", met));
    }

    private static List<Figure> figures(ListLatency.Percentiles latency) {
        return List.of(new Figure("p50", latency.p50(), "ms"), new Figure("p99", latency.p99(), "ms"));
    }

    /** Writes results.md and results.csv into the folder. */
    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.md"), markdown());
        Files.writeString(folder.resolve("results.csv"), csv());
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Endorse benchmark\n\n");
        machine().forEach(entry -> text.append("- ").append(entry[0]).append(": ").append(entry[1]).append('\n'));
        text.append("- settings: ").append(settings).append("\n\n");
        text.append("| database | metric | figure | target | met? |\n| --- | --- | ---: | --- | --- |\n");
        for (Row row : rows) {
            String figures = row.figures().stream().map(Figure::text).collect(Collectors.joining(", "));
            text.append("| ").append(String.join(" | ", row.database(), row.metric(), figures, row.target(),
                    row.met())).append(" |\n");
        }
        return text.toString();
    }

    private String csv() {
        Stream<List<String>> machine = machine().stream()
                .map(entry -> List.of("machine", entry[0], entry[1], "", "", ""));
        Stream<List<String>> figures = rows.stream().flatMap(row -> row.figures().stream().map(figure -> List.of(
                row.database(), figure.name().isEmpty() ? row.metric() : row.metric() + " " + figure.name(),
                format(figure.value()), figure.unit(), row.target(), row.met())));
        return Stream.concat(Stream.of(List.of("database", "metric", "value", "unit", "target", "met")),
                Stream.concat(machine, figures)).map(fields -> fields.stream().map(Results::csvField)
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * The machine the figures were taken on, as names and values. Its load shows whether other work shared it: on two
     * cores, a test suite running meanwhile halves the figures.
     */
    private List<String[]> machine() {
        Runtime runtime = Runtime.getRuntime();
        return List.of(new String[] {"cores", String.valueOf(runtime.availableProcessors())},
                new String[] {"os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")"},
                new String[] {"java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                        + ")"},
                new String[] {"max heap", format(runtime.maxMemory() / 1048576.0) + " MB"},
                new String[] {"jvm arguments",
                        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())},
                new String[] {"load average (1 min)", format(loadAtStart) + " at the start, " + format(loadAverage())
                        + " at the end"},
                new String[] {"run", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()});
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String csvField(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Three significant digits at most (whole numbers from 100), the way the figures are read. */
    static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
