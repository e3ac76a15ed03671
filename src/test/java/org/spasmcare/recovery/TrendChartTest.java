package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcare.recovery.TrendChart.Frame;
import org.spasmcare.recovery.TrendChart.Grain;
import org.spasmcare.recovery.TrendChart.Tick;
import org.spasmcare.recovery.TrendChart.Vertex;

/** The chart's geometry: a pure function of the points, their grain and the locale. Fixed dates only. */
class TrendChartTest {

    /** A Sunday. */
    private static final LocalDate START = LocalDate.of(2026, 11, 22);
    private static final Frame FRAME = Frame.DEFAULT;

    // --- x: by date ---

    static Stream<Arguments> unevenDates() {
        return Stream.of(
                Arguments.of(List.of(0, 1, 10)),
                Arguments.of(List.of(0, 9, 10)),
                Arguments.of(List.of(0, 2, 3, 30, 31, 92)),
                Arguments.of(List.of(0, 100, 101, 400)));
    }

    @ParameterizedTest
    @MethodSource("unevenDates")
    void shouldPlaceEachPointInProportionToItsDate(List<Integer> offsets) {
        List<TrendPoint> points = offsets.stream().map(day -> point(START.plusDays(day), 1, 1)).toList();

        TrendChart chart = chart(points, Grain.DAY);

        List<Double> xs = chart.rows().stream().map(row -> x(chart, row.date())).toList();
        double perDay = (chart.plot().right() - chart.plot().left()) / offsets.get(offsets.size() - 1);
        for (int i = 0; i < offsets.size(); i++) {
            assertThat(xs.get(i)).as("x of day %d", offsets.get(i))
                    .isCloseTo(chart.plot().left() + offsets.get(i) * perDay, within(0.051));
        }
        assertThat(xs.get(0)).isEqualTo(chart.plot().left());
        assertThat(xs.get(xs.size() - 1)).isEqualTo(chart.plot().right());
    }

    @Test
    void shouldMakeAGapOfTenDaysTenTimesAsWideAsAGapOfOne() {
        TrendChart chart = chart(List.of(point(START, 1, 1), point(START.plusDays(1), 1, 1),
                point(START.plusDays(11), 1, 1)), Grain.DAY);

        double one = x(chart, START.plusDays(1)) - x(chart, START);
        double ten = x(chart, START.plusDays(11)) - x(chart, START.plusDays(1));
        assertThat(ten).isCloseTo(10 * one, within(0.5));
    }

    @Test
    void shouldCentreASinglePoint() {
        TrendChart chart = chart(List.of(point(START, 4, 6)), Grain.DAY);

        assertThat(chart.painLines()).isEmpty();
        assertThat(chart.painMarkers()).singleElement()
                .satisfies(dot -> assertThat(dot.cx()).isEqualTo((chart.plot().left() + chart.plot().right()) / 2, within(0.05)));
        assertThat(chart.interferenceMarkers()).hasSize(1);
        assertThat(chart.ticks()).singleElement().satisfies(tick -> {
            assertThat(tick.label()).isEqualTo("22 Nov");
            assertThat(tick.year()).isEqualTo("2026");
            assertThat(tick.anchor()).isEqualTo("middle");
        });
    }

    // --- y ---

    @Test
    void shouldDrawHigherValuesHigherUpAndTheScaleFromBottomToTop() {
        TrendChart chart = chart(List.of(point(START, 0, 10), point(START.plusDays(1), 10, 0)), Grain.DAY);

        List<Vertex> pain = chart.painLines().get(0);
        List<Vertex> interference = chart.interferenceLines().get(0);
        assertThat(pain.get(0).y()).isEqualTo(chart.plot().bottom());
        assertThat(pain.get(1).y()).isEqualTo(chart.plot().top());
        assertThat(interference.get(0).y()).isEqualTo(chart.plot().top());
        assertThat(interference.get(1).y()).isEqualTo(chart.plot().bottom());
        assertThat(pain.get(1).x()).isGreaterThan(pain.get(0).x());
    }

    @Test
    void shouldClampValuesOutsideTheScale() {
        TrendChart outside = chart(List.of(point(START, -3, 14), point(START.plusDays(1), 25, -0.5)), Grain.DAY);
        TrendChart edges = chart(List.of(point(START, 0, 10), point(START.plusDays(1), 10, 0)), Grain.DAY);

        assertThat(outside.painLines()).isEqualTo(edges.painLines());
        assertThat(outside.interferenceLines()).isEqualTo(edges.interferenceLines());
        assertThat(outside.painMarkers()).isEqualTo(edges.painMarkers());
        assertThat(outside.interferenceMarkers()).isEqualTo(edges.interferenceMarkers());
        assertThat(outside.rows().get(0).pain()).as("the table keeps the true number").isEqualTo(-3);
    }

    static Stream<Arguments> gridFrames() {
        return Stream.of(
                Arguments.of(FRAME, List.of("0", "2", "4", "6", "8", "10")),
                Arguments.of(new Frame(400, 320, 18), List.of("0", "2", "4", "6", "8", "10")),
                // Too short for a label every 2: 0, 5 and 10 only.
                Arguments.of(new Frame(400, 120, 18), List.of("0", "5", "10")),
                Arguments.of(new Frame(400, 240, 30), List.of("0", "5", "10")));
    }

    @ParameterizedTest
    @MethodSource("gridFrames")
    void shouldLabelEveryGridLineEvenlyFromBottomToTop(Frame frame, List<String> labels) {
        TrendChart chart = TrendChart.of(days(5), Grain.DAY, Locale.ENGLISH, frame);

        assertThat(chart.gridLines()).extracting(TrendChart.GridLine::label).containsExactlyElementsOf(labels);
        List<Double> ys = chart.gridLines().stream().map(TrendChart.GridLine::y).toList();
        assertThat(ys.get(0)).isEqualTo(chart.plot().bottom());
        assertThat(ys.get(ys.size() - 1)).isEqualTo(chart.plot().top());
        double step = ys.get(0) - ys.get(1);
        for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i - 1) - ys.get(i)).isCloseTo(step, within(0.11));
        }
        assertThat(step).as("room for a label on each line").isGreaterThanOrEqualTo(1.4 * frame.fontSize());
        for (TrendChart.GridLine line : chart.gridLines()) {
            assertThat(line.labelX()).as("written left of the plot").isLessThan(chart.plot().left());
            assertThat(line.labelX() - line.label().length() * TrendChart.CHAR_WIDTH * frame.fontSize())
                    .as("inside the view box").isGreaterThanOrEqualTo(0);
        }
    }

    // --- gaps ---

    static Stream<Arguments> gaps() {
        return Stream.of(
                // grain, dates, the number of points in each polyline, the lone points (markers past 60 points)
                Arguments.of(Grain.DAY, dates("2026-11-01", "2026-11-02", "2026-11-03"), List.of(3), 0),
                Arguments.of(Grain.DAY, dates("2026-11-01", "2026-11-02", "2026-11-04", "2026-11-05"), List.of(2, 2), 0),
                Arguments.of(Grain.DAY, dates("2026-11-01", "2026-11-03", "2026-11-04"), List.of(2), 1),
                Arguments.of(Grain.DAY, dates("2026-11-01", "2026-11-03", "2026-11-05"), List.of(), 3),
                Arguments.of(Grain.DAY, dates("2026-12-31", "2027-01-01"), List.of(2), 0),
                // weeks run Monday to Sunday: Sunday 22 and Monday 23 November are next to each other,
                Arguments.of(Grain.WEEK, dates("2026-11-22", "2026-11-23"), List.of(2), 0),
                // Monday 16 and Sunday 29 November too (one week apart, though 13 days),
                Arguments.of(Grain.WEEK, dates("2026-11-16", "2026-11-29", "2026-12-02"), List.of(3), 0),
                // but not Sunday 22 and Monday 30 November (8 days, a week missed between them).
                Arguments.of(Grain.WEEK, dates("2026-11-22", "2026-11-30", "2026-12-07"), List.of(2), 1),
                Arguments.of(Grain.MONTH, dates("2026-11-15", "2026-12-01", "2027-01-31"), List.of(3), 0),
                Arguments.of(Grain.MONTH, dates("2026-10-01", "2026-11-30", "2027-01-01", "2027-02-01"), List.of(2, 2), 0),
                Arguments.of(Grain.MONTH, dates("2026-10-01", "2026-12-01", "2027-01-01"), List.of(2), 1));
    }

    @ParameterizedTest
    @MethodSource("gaps")
    void shouldBreakTheLineWhereADayWeekOrMonthWasNotLogged(Grain grain, List<LocalDate> dates, List<Integer> lines,
            int lonePoints) {
        TrendChart chart = chart(dates.stream().map(date -> point(date, 3, 4)).toList(), grain);

        assertThat(chart.painLines()).extracting(List::size).containsExactlyElementsOf(lines);
        assertThat(chart.interferenceLines()).extracting(List::size).containsExactlyElementsOf(lines);
        assertThat(chart.hasGaps()).isEqualTo(lines.size() + lonePoints > 1);
        assertThat(chart.painMarkers()).as("few points: every one marked").hasSize(dates.size());
        // Past 60 points (the same dates, a long run of adjacent points in front): only the lone points.
        List<TrendPoint> many = new ArrayList<>();
        LocalDate first = dates.get(0);
        for (int i = 61; i > 0; i--) {
            many.add(point(switch (grain) {
                case DAY -> first.minusDays(i + 1);
                case WEEK -> first.minusWeeks(i + 1);
                case MONTH -> first.minusMonths(i + 1).withDayOfMonth(1);
            }, 2, 2));
        }
        dates.forEach(date -> many.add(point(date, 3, 4)));
        TrendChart big = chart(many, grain);
        assertThat(big.painLines()).extracting(List::size).containsExactlyElementsOf(
                Stream.concat(Stream.of(61), lines.stream()).toList());
        assertThat(big.painMarkers()).hasSize(lonePoints);
        assertThat(big.interferenceMarkers()).hasSize(lonePoints);
    }

    @Test
    void shouldPutTheLonePointsMarkersOnThoseDates() {
        List<TrendPoint> points = new ArrayList<>(days(61));
        points.add(point(START.plusDays(70), 9, 1));

        TrendChart chart = chart(points, Grain.DAY);

        assertThat(chart.painMarkers()).singleElement().satisfies(dot -> {
            assertThat(dot.cx()).isEqualTo(chart.plot().right());
            assertThat(dot.cy()).isEqualTo(chart.plot().bottom() - 0.9 * (chart.plot().bottom() - chart.plot().top()), within(0.05));
        });
        assertThat(chart.interferenceMarkers()).singleElement().satisfies(square -> {
            assertThat(square.x() + square.size() / 2).isEqualTo(chart.plot().right(), within(0.05));
            assertThat(square.size()).isEqualTo(TrendChart.MARKER_SIZE);
        });
    }

    // --- markers ---

    static Stream<Arguments> markerCounts() {
        return Stream.of(Arguments.of(1, 1), Arguments.of(2, 2), Arguments.of(59, 59), Arguments.of(60, 60),
                Arguments.of(61, 0), Arguments.of(92, 0), Arguments.of(1826, 0));
    }

    @ParameterizedTest
    @MethodSource("markerCounts")
    void shouldMarkEveryPointUpToSixtyAndNoneBeyond(int points, int markers) {
        TrendChart chart = chart(days(points), Grain.DAY);

        assertThat(chart.painMarkers()).hasSize(markers);
        assertThat(chart.interferenceMarkers()).hasSize(markers);
        assertThat(chart.painLines().stream().mapToInt(List::size).sum()).isEqualTo(points > 1 ? points : 0);
        assertThat(chart.interferenceLines().stream().mapToInt(List::size).sum()).isEqualTo(points > 1 ? points : 0);
    }

    @Test
    void shouldPlaceEachSquareMarkerByItsCorner() {
        TrendChart chart = chart(days(3), Grain.DAY);

        for (int i = 0; i < 3; i++) {
            Vertex centre = chart.interferenceLines().get(0).get(i);
            assertThat(chart.interferenceMarkers().get(i).x()).isEqualTo(centre.x() - 4, within(0.051));
            assertThat(chart.interferenceMarkers().get(i).y()).isEqualTo(centre.y() - 4, within(0.051));
            assertThat(chart.painMarkers().get(i).cx()).isEqualTo(chart.painLines().get(0).get(i).x());
            assertThat(chart.painMarkers().get(i).r()).isEqualTo(4);
        }
    }

    // --- ticks ---

    /** Pairs of spans on either side of a step's limit show that the smallest step that fits is chosen. */
    static Stream<Arguments> spans() {
        return Stream.of(
                // days of entries, grain, the step between ticks, the first tick's label and year
                Arguments.of(2, Grain.DAY, Period.ofDays(1), "22 Nov", "2026"),
                Arguments.of(3, Grain.DAY, Period.ofDays(1), "22 Nov", "2026"),
                Arguments.of(7, Grain.DAY, Period.ofDays(2), "23 Nov", "2026"),
                Arguments.of(11, Grain.DAY, Period.ofDays(3), "24 Nov", "2026"),
                Arguments.of(14, Grain.DAY, Period.ofDays(3), "24 Nov", "2026"),
                Arguments.of(16, Grain.DAY, Period.ofWeeks(1), "23 Nov", "2026"),
                Arguments.of(29, Grain.DAY, Period.ofWeeks(1), "23 Nov", "2026"),
                Arguments.of(32, Grain.DAY, Period.ofWeeks(1), "23 Nov", "2026"),
                Arguments.of(34, Grain.DAY, Period.ofWeeks(2), "23 Nov", "2026"),
                Arguments.of(45, Grain.DAY, Period.ofWeeks(2), "23 Nov", "2026"),
                Arguments.of(93, Grain.DAY, Period.ofMonths(1), "Dec", "2026"),
                Arguments.of(200, Grain.WEEK, Period.ofMonths(2), "Jan", "2027"),
                Arguments.of(366, Grain.WEEK, Period.ofMonths(2), "Jan", "2027"),
                Arguments.of(732, Grain.WEEK, Period.ofMonths(6), "Jan", "2027"),
                Arguments.of(1827, Grain.MONTH, Period.ofYears(1), "2027", null),
                Arguments.of(3653, Grain.MONTH, Period.ofYears(2), "2028", null));
    }

    @ParameterizedTest
    @MethodSource("spans")
    void shouldPutTicksAtEvenCalendarStepsThatFitTheSpan(int days, Grain grain, Period step, String firstLabel,
            String firstYear) {
        List<TrendPoint> points = everyDay(START, days, grain);

        TrendChart chart = chart(points, grain);

        List<Tick> ticks = chart.ticks();
        assertThat(ticks).as("ticks for %d days", days).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ticks.get(0).label()).isEqualTo(firstLabel);
        assertThat(ticks.get(0).year()).isEqualTo(firstYear);
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).date()).as("tick after %s", ticks.get(i - 1).date())
                    .isEqualTo(ticks.get(i - 1).date().plus(step));
        }
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        for (Tick tick : ticks) {
            assertThat(tick.date()).isBetween(first, last);
            assertThat(tick.x()).isEqualTo(x(chart, tick.date()), within(0.051));
            if (step.getMonths() > 0 || step.getYears() > 0) {
                assertThat(tick.date().getDayOfMonth()).as("the first of a month").isEqualTo(1);
                assertThat((tick.date().getMonthValue() - 1) % Math.max(1, step.getMonths())).isZero();
            }
            if (step.getYears() > 0) {
                assertThat(tick.date().getDayOfYear()).isEqualTo(1);
                assertThat(tick.date().getYear() % step.getYears()).isZero();
            }
            if (step.getDays() % 7 == 0 && step.getDays() > 0) {
                assertThat(tick.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            }
        }
        assertLabelsApartAndInside(chart);
    }

    @Test
    void shouldShowTheYearUnderTheFirstTickAndWhereItChanges() {
        TrendChart chart = chart(everyDay(LocalDate.of(2026, 12, 28), 6, Grain.DAY), Grain.DAY);

        // every other day: even days since 1 January 1970
        assertThat(chart.ticks()).extracting(Tick::label).containsExactly("29 Dec", "31 Dec", "2 Jan");
        assertThat(chart.ticks()).extracting(Tick::year).containsExactly("2026", null, "2027");
    }

    @Test
    void shouldLeaveOutTheLastTickWhenItsLabelSetBackFromTheEdgeWouldTouchTheOneBefore() {
        // 22 November to 22 December: the label of Monday 21 December would end at the right edge, on 14 December's
        TrendChart chart = chart(everyDay(START, 31, Grain.DAY), Grain.DAY);

        assertThat(chart.ticks()).extracting(Tick::label).containsExactly("23 Nov", "30 Nov", "7 Dec", "14 Dec");
        assertThat(chart.ticks()).extracting(Tick::anchor).containsOnly("middle");
        assertLabelsApartAndInside(chart);
    }

    @Test
    void shouldKeepDateLabelsApartWhenPointsCrowdTogether() {
        List<TrendPoint> points = new ArrayList<>(days(10));
        points.add(point(START.plusDays(300), 2, 2));

        TrendChart chart = chart(points, Grain.DAY);

        assertThat(chart.ticks()).hasSizeGreaterThanOrEqualTo(2);
        assertLabelsApartAndInside(chart);
    }

    @Test
    void shouldAnchorALabelAtTheEdgeSoItStaysInsideTheViewBox() {
        // "22 sept." is too long to centre on the first tick: it would start left of the view box
        TrendChart chart = TrendChart.of(everyDay(LocalDate.of(2026, 9, 22), 2, Grain.DAY), Grain.DAY, Locale.FRANCE,
                FRAME);

        assertThat(chart.ticks()).extracting(Tick::anchor).containsExactly("start", "end");
        assertLabelsApartAndInside(chart);
    }

    // --- dates in the reader's language ---

    static Stream<Arguments> locales() {
        return Stream.of(
                // locale, a day tick, a month tick, a row of the table
                Arguments.of(Locale.ENGLISH, "22 Nov", "Dec", "22 November 2026"),
                Arguments.of(Locale.UK, "22 Nov", "Dec", "22 November 2026"),
                Arguments.of(Locale.US, "22 Nov", "Dec", "22 November 2026"),
                Arguments.of(Locale.FRANCE, "22 nov.", "déc.", "22 novembre 2026"),
                Arguments.of(Locale.GERMANY, "22 Nov.", "Dez", "22 November 2026"),
                Arguments.of(Locale.forLanguageTag("es"), "22 nov", "dic", "22 noviembre 2026"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void shouldWriteDatesInTheReadersLanguageAndNeverAsIso(Locale locale, String day, String month, String row) {
        TrendChart days = TrendChart.of(everyDay(START, 3, Grain.DAY), Grain.DAY, locale, FRAME);
        TrendChart months = TrendChart.of(everyDay(START, 93, Grain.DAY), Grain.DAY, locale, FRAME);

        assertThat(days.ticks().get(0).label()).isEqualTo(day);
        assertThat(months.ticks().get(0).label()).isEqualTo(month);
        assertThat(days.rows().get(0).dateText()).isEqualTo(row);
        Stream.of(days, months).flatMap(chart -> Stream.concat(
                        chart.ticks().stream().flatMap(tick -> Stream.of(tick.label(), tick.year())),
                        chart.rows().stream().map(TrendChart.Row::dateText)))
                .filter(text -> text != null)
                .forEach(text -> assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}"));
        assertLabelsApartAndInside(months);
    }

    @Test
    void shouldNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        TrendChart english = chart(days(40), Grain.DAY);
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(chart(days(40), Grain.DAY)).isEqualTo(english);
        } finally {
            Locale.setDefault(before);
        }
    }

    // --- the record ---

    @Test
    void shouldRoundEveryCoordinateToATenth() {
        TrendChart chart = chart(List.of(point(START, 10 / 3.0, 20 / 3.0), point(START.plusDays(1), 7.1, 1.3),
                point(START.plusDays(2), 5, 5)), Grain.DAY);

        Stream.concat(chart.painLines().stream(), chart.interferenceLines().stream()).flatMap(List::stream)
                .flatMap(vertex -> Stream.of(vertex.x(), vertex.y()))
                .forEach(value -> assertThat(Math.abs(value * 10 - Math.rint(value * 10))).isLessThan(1e-6));
        Stream.concat(chart.painMarkers().stream().flatMap(dot -> Stream.of(dot.cx(), dot.cy())),
                        chart.interferenceMarkers().stream().flatMap(square -> Stream.of(square.x(), square.y())))
                .forEach(value -> assertThat(Math.abs(value * 10 - Math.rint(value * 10))).isLessThan(1e-6));
        assertThat(chart.painLines().get(0)).extracting(Vertex::y).anyMatch(y -> y != Math.rint(y));
    }

    @Test
    void shouldHaveOnlyTheFrameForNoPoints() {
        TrendChart chart = chart(List.of(), Grain.DAY);

        assertThat(chart.width()).isEqualTo(400);
        assertThat(chart.height()).isEqualTo(240);
        assertThat(chart.gridLines()).hasSize(6);
        assertThat(chart.ticks()).isEmpty();
        assertThat(chart.painLines()).isEmpty();
        assertThat(chart.painMarkers()).isEmpty();
        assertThat(chart.interferenceMarkers()).isEmpty();
        assertThat(chart.rows()).isEmpty();
        assertThat(chart.hasGaps()).isFalse();
    }

    @Test
    void shouldNameItsGrainAsTheMessagesDo() {
        assertThat(TrendChart.of(days(2), "week", Locale.ENGLISH).grain()).isEqualTo("week");
        assertThat(Grain.of("day")).isEqualTo(Grain.DAY);
        assertThat(Grain.of("month")).isEqualTo(Grain.MONTH);
        assertThatThrownBy(() -> Grain.of("year")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grain.of("DAY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectPointsThatAreNotOldestFirstOrShareADate() {
        assertThatThrownBy(() -> chart(List.of(point(START.plusDays(1), 1, 1), point(START, 1, 1)), Grain.DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart(List.of(point(START, 1, 1), point(START, 2, 2)), Grain.DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectAValueThatIsNotANumber() {
        assertThatThrownBy(() -> chart(List.of(point(START, Double.NaN, 1)), Grain.DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart(List.of(point(START, 1, Double.NaN)), Grain.DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart(List.of(new TrendPoint(START, null, 1.0)), Grain.DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectAFrameTooSmallForItsText() {
        assertThatThrownBy(() -> new Frame(0, 240, 18)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrendChart.of(days(2), Grain.DAY, Locale.ENGLISH, new Frame(400, 50, 18)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers ---

    /** Every label inside the view box and at least half an em from the next, as estimated for the widest font. */
    private static void assertLabelsApartAndInside(TrendChart chart) {
        double end = Double.NEGATIVE_INFINITY;
        for (Tick tick : chart.ticks()) {
            double width = Math.max(tick.label().length(), tick.year() == null ? 0 : tick.year().length())
                    * TrendChart.CHAR_WIDTH * chart.fontSize();
            double start = switch (tick.anchor()) {
                case "start" -> tick.x();
                case "end" -> tick.x() - width;
                default -> tick.x() - width / 2;
            };
            assertThat(start).as("start of %s", tick.label()).isGreaterThanOrEqualTo(0);
            assertThat(start + width).as("end of %s", tick.label()).isLessThanOrEqualTo(chart.width());
            assertThat(start - end).as("room before %s", tick.label())
                    .isGreaterThanOrEqualTo(TrendChart.LABEL_GAP * chart.fontSize());
            end = start + width;
        }
    }

    /** Where a date falls, worked out here from the plot area. */
    private static double x(TrendChart chart, LocalDate date) {
        LocalDate first = chart.rows().get(0).date();
        LocalDate last = chart.rows().get(chart.rows().size() - 1).date();
        long days = ChronoUnit.DAYS.between(first, last);
        return TrendChart.round(chart.plot().left()
                + ChronoUnit.DAYS.between(first, date) / (double) days * (chart.plot().right() - chart.plot().left()));
    }

    private static TrendChart chart(List<TrendPoint> points, Grain grain) {
        return TrendChart.of(points, grain, Locale.ENGLISH, FRAME);
    }

    private static TrendPoint point(LocalDate date, double pain, double interference) {
        return new TrendPoint(date, pain, interference);
    }

    /** One point a day from START, with values that move, so lines are not flat. */
    private static List<TrendPoint> days(int count) {
        List<TrendPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(point(START.plusDays(i), i % 11, (i * 3) % 11));
        }
        return points;
    }

    /**
     * A log of an entry every day for the given number of days from start, as the repository groups it: each
     * day, or the first logged day of each week (Monday to Sunday) or month.
     */
    static List<TrendPoint> everyDay(LocalDate start, int days, Grain grain) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = start.plusDays(i);
            boolean first = i == 0 || switch (grain) {
                case DAY -> true;
                case WEEK -> date.getDayOfWeek() == DayOfWeek.MONDAY;
                case MONTH -> date.getDayOfMonth() == 1;
            };
            if (first) {
                points.add(point(date, 3 + i % 5, 2 + i % 4));
            }
        }
        return points;
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Stream.of(isoDates).map(LocalDate::parse).toList();
    }
}
