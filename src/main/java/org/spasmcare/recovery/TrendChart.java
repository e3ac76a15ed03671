package org.spasmcare.recovery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.spasmcare.recovery.internal.LogEntryRepository;

/**
 * The trend of pain and interference (both 0-10) as plain numbers and texts, for the Thymeleaf fragment
 * templates/recovery/chart.html to draw as an SVG: no markup is built here, so every text is escaped by
 * Thymeleaf, and this is a pure function of the points, their grain and the locale (no clock, no Spring).
 *
 * <p>Sizes are in the units of the view box, which the page scales to the width of its column. The text is
 * {@link Frame#fontSize()} units of a {@link Frame#width()}-unit box: 18 of 400, so at least 12 CSS px in a column
 * of 267 px or more: 12.3 px in the 273 px column of a 320 px window with a scrollbar, 15.4 px at 390 px. Wider
 * columns would scale it up to 40 px; the CSS gives it fewer units there (15-21 px). The layout (margins, which
 * date ticks fit) is worked out for the largest size, so smaller text always fits.
 *
 * <p>x is proportional to the date, so a gap of ten days is ten times as wide as a gap of one; the line breaks
 * where days (weeks, months at those grains) were not logged; date ticks fall at even calendar steps (days,
 * weeks, months or years, as the span needs) and never overlap.
 *
 * @param grain what one point stands for: {@code day}, {@code week} or {@code month}
 * @param width the view box's width, from 0
 * @param height the view box's height, from 0
 * @param fontSize the text's size
 * @param plot where the values are drawn: 0 on the bottom edge, 10 on the top edge
 * @param labelTop where the date labels start, just below the plot
 * @param gridLines the horizontal grid lines, bottom to top, each with its value written beside it
 * @param ticks the date ticks, left to right
 * @param painLines the pain line, one polyline per run of adjacent points
 * @param interferenceLines the interference line, one polyline per run of adjacent points
 * @param painMarkers a circle on every pain point, or (past {@link #MAX_POINTS_WITH_MARKERS} points) only on
 *        points no line runs through
 * @param interferenceMarkers the same for interference, squares
 * @param hasGaps whether the lines break anywhere
 * @param rows the same numbers for the table, oldest first, with dates written out in full
 */
public record TrendChart(String grain, double width, double height, double fontSize, Area plot, double labelTop,
        List<GridLine> gridLines, List<Tick> ticks, List<List<Vertex>> painLines, List<List<Vertex>> interferenceLines,
        List<Dot> painMarkers, List<Square> interferenceMarkers, boolean hasGaps, List<Row> rows) {

    /** Beyond this many points the markers merge into a blur and only add weight to the page. */
    public static final int MAX_POINTS_WITH_MARKERS = 60;

    static final double MAX_VALUE = 10;
    static final double MARKER_SIZE = 8;

    /** A generous average width of a character, in ems, for spacing labels: wide fonts' digits are 0.64. */
    static final double CHAR_WIDTH = 0.65;
    /** The least space between two date labels, in ems. */
    static final double LABEL_GAP = 0.5;
    /** The least distance between two labelled grid lines, in ems. */
    static final double GRID_LABEL_SPACING = 1.4;

    public TrendChart {
        gridLines = List.copyOf(gridLines);
        ticks = List.copyOf(ticks);
        painLines = painLines.stream().map(List::copyOf).toList();
        interferenceLines = interferenceLines.stream().map(List::copyOf).toList();
        painMarkers = List.copyOf(painMarkers);
        interferenceMarkers = List.copyOf(interferenceMarkers);
        rows = List.copyOf(rows);
    }

    /** The size of the view box and of its text. */
    public record Frame(double width, double height, double fontSize) {
        public static final Frame DEFAULT = new Frame(400, 240, 18);

        public Frame {
            if (!(width > 0 && height > 0 && fontSize > 0)) {
                throw new IllegalArgumentException("width, height and font size must be positive");
            }
        }
    }

    /** A rectangle by its edges. */
    public record Area(double left, double top, double right, double bottom) {
    }

    /** A point of a line. */
    public record Vertex(double x, double y) {
    }

    /** A grid line at height y for a value, written (label) right-aligned at labelX. */
    public record GridLine(double y, String label, double labelX) {
    }

    /**
     * A date tick at x, with its label (e.g. "18 Nov", "Nov" or "2026") and, under it, the year where the year
     * is new (else null). anchor is the SVG text-anchor that keeps the label inside the view box.
     */
    public record Tick(LocalDate date, double x, String label, String year, String anchor) {
    }

    /** A circle marker. */
    public record Dot(double cx, double cy, double r) {
    }

    /** A square marker by its top left corner. */
    public record Square(double x, double y, double size) {
    }

    /** A row of the table: the date written out in full ("18 November 2026") and the averages. */
    public record Row(LocalDate date, String dateText, double pain, double interference) {
    }

    /** What a point stands for, and so which points are next to each other. */
    public enum Grain {
        DAY, WEEK, MONTH;

        /** day, week or month, as {@link LogView#trendGrain()} names them. */
        public static Grain of(String name) {
            Objects.requireNonNull(name, "grain");
            for (Grain grain : values()) {
                if (grain.key().equals(name)) {
                    return grain;
                }
            }
            throw new IllegalArgumentException("grain must be day, week or month: " + name);
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether b is the day (week, month) after a's: weeks run Monday to Sunday, as LogEntryRepository groups them. */
        boolean adjacent(LocalDate a, LocalDate b) {
            return switch (this) {
                case DAY -> a.plusDays(1).equals(b);
                case WEEK -> monday(a).plusWeeks(1).equals(monday(b));
                case MONTH -> YearMonth.from(a).plusMonths(1).equals(YearMonth.from(b));
            };
        }

        private static LocalDate monday(LocalDate date) {
            return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }

    public static TrendChart of(List<TrendPoint> points, String grain, Locale locale) {
        return of(points, Grain.of(grain), locale, Frame.DEFAULT);
    }

    /** points are oldest first, at most one a day (week, month); there may be none or one. */
    public static TrendChart of(List<TrendPoint> points, Grain grain, Locale locale, Frame frame) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(frame, "frame");
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            Objects.requireNonNull(point.date(), "date");
            // NaN cannot be clamped, and a missing average has nothing to draw.
            if (point.pain() == null || point.interference() == null || point.pain().isNaN()
                    || point.interference().isNaN()) {
                throw new IllegalArgumentException("pain and interference must be numbers: " + point);
            }
            // Out of order dates would draw a line that runs back in time.
            if (i > 0 && !point.date().isAfter(points.get(i - 1).date())) {
                throw new IllegalArgumentException("points must be oldest first, one a date");
            }
        }
        Layout layout = new Layout(frame);
        Dates dates = new Dates(locale);
        XScale scale = points.isEmpty() ? null
                : new XScale(points.get(0).date(), points.get(points.size() - 1).date(), layout.plot);

        List<List<TrendPoint>> runs = runs(points, grain);
        List<List<Vertex>> painLines = new ArrayList<>();
        List<List<Vertex>> interferenceLines = new ArrayList<>();
        List<TrendPoint> marked = new ArrayList<>();
        for (List<TrendPoint> run : runs) {
            if (run.size() > 1) {
                painLines.add(run.stream().map(p -> new Vertex(round(scale.x(p.date())), round(layout.y(p.pain())))).toList());
                interferenceLines.add(run.stream()
                        .map(p -> new Vertex(round(scale.x(p.date())), round(layout.y(p.interference())))).toList());
            }
            // A point on its own has no line through it: without its marker it would not show at all.
            if (points.size() <= MAX_POINTS_WITH_MARKERS || run.size() == 1) {
                marked.addAll(run);
            }
        }
        double half = MARKER_SIZE / 2;
        List<Dot> painMarkers = marked.stream()
                .map(p -> new Dot(round(scale.x(p.date())), round(layout.y(p.pain())), half)).toList();
        List<Square> interferenceMarkers = marked.stream()
                .map(p -> new Square(round(scale.x(p.date()) - half), round(layout.y(p.interference()) - half), MARKER_SIZE))
                .toList();
        List<Row> rows = points.stream()
                .map(p -> new Row(p.date(), dates.full(p.date()), p.pain(), p.interference())).toList();

        return new TrendChart(grain.key(), frame.width(), frame.height(), frame.fontSize(), layout.plot,
                round(layout.plot.bottom() + frame.fontSize() / 3), layout.gridLines(),
                scale == null ? List.of() : ticks(scale, layout, dates), painLines, interferenceLines,
                painMarkers, interferenceMarkers, runs.size() > 1, rows);
    }

    /** The points split where one is not the day (week, month) after the one before. */
    static List<List<TrendPoint>> runs(List<TrendPoint> points, Grain grain) {
        List<List<TrendPoint>> runs = new ArrayList<>();
        List<TrendPoint> run = new ArrayList<>();
        for (TrendPoint point : points) {
            if (!run.isEmpty() && !grain.adjacent(run.get(run.size() - 1).date(), point.date())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(point);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * The date ticks of the smallest calendar step whose labels all fit without overlapping and that gives at
     * least two ticks (else of the smallest that fits at all), leaving out a tick at either end if need be.
     */
    private static List<Tick> ticks(XScale scale, Layout layout, Dates dates) {
        if (scale.days == 0) {
            LocalDate only = scale.first;
            Tick tick = new Tick(only, round(scale.x(only)), dates.dayMonth(only), dates.year(only), "middle");
            return layout.fits(List.of(tick)) ? List.of(tick) : List.of();
        }
        List<Tick> fallback = List.of();
        for (Step step : Step.values()) {
            // Far more ticks than could ever fit side by side: no need to lay them out.
            if (step.approximateCount(scale.days) > layout.frame.width() / layout.frame.fontSize()) {
                continue;
            }
            List<Tick> ticks = new ArrayList<>();
            Integer lastYear = null;
            for (LocalDate date = step.firstOnOrAfter(scale.first); !date.isAfter(scale.last); date = step.next(date)) {
                String label = switch (step.unit) {
                    case DAYS, WEEKS -> dates.dayMonth(date);
                    case MONTHS -> dates.month(date);
                    default -> dates.year(date);
                };
                // The year goes under the first tick and under each tick in a new year, unless the label is the year.
                String year = step.unit != ChronoUnit.YEARS && !Integer.valueOf(date.getYear()).equals(lastYear)
                        ? dates.year(date) : null;
                lastYear = date.getYear();
                double x = round(scale.x(date));
                ticks.add(new Tick(date, x, label, year, layout.anchor(x, label, year)));
            }
            for (List<Tick> candidate : withoutCrowdedEnds(ticks)) {
                if (layout.fits(candidate)) {
                    if (candidate.size() > 1) {
                        return candidate;
                    }
                    if (fallback.isEmpty()) {
                        fallback = candidate;
                    }
                }
            }
        }
        return fallback;
    }

    /**
     * The ticks, then without the first or last (or both) where its label is pushed in from the edge of the view
     * box: such a label can run into its neighbour where a centred one would not, and the steps stay even.
     */
    private static List<List<Tick>> withoutCrowdedEnds(List<Tick> ticks) {
        List<List<Tick>> candidates = new ArrayList<>();
        candidates.add(ticks);
        int size = ticks.size();
        boolean first = size > 1 && ticks.get(0).anchor().equals("start");
        boolean last = size > 1 && ticks.get(size - 1).anchor().equals("end");
        if (last) {
            candidates.add(ticks.subList(0, size - 1));
        }
        if (first) {
            candidates.add(ticks.subList(1, size));
        }
        if (first && last && size > 2) {
            candidates.add(ticks.subList(1, size - 1));
        }
        return candidates;
    }

    /** The calendar steps date ticks can fall at, smallest first. */
    private enum Step {
        DAY(ChronoUnit.DAYS, 1), TWO_DAYS(ChronoUnit.DAYS, 2), THREE_DAYS(ChronoUnit.DAYS, 3), WEEK(ChronoUnit.WEEKS, 1), TWO_WEEKS(ChronoUnit.WEEKS, 2),
        MONTH(ChronoUnit.MONTHS, 1), TWO_MONTHS(ChronoUnit.MONTHS, 2), QUARTER(ChronoUnit.MONTHS, 3),
        HALF_YEAR(ChronoUnit.MONTHS, 6), YEAR(ChronoUnit.YEARS, 1), TWO_YEARS(ChronoUnit.YEARS, 2),
        FIVE_YEARS(ChronoUnit.YEARS, 5), TEN_YEARS(ChronoUnit.YEARS, 10), TWENTY_FIVE_YEARS(ChronoUnit.YEARS, 25),
        FIFTY_YEARS(ChronoUnit.YEARS, 50), HUNDRED_YEARS(ChronoUnit.YEARS, 100);

        /** Monday 5 January 1970: two-week steps count from it (as steps of days count from 1 January 1970). */
        private static final long FIRST_MONDAY = 4;

        final ChronoUnit unit;
        final int count;

        Step(ChronoUnit unit, int count) {
            this.unit = unit;
            this.count = count;
        }

        long approximateCount(long days) {
            return days / Math.max(1, unit.getDuration().toDays() * count);
        }

        /** The first tick on or after date: every n-th day, Monday, first of a month, 1 January. */
        LocalDate firstOnOrAfter(LocalDate date) {
            switch (unit) {
                case DAYS -> {
                    long day = date.toEpochDay();
                    return LocalDate.ofEpochDay(day + Math.floorMod(-day, count));
                }
                case WEEKS -> {
                    LocalDate monday = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                    long week = (monday.toEpochDay() - FIRST_MONDAY) / 7;
                    return monday.plusWeeks(Math.floorMod(-week, count));
                }
                case MONTHS -> {
                    YearMonth month = YearMonth.from(date);
                    if (date.getDayOfMonth() != 1) {
                        month = month.plusMonths(1);
                    }
                    return month.plusMonths(Math.floorMod(-(month.getMonthValue() - 1), count)).atDay(1);
                }
                default -> {
                    int year = date.getDayOfYear() == 1 ? date.getYear() : date.getYear() + 1;
                    return LocalDate.of(year + Math.floorMod(-year, count), 1, 1);
                }
            }
        }

        LocalDate next(LocalDate date) {
            return date.plus(count, unit);
        }
    }

    /** The plot area and the text around it, from the frame. */
    private static final class Layout {
        final Frame frame;
        final Area plot;

        Layout(Frame frame) {
            this.frame = frame;
            double font = frame.fontSize();
            // Left: room for "10" and a gap; top: half a label above the top line; right: half a marker;
            // below: the date and, under it, the year.
            this.plot = new Area(round(2 * font), round(0.75 * font), round(frame.width() - MARKER_SIZE - 2),
                    round(frame.height() - 2.8 * font));
            if (plot.right() - plot.left() < font || plot.bottom() - plot.top() < font) {
                throw new IllegalArgumentException("the frame is too small for its text: " + frame);
            }
        }

        /** A 0-10 value as a y coordinate: 10 at the top. Out of range values are drawn at the nearest edge. */
        double y(double value) {
            double clamped = Math.max(0, Math.min(MAX_VALUE, value));
            return plot.bottom() - clamped / MAX_VALUE * (plot.bottom() - plot.top());
        }

        /** A line and a label every 2 where the labels have room, else every 5. */
        List<GridLine> gridLines() {
            int step = (plot.bottom() - plot.top()) / 5 >= GRID_LABEL_SPACING * frame.fontSize() ? 2 : 5;
            List<GridLine> lines = new ArrayList<>();
            for (int value = 0; value <= MAX_VALUE; value += step) {
                lines.add(new GridLine(round(y(value)), Integer.toString(value), round(plot.left() - 0.4 * frame.fontSize())));
            }
            return lines;
        }

        double width(Tick tick) {
            return width(tick.label(), tick.year());
        }

        double width(String label, String year) {
            int characters = Math.max(label.length(), year == null ? 0 : year.length());
            return characters * CHAR_WIDTH * frame.fontSize();
        }

        /** Centred on its tick, unless that would cross the edge of the view box. */
        String anchor(double x, String label, String year) {
            double half = width(label, year) / 2;
            if (x - half < 0) {
                return "start";
            }
            return x + half > frame.width() ? "end" : "middle";
        }

        double start(Tick tick) {
            return switch (tick.anchor()) {
                case "start" -> tick.x();
                case "end" -> tick.x() - width(tick);
                default -> tick.x() - width(tick) / 2;
            };
        }

        /** Every label inside the view box, and a gap between each and the next. */
        boolean fits(List<Tick> ticks) {
            double end = Double.NEGATIVE_INFINITY;
            for (Tick tick : ticks) {
                double start = start(tick);
                if (start < 0 || start + width(tick) > frame.width() || start - end < LABEL_GAP * frame.fontSize()) {
                    return false;
                }
                end = start + width(tick);
            }
            return true;
        }
    }

    /** Places dates by time, so a gap of ten days is ten times as wide as a gap of one. */
    private static final class XScale {
        final LocalDate first;
        final LocalDate last;
        final long days;
        final Area plot;

        XScale(LocalDate first, LocalDate last, Area plot) {
            this.first = first;
            this.last = last;
            this.days = ChronoUnit.DAYS.between(first, last);
            this.plot = plot;
        }

        double x(LocalDate date) {
            if (days == 0) {
                return (plot.left() + plot.right()) / 2;
            }
            return plot.left() + ChronoUnit.DAYS.between(first, date) / (double) days * (plot.right() - plot.left());
        }
    }

    /** Dates in the reader's language: "18 Nov", "Nov", "2026" on ticks, "18 November 2026" in the table. */
    private static final class Dates {
        final DateTimeFormatter dayMonth;
        final DateTimeFormatter month;
        final DateTimeFormatter year;
        final DateTimeFormatter full;

        Dates(Locale locale) {
            this.dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
            // LLL: the month's name on its own ("stand-alone"), which some languages spell differently.
            this.month = DateTimeFormatter.ofPattern("LLL", locale);
            this.year = DateTimeFormatter.ofPattern("uuuu", locale);
            this.full = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        }

        String dayMonth(LocalDate date) {
            return dayMonth.format(date);
        }

        String month(LocalDate date) {
            return month.format(date);
        }

        String year(LocalDate date) {
            return year.format(date);
        }

        String full(LocalDate date) {
            return full.format(date);
        }
    }

    /** One decimal: enough for a view box of a few hundred units, and short in the page. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
