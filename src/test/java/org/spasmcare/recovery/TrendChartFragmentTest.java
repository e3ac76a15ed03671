package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcare.recovery.TrendChart.Grain;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * templates/recovery/chart.html drawing a {@link TrendChart}: the SVG the page gets, parsed as XML, with the
 * app's messages (or hostile ones, to show Thymeleaf escapes them). No Spring context: just the template engine.
 */
class TrendChartFragmentTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 22);
    private static final MessageSource MESSAGES = appMessages();

    static Stream<List<TrendPoint>> charts() {
        List<TrendPoint> gap = new ArrayList<>(days(START, 5));
        gap.addAll(days(START.plusDays(9), 4));
        return Stream.of(List.of(), List.of(new TrendPoint(START, 4.0, 5.0)), days(START, 14), gap, days(START, 61),
                days(START, 1826));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void shouldBeWellFormedXml(List<TrendPoint> points) {
        String svg = svgMarkup(render(chart(points), "trend", MESSAGES));

        assertThatCode(() -> parseStrictly(svg)).doesNotThrowAnyException();
    }

    @Test
    void shouldBeWellFormedAndEscapeEveryTextWithHostileMessages() {
        StaticMessageSource hostile = new StaticMessageSource();
        hostile.addMessage("log.chart.title", Locale.ENGLISH, "<script>alert(\"t\")</script> & 'x'");
        hostile.addMessage("log.chart.description.day", Locale.ENGLISH, "x]]><y<script>d</script>");
        hostile.addMessage("log.chart.gaps.day", Locale.ENGLISH, "</desc><!-- -->");
        hostile.addMessage("log.chart.pain", Locale.ENGLISH, "<script>p</script>");
        hostile.addMessage("log.chart.interference", Locale.ENGLISH, "\"i\" & 'j' <script>");
        List<TrendPoint> gap = List.of(new TrendPoint(START, 1.0, 1.0), new TrendPoint(START.plusDays(2), 2.0, 2.0));

        String html = render(chart(gap), "trend", hostile);

        assertThatCode(() -> parseStrictly(svgMarkup(html))).doesNotThrowAnyException();
        assertThat(html).doesNotContain("<script").doesNotContain("<!-- -->")
                .contains("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &#39;x&#39;")
                .contains("&quot;i&quot; &amp; &#39;j&#39; &lt;script&gt;");
        Element svg = svg(html);
        assertThat(svg.select("script")).isEmpty();
        assertThat(svg.selectFirst("title").text()).isEqualTo("<script>alert(\"t\")</script> & 'x'");
        assertThat(svg.selectFirst("desc").text()).isEqualTo("x]]><y<script>d</script> </desc><!-- -->");
        assertThat(Jsoup.parse(html).select(".chart__legend li").eachText())
                .containsExactly("<script>p</script>", "\"i\" & 'j' <script>", "</desc><!-- -->");
    }

    @Test
    void shouldScaleToTheWidthOfItsColumn() {
        Element svg = svg(render(chart(days(START, 5)), "trend", MESSAGES));

        assertThat(svg.attr("viewBox")).isEqualTo("0 0 400.0 240.0");
        assertThat(svg.attr("width")).isEqualTo("100%");
        assertThat(svg.hasAttr("height")).isFalse();
        assertThat(svg.attr("class")).isEqualTo("chart__svg");
    }

    @Test
    void shouldBeAnImageNamedByItsTitleAndDescribedByItsDesc() {
        Element svg = svg(render(chart(days(START, 5)), "pain-trend", MESSAGES));

        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("pain-trend-title pain-trend-desc");
        assertThat(svg.child(0).tagName()).isEqualTo("title");
        assertThat(svg.child(0).id()).isEqualTo("pain-trend-title");
        assertThat(svg.child(0).text()).isEqualTo("Pain and how much it got in the way, over time");
        assertThat(svg.child(1).tagName()).isEqualTo("desc");
        assertThat(svg.child(1).id()).isEqualTo("pain-trend-desc");
        assertThat(svg.child(1).text()).isEqualTo("Each point is one day. It shows your pain, and how much it got in"
                + " the way of your day, each from 0 to 10.");
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertThat(svg.select("[id=" + id + "]")).as(id).hasSize(1);
        }
    }

    @Test
    void shouldSayInTheDescAndTheLegendThatABreakMeansNoEntry() {
        List<TrendPoint> points = new ArrayList<>(days(START, 3));
        points.addAll(days(START.plusDays(5), 3));

        String html = render(chart(points), "trend", MESSAGES);

        assertThat(svg(html).selectFirst("desc").text()).endsWith(". A break in a line means you did not log those days.");
        assertThat(Jsoup.parse(html).select(".chart__legend li").eachText())
                .containsExactly("Pain", "Got in the way", "A break in a line means you did not log those days.");
        assertThat(Jsoup.parse(render(chart(days(START, 6)), "trend", MESSAGES)).select(".chart__legend li")).hasSize(2);
    }

    @Test
    void shouldDrawBothSeriesSoTheyDifferByMoreThanColour() {
        Element root = svg(render(chart(days(START, 14)), "trend", MESSAGES));

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
        assertThat(root.select("circle.pain-marker")).hasSize(14).allMatch(circle -> circle.parent().attr("fill").equals("#a4161a"));
        assertThat(root.select("rect.interference-marker")).hasSize(14)
                .allMatch(rect -> rect.parent().attr("fill").equals("#1d4ed8"));
    }

    @Test
    void shouldShowALegendWithALineAndMarkerSampleForEachSeries() {
        Document page = Jsoup.parse(render(chart(days(START, 3)), "trend", MESSAGES));

        assertThat(page.select(".chart__legend li").eachText()).containsExactly("Pain", "Got in the way");
        assertThat(page.select(".chart__key line").eachAttr("stroke")).containsExactly("#a4161a", "#1d4ed8");
        assertThat(page.select(".chart__key line").get(0).hasAttr("stroke-dasharray")).isFalse();
        assertThat(page.select(".chart__key line").get(1).attr("stroke-dasharray")).isEqualTo("8 5");
        assertThat(page.select(".chart__key path").eachAttr("fill")).containsExactly("#a4161a", "#1d4ed8");
        assertThat(page.select(".chart__key")).allMatch(key -> key.attr("aria-hidden").equals("true"));
        // no marker samples where the chart has no markers
        assertThat(Jsoup.parse(render(chart(days(START, 61)), "trend", MESSAGES)).select(".chart__key path")).isEmpty();
    }

    @Test
    void shouldWriteTextInThePagesColourAtTheChartsSize() {
        Element root = svg(render(chart(days(START, 3)), "trend", MESSAGES));

        Element text = root.selectFirst("g.chart__text");
        assertThat(text.attr("fill")).isEqualTo("currentColor");
        assertThat(text.attr("font-size")).isEqualTo("18.0");
        assertThat(root.select("text")).allMatch(element -> element.parent() == text);
    }

    @Test
    void shouldWriteTheValueOnEachGridLineAndTheDatesAtTheirTicks() {
        TrendChart chart = chart(days(START, 14));
        Element root = svg(render(chart, "trend", MESSAGES));

        assertThat(root.select("line.grid:not(.grid--x)")).hasSize(6);
        assertThat(root.select("text.y-label").eachText()).containsExactly("0", "2", "4", "6", "8", "10");
        for (int i = 0; i < 6; i++) {
            assertThat(root.select("text.y-label").get(i).attr("y")).isEqualTo(root.select("line.grid").get(i).attr("y1"));
        }
        // every third day (counted from 1 January 1970), the year under the first
        assertThat(dateLabels(root)).containsExactly("24 Nov 2026", "27 Nov", "30 Nov", "3 Dec");
        assertThat(root.select("text.x-label tspan.x-label__year").eachText()).containsExactly("2026");
        assertThat(root.select("line.grid--x").eachAttr("x1")).isEqualTo(root.select("text.x-label").eachAttr("x"));
        assertThat(root.select("line.x-axis").attr("y1")).isEqualTo(root.select("line.grid").first().attr("y1"));
        assertThat(root.select("line.y-axis")).hasSize(1);
    }

    @Test
    void shouldDrawOnlyTitleDescAxesAndGridWithoutPoints() {
        String html = render(chart(List.of()), "trend", MESSAGES);
        Element root = svg(html);

        assertThat(root.select("title")).hasSize(1);
        assertThat(root.select("desc")).hasSize(1);
        assertThat(root.select("polyline, circle, rect, text.x-label, line.grid--x")).isEmpty();
        assertThat(root.select("line.grid")).hasSize(6);
        assertThat(root.select("line.x-axis")).hasSize(1);
        assertThat(root.select("line.y-axis")).hasSize(1);
        assertThat(root.select("text.y-label").eachText()).containsExactly("0", "2", "4", "6", "8", "10");
        assertThat(renderTable(chart(List.of()))).isBlank();
    }

    @Test
    void shouldDrawOnlyMarkersForASinglePoint() {
        Element root = svg(render(chart(List.of(new TrendPoint(START, 4.0, 6.0))), "trend", MESSAGES));

        assertThat(root.select("polyline")).isEmpty();
        assertThat(root.select("circle.pain-marker")).hasSize(1);
        assertThat(root.select("rect.interference-marker")).hasSize(1);
        assertThat(dateLabels(root)).containsExactly("22 Nov 2026");
    }

    @Test
    void shouldSplitTheLinesWhereDaysWereNotLogged() {
        List<TrendPoint> points = new ArrayList<>(days(START, 5));
        points.addAll(days(START.plusDays(9), 4));
        points.add(new TrendPoint(START.plusDays(20), 7.0, 7.0));

        Element root = svg(render(chart(points), "trend", MESSAGES));

        assertThat(root.select("polyline.pain-line")).hasSize(2);
        assertThat(root.select("polyline.interference-line")).hasSize(2);
        assertThat(root.select("polyline.pain-line").stream().map(line -> coordinates(line).length))
                .containsExactly(5, 4);
        double[][] before = coordinates(root.select("polyline.pain-line").get(0));
        double[][] after = coordinates(root.select("polyline.pain-line").get(1));
        assertThat(after[0][0] - before[4][0]).as("five days further on").isCloseTo(5 * (before[1][0] - before[0][0]),
                org.assertj.core.api.Assertions.within(0.3));
        assertThat(root.select("circle.pain-marker")).hasSize(10);
    }

    @Test
    void shouldMarkEveryPointUpToSixty() {
        Element root = svg(render(chart(days(START, 60)), "trend", MESSAGES));

        assertThat(root.select("circle.pain-marker")).hasSize(60);
        assertThat(root.select("rect.interference-marker")).hasSize(60);
    }

    @Test
    void shouldLeaveOutMarkersForMoreThanSixtyPoints() {
        String html = render(chart(days(START, 61)), "trend", MESSAGES);
        Element root = svg(html);

        assertThat(root.select("circle, rect")).isEmpty();
        assertThat(html).doesNotContain("<circle").doesNotContain("<rect");
        assertThat(coordinates(root.selectFirst("polyline.pain-line"))).hasDimensions(61, 2);
    }

    @Test
    void shouldShowYearsForFiveYears() {
        Element root = svg(render(TrendChart.of(TrendChartTest.everyDay(START, 1827, Grain.MONTH), Grain.MONTH,
                Locale.ENGLISH, TrendChart.Frame.DEFAULT), "trend", MESSAGES));

        assertThat(dateLabels(root)).containsExactly("2027", "2028", "2029", "2030", "2031");
        assertThat(coordinates(root.selectFirst("polyline.pain-line"))).hasDimensions(61, 2);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void shouldUseNoStyleAttributeBecauseTheContentSecurityPolicyForbidsIt(List<TrendPoint> points) {
        String html = render(chart(points), "trend", MESSAGES);

        assertThat(Jsoup.parse(html).select("[style], style, script")).isEmpty();
        assertThat(html).doesNotContainIgnoringCase("style");
    }

    @Test
    void shouldWriteDecimalPointsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            // A third of the scale, so coordinates have decimals.
            List<TrendPoint> points = List.of(new TrendPoint(START, 10 / 3.0, 20 / 3.0),
                    new TrendPoint(START.plusDays(1), 7.1, 1.3), new TrendPoint(START.plusDays(2), 5.0, 5.0));

            Element root = svg(render(chart(points), "trend", MESSAGES));

            for (Element polyline : root.select("polyline")) {
                for (String pair : polyline.attr("points").split(" ")) {
                    assertThat(pair).matches("\\d+\\.\\d,\\d+\\.\\d");
                }
            }
            assertThat(root.select("circle").eachAttr("cy")).allMatch(y -> y.matches("\\d+\\.\\d"));
            assertThat(root.select("circle").eachAttr("cy")).anyMatch(y -> !y.endsWith(".0"));
            for (Element element : root.getAllElements()) {
                for (String name : List.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height",
                        "font-size")) {
                    if (element.hasAttr(name) && !element.tagName().equals("svg")) {
                        assertThat(element.attr(name)).as(name).matches("\\d+(\\.\\d)?");
                    }
                }
            }
            assertThat(dateLabels(root).get(0)).isEqualTo("22 Nov 2026");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldDrawDatesInTheRequestsLocale() {
        TrendChart chart = TrendChart.of(days(START, 3), Grain.DAY, Locale.FRANCE, TrendChart.Frame.DEFAULT);

        Element root = svg(render(chart, "trend", MESSAGES, Locale.FRANCE));

        assertThat(dateLabels(root)).containsExactly("22 nov. 2026", "23 nov.", "24 nov.");
        assertThat(Jsoup.parse(renderTable(chart, Locale.FRANCE)).select("tbody th").eachText())
                .containsExactly("22 novembre 2026", "23 novembre 2026", "24 novembre 2026");
    }

    @Test
    void shouldListTheSameNumbersInATableWithDatesWrittenOut() {
        List<TrendPoint> points = List.of(new TrendPoint(LocalDate.of(2026, 11, 18), 4.5, 3.4),
                new TrendPoint(LocalDate.of(2026, 11, 19), 7.0, 12.0));

        Document table = Jsoup.parse(renderTable(chart(points)));

        assertThat(table.select("details.chart__table summary").text()).isEqualTo("See the numbers as a table");
        assertThat(table.select("caption").text()).startsWith("Each point is one day.");
        assertThat(table.select("thead th").eachText()).containsExactly("Date", "Pain", "Got in the way");
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(table.select("tbody tr").get(0).children().eachText()).containsExactly("18 November 2026", "4.5", "3.4");
        assertThat(table.select("tbody tr").get(1).children().eachText()).containsExactly("19 November 2026", "7.0", "12.0");
        assertThat(table.select("tbody th").eachAttr("scope")).containsOnly("row");
    }

    // --- helpers ---

    /** Each date label as read: the date, then the year under it if there is one. */
    private static List<String> dateLabels(Element svg) {
        return svg.select("text.x-label").stream()
                .map(text -> String.join(" ", text.select("tspan").eachText())).toList();
    }

    private static TrendChart chart(List<TrendPoint> points) {
        return TrendChart.of(points, Grain.DAY, Locale.ENGLISH, TrendChart.Frame.DEFAULT);
    }

    static String render(TrendChart chart, String id, MessageSource messages) {
        return render(chart, id, messages, Locale.ENGLISH);
    }

    static String render(TrendChart chart, String id, MessageSource messages, Locale locale) {
        return engine(messages).process("recovery/chart", Set.of("trend"),
                new Context(locale, Map.of("chart", chart, "id", id)));
    }

    private static String renderTable(TrendChart chart) {
        return renderTable(chart, Locale.ENGLISH);
    }

    private static String renderTable(TrendChart chart, Locale locale) {
        return engine(MESSAGES).process("recovery/chart", Set.of("table"), new Context(locale, Map.of("chart", chart)));
    }

    private static SpringTemplateEngine engine(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    private static MessageSource appMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The chart's own SVG, as the page holds it. */
    private static String svgMarkup(String html) {
        int start = html.indexOf("<svg class=\"chart__svg\"");
        return html.substring(start, html.indexOf("</svg>", start) + "</svg>".length());
    }

    private static Element svg(String html) {
        Document document = Jsoup.parse(svgMarkup(html), "", Parser.xmlParser());
        assertThat(document.children()).hasSize(1);
        return document.child(0);
    }

    /** One point a day from start, with values that move, so lines are not flat. */
    private static List<TrendPoint> days(LocalDate start, int count) {
        List<TrendPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(new TrendPoint(start.plusDays(i), (double) (i % 11), (double) ((i * 3) % 11)));
        }
        return points;
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
