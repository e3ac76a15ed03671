package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spasmcare.recovery.TrendChart.Labels;
import org.spasmcare.recovery.TrendChart.Point;

class TrendChartTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 22);
    private static final Labels LABELS = new Labels("Pain over time", "Pain fell from 8 to 3.", "Pain",
            "Interference with daily activities");

    static Stream<List<Point>> charts() {
        return Stream.of(List.of(), List.of(new Point(START, 4, 5)), days(14), days(61), days(1826));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void shouldBeWellFormedXml(List<Point> points) {
        String svg = TrendChart.svg("trend", points, LABELS);

        assertThatCode(() -> parseStrictly(svg)).doesNotThrowAnyException();
    }

    @Test
    void shouldBeWellFormedXmlWithHostileLabels() {
        Labels hostile = new Labels("<b>\"a\" & 'b'", "x]]><y\u0001", "</text>", "<!-- -->");

        assertThatCode(() -> parseStrictly(TrendChart.svg("trend", days(3), hostile))).doesNotThrowAnyException();
    }

    @Test
    void shouldScaleToItsContainer() {
        Element svg = root(TrendChart.svg("trend", days(5), LABELS));

        assertThat(svg.attr("viewBox")).isEqualTo("0 0 640 320");
        assertThat(svg.attr("width")).isEqualTo("100%");
        assertThat(svg.hasAttr("height")).isFalse();
    }

    @Test
    void shouldBeAnImageNamedByItsTitleAndDescribedByItsDesc() {
        Element svg = root(TrendChart.svg("pain-trend", days(5), LABELS));

        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("pain-trend-title pain-trend-desc");
        assertThat(svg.child(0).tagName()).isEqualTo("title");
        assertThat(svg.child(0).id()).isEqualTo("pain-trend-title");
        assertThat(svg.child(0).text()).isEqualTo("Pain over time");
        assertThat(svg.child(1).tagName()).isEqualTo("desc");
        assertThat(svg.child(1).id()).isEqualTo("pain-trend-desc");
        assertThat(svg.child(1).text()).isEqualTo("Pain fell from 8 to 3.");
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertThat(svg.select("[id=" + id + "]")).as(id).hasSize(1);
        }
    }

    @Test
    void shouldEscapeEveryText() {
        Labels hostile = new Labels("<script>alert(\"t\")</script> & 'x'", "<script>d</script>",
                "<script>p</script>", "\"i\" & 'j' <script>");

        String svg = TrendChart.svg("trend", days(3), hostile);

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;")
                .contains("&amp; &#39;x&#39;").contains("&quot;i&quot; &amp; &#39;j&#39; &lt;script&gt;");
        Element root = root(svg);
        assertThat(root.select("script")).isEmpty();
        assertThat(root.selectFirst("title").text()).isEqualTo(hostile.title());
        assertThat(root.selectFirst("desc").text()).isEqualTo(hostile.description());
        assertThat(root.select("text.legend").eachText())
                .containsExactly(hostile.painLegend(), hostile.interferenceLegend());
    }

    @Test
    void shouldDrawBothSeriesSoTheyDifferByMoreThanColour() {
        Element root = root(TrendChart.svg("trend", days(14), LABELS));

        Element pain = root.selectFirst("polyline.pain-line");
        Element interference = root.selectFirst("polyline.interference-line");
        assertThat(root.select("polyline")).hasSize(2);
        assertThat(pain.attr("stroke")).isEqualTo("#a4161a");
        assertThat(pain.attr("stroke-width")).isEqualTo("3");
        assertThat(pain.hasAttr("stroke-dasharray")).isFalse();
        assertThat(interference.attr("stroke")).isEqualTo("#1d4ed8");
        assertThat(interference.attr("stroke-width")).isEqualTo("3");
        assertThat(interference.attr("stroke-dasharray")).isEqualTo("8 5");
        assertThat(coordinates(pain)).hasDimensions(14, 2);
        assertThat(coordinates(interference)).hasDimensions(14, 2);
    }

    @Test
    void shouldShowALegendWithALineSampleForEachSeries() {
        Element root = root(TrendChart.svg("trend", days(3), LABELS));

        assertThat(root.select("text.legend").eachText())
                .containsExactly("Pain", "Interference with daily activities");
        assertThat(root.select("line.legend-sample").eachAttr("stroke")).containsExactly("#a4161a", "#1d4ed8");
        for (Element text : root.select("text")) {
            assertThat(text.attr("fill")).isEqualTo("#1b1f23");
            assertThat(text.attr("font-size")).isEqualTo("22");
            assertThat(text.attr("font-family")).isEqualTo("system-ui, sans-serif");
        }
    }

    @Test
    void shouldDrawHigherValuesHigherUp() {
        List<Point> points = List.of(new Point(START, 0, 10), new Point(START.plusDays(1), 10, 0));

        Element root = root(TrendChart.svg("trend", points, LABELS));

        double[][] pain = coordinates(root.selectFirst("polyline.pain-line"));
        double[][] interference = coordinates(root.selectFirst("polyline.interference-line"));
        assertThat(pain[1][1]).isLessThan(pain[0][1]);
        assertThat(interference[0][1]).isLessThan(interference[1][1]);
        assertThat(pain[1][0]).isGreaterThan(pain[0][0]);
    }

    @Test
    void shouldClampValuesOutsideTheScale() {
        List<Point> outside = List.of(new Point(START, -3, 14), new Point(START.plusDays(1), 25, -0.5));
        List<Point> edges = List.of(new Point(START, 0, 10), new Point(START.plusDays(1), 10, 0));

        Element clamped = root(TrendChart.svg("trend", outside, LABELS));
        Element expected = root(TrendChart.svg("trend", edges, LABELS));

        assertThat(clamped.selectFirst("polyline.pain-line").attr("points"))
                .isEqualTo(expected.selectFirst("polyline.pain-line").attr("points"));
        assertThat(clamped.selectFirst("polyline.interference-line").attr("points"))
                .isEqualTo(expected.selectFirst("polyline.interference-line").attr("points"));
        assertThat(clamped.select("circle.pain-marker").eachAttr("cy"))
                .isEqualTo(expected.select("circle.pain-marker").eachAttr("cy"));
    }

    @Test
    void shouldPlaceDatesByTimeSoGapsShow() {
        List<Point> points = List.of(new Point(START, 1, 1), new Point(START.plusDays(1), 1, 1),
                new Point(START.plusDays(10), 1, 1));

        double[][] pain = coordinates(root(TrendChart.svg("trend", points, LABELS)).selectFirst("polyline.pain-line"));

        assertThat(pain[2][0] - pain[1][0]).isGreaterThan(5 * (pain[1][0] - pain[0][0]));
    }

    @Test
    void shouldDrawOnlyMarkersForASinglePoint() {
        Element root = root(TrendChart.svg("trend", List.of(new Point(START, 4, 6)), LABELS));

        assertThat(root.select("polyline")).isEmpty();
        assertThat(root.select("circle.pain-marker")).hasSize(1);
        assertThat(root.select("rect.interference-marker")).hasSize(1);
        assertThat(root.select("text.x-label").eachText()).containsExactly("22 Nov");
    }

    @Test
    void shouldDrawOnlyTitleDescAxesAndGridWithoutPoints() {
        Element root = root(TrendChart.svg("trend", List.of(), LABELS));

        assertThat(root.select("title")).hasSize(1);
        assertThat(root.select("desc")).hasSize(1);
        assertThat(root.select("polyline, circle, rect, text.legend, text.x-label, line.legend-sample")).isEmpty();
        assertThat(root.select("line.grid")).hasSize(6);
        assertThat(root.select("line.x-axis")).hasSize(1);
        assertThat(root.select("line.y-axis")).hasSize(1);
        assertThat(root.select("text.y-label").eachText()).containsExactly("0", "5", "10");
    }

    @Test
    void shouldDrawGridLinesEveryTwoFromBottomToTop() {
        Element root = root(TrendChart.svg("trend", List.of(), LABELS));

        List<Double> ys = root.select("line.grid").eachAttr("y1").stream().map(Double::valueOf).toList();
        assertThat(ys).hasSize(6).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        double step = ys.get(0) - ys.get(1);
        for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i - 1) - ys.get(i)).isCloseTo(step, within(0.11));
        }
        assertThat(root.selectFirst("line.x-axis").attr("y1")).isEqualTo(root.select("line.grid").first().attr("y1"));
    }

    @Test
    void shouldMarkEveryPointUpToSixty() {
        Element root = root(TrendChart.svg("trend", days(60), LABELS));

        assertThat(root.select("circle.pain-marker")).hasSize(60);
        assertThat(root.select("rect.interference-marker")).hasSize(60);
    }

    @Test
    void shouldLeaveOutMarkersForMoreThanSixtyPoints() {
        Element root = root(TrendChart.svg("trend", days(61), LABELS));

        assertThat(root.select("circle, rect")).isEmpty();
        assertThat(coordinates(root.selectFirst("polyline.pain-line"))).hasDimensions(61, 2);
    }

    @Test
    void shouldShowAtMostSixMonthLabelsForFiveYears() {
        Element root = root(TrendChart.svg("trend", days(1826), LABELS));

        List<String> labels = root.select("text.x-label").eachText();
        assertThat(labels).hasSizeBetween(2, 6).doesNotHaveDuplicates().first().isEqualTo("Nov 2026");
        assertThat(labels).allMatch(label -> label.matches("[A-Z][a-z]{2} \\d{4}"), "MMM yyyy");
    }

    @Test
    void shouldShowDayLabelsForLessThanAYear() {
        Element root = root(TrendChart.svg("trend", days(40), LABELS));

        List<String> labels = root.select("text.x-label").eachText();
        assertThat(labels).hasSizeBetween(2, 6).doesNotHaveDuplicates().first().isEqualTo("22 Nov");
        assertThat(labels).allMatch(label -> label.matches("\\d{1,2} [A-Z][a-z]{2}"), "d MMM");
    }

    @Test
    void shouldKeepDateLabelsApartWhenPointsCrowdTogether() {
        List<Point> points = new ArrayList<>(days(10));
        points.add(new Point(START.plusDays(300), 2, 2));

        List<Double> xs = root(TrendChart.svg("trend", points, LABELS)).select("text.x-label").eachAttr("x")
                .stream().map(Double::valueOf).toList();

        assertThat(xs).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i) - xs.get(i - 1)).isGreaterThanOrEqualTo(80);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1trend", "-trend", "trend chart", "trend_chart", "trend\"", "tr<end", "trend\n"})
    void shouldRejectAnIdThatIsNotASafeName(String id) {
        assertThatThrownBy(() -> TrendChart.svg(id, days(2), LABELS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectANullId() {
        assertThatThrownBy(() -> TrendChart.svg(null, days(2), LABELS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAcceptIdsOfLettersDigitsAndHyphens() {
        assertThatCode(() -> TrendChart.svg("a", days(2), LABELS)).doesNotThrowAnyException();
        assertThatCode(() -> TrendChart.svg("Pain-Trend-2", days(2), LABELS)).doesNotThrowAnyException();
    }

    @Test
    void shouldRejectPointsThatAreNotOldestFirst() {
        List<Point> points = List.of(new Point(START.plusDays(1), 1, 1), new Point(START, 1, 1));

        assertThatThrownBy(() -> TrendChart.svg("trend", points, LABELS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectAValueThatIsNotANumber() {
        assertThatThrownBy(() -> new Point(START, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Point(START, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void shouldUseNoStyleAttributeBecauseTheContentSecurityPolicyForbidsIt(List<Point> points) {
        String svg = TrendChart.svg("trend", points, LABELS);

        assertThat(root(svg).select("[style], style")).isEmpty();
        assertThat(svg).doesNotContainIgnoringCase("style");
    }

    @Test
    void shouldWriteDecimalPointsAndEnglishDatesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            // A third of the scale, so coordinates have decimals.
            List<Point> points = List.of(new Point(START, 10 / 3.0, 20 / 3.0), new Point(START.plusDays(3), 7.1, 1.3),
                    new Point(START.plusDays(10), 5, 5));

            Element root = root(TrendChart.svg("trend", points, LABELS));

            for (Element polyline : root.select("polyline")) {
                for (String pair : polyline.attr("points").split(" ")) {
                    assertThat(pair).matches("\\d+\\.\\d,\\d+\\.\\d");
                }
            }
            assertThat(root.select("circle").eachAttr("cy")).allMatch(y -> y.matches("\\d+\\.\\d"));
            assertThat(root.select("circle").eachAttr("cy")).anyMatch(y -> !y.endsWith(".0"));
            for (Element element : root.getAllElements()) {
                for (String name : List.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "width", "height")) {
                    if (element.hasAttr(name) && !element.tagName().equals("svg")) {
                        assertThat(element.attr(name)).as(name).matches("\\d+(\\.\\d)?");
                    }
                }
            }
            assertThat(root.select("text.x-label").first().text()).isEqualTo("22 Nov");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** One point a day from START, with values that move, so lines are not flat. */
    private static List<Point> days(int count) {
        List<Point> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(new Point(START.plusDays(i), i % 11, (i * 3) % 11));
        }
        return points;
    }

    private static Element root(String svg) {
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(document.children()).hasSize(1);
        return document.child(0);
    }

    private static double[][] coordinates(Element polyline) {
        return Arrays.stream(polyline.attr("points").trim().split(" "))
                .map(pair -> Arrays.stream(pair.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    private static void parseStrictly(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
