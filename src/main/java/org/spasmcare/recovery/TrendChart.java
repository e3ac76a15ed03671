package org.spasmcare.recovery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Draws a patient's pain and interference (both 0-10) over time as an SVG string, on the server, so the
 * recovery log needs no script. The chart scales to the width of its container through its viewBox, names
 * itself through a title and desc for screen readers, and tells the two series apart by dash and marker
 * shape as well as by colour. It uses presentation attributes only: the Content-Security-Policy forbids
 * inline style.
 */
public final class TrendChart {

    /** One point: a day (or the first day of a week/month bucket) and the average pain and interference for it. */
    public record Point(LocalDate date, double pain, double interference) {
        public Point {
            Objects.requireNonNull(date, "date");
            // NaN cannot be clamped and would write "NaN" into the coordinates.
            if (Double.isNaN(pain) || Double.isNaN(interference)) {
                throw new IllegalArgumentException("pain and interference must be numbers");
            }
        }
    }

    /** Texts come from the caller (they live in messages.properties); everything is XML-escaped by this class. */
    public record Labels(String title, String description, String painLegend, String interferenceLegend) {
        public Labels {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(painLegend, "painLegend");
            Objects.requireNonNull(interferenceLegend, "interferenceLegend");
        }
    }

    private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    // The plot area inside the 640 x 320 viewBox: room at the sides for half a centred date label, at the
    // top for two legend rows (two, so a long translated legend cannot run into the other), below for dates.
    private static final double LEFT = 48;
    private static final double RIGHT = 584;
    private static final double TOP = 72;
    private static final double BOTTOM = 274;
    private static final double MAX_VALUE = 10;

    private static final int MAX_X_LABELS = 6;
    // About the width of "Nov 2026" at font-size 22 (large enough to read on a phone) plus a gap.
    private static final double MIN_X_LABEL_GAP = 116;
    // Beyond this the markers merge into a blur and only add weight to the page.
    private static final int MAX_POINTS_WITH_MARKERS = 60;

    private static final String PAIN_COLOUR = "#a4161a";
    private static final String INTERFERENCE_COLOUR = "#1d4ed8";
    private static final String DASHES = "8 5";
    private static final String GRID_COLOUR = "#d0d7de";
    // Dark enough (over 3:1 on white) for the axes to count as visible graphics.
    private static final String AXIS_COLOUR = "#57606a";
    private static final String TEXT = " fill=\"#1b1f23\" font-size=\"22\" font-family=\"system-ui, sans-serif\"";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private TrendChart() {
    }

    /** Returns a complete <svg>...</svg> string. points are oldest first; may be empty or a single point. */
    public static String svg(String id, List<Point> points, Labels labels) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must match [a-zA-Z][a-zA-Z0-9-]*");
        }
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(labels, "labels");
        for (int i = 1; i < points.size(); i++) {
            // Out of order dates would draw a line that runs back in time.
            if (points.get(i).date().isBefore(points.get(i - 1).date())) {
                throw new IllegalArgumentException("points must be oldest first");
            }
        }

        StringBuilder svg = new StringBuilder(2048 + points.size() * 100);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 320\" width=\"100%\"")
                .append(" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">");
        // title and desc come first: that is where assistive technology looks for the name and description.
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(labels.title())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(labels.description())).append("</desc>");

        gridAndAxes(svg);
        if (!points.isEmpty()) {
            Scale scale = new Scale(points.get(0).date(), points.get(points.size() - 1).date());
            legend(svg, labels);
            xLabels(svg, points, scale);
            if (points.size() > 1) {
                // Pain first, so a dashed interference line on top leaves both colours visible where they meet.
                line(svg, "pain-line", PAIN_COLOUR, null, points, scale, true);
                line(svg, "interference-line", INTERFERENCE_COLOUR, DASHES, points, scale, false);
            }
            if (points.size() <= MAX_POINTS_WITH_MARKERS) {
                markers(svg, points, scale);
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void gridAndAxes(StringBuilder svg) {
        for (int value = 0; value <= MAX_VALUE; value += 2) {
            horizontal(svg, "grid", GRID_COLOUR, y(value));
        }
        for (int value = 0; value <= MAX_VALUE; value += 5) {
            svg.append("<text class=\"y-label\" x=\"").append(num(LEFT - 8)).append("\" y=\"")
                    .append(num(y(value) + 5)).append("\" text-anchor=\"end\"").append(TEXT).append('>')
                    .append(value).append("</text>");
        }
        horizontal(svg, "x-axis", AXIS_COLOUR, BOTTOM);
        svg.append("<line class=\"y-axis\" x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(TOP))
                .append("\" x2=\"").append(num(LEFT)).append("\" y2=\"").append(num(BOTTOM))
                .append("\" stroke=\"").append(AXIS_COLOUR).append("\" stroke-width=\"1\"/>");
    }

    private static void horizontal(StringBuilder svg, String cssClass, String colour, double y) {
        svg.append("<line class=\"").append(cssClass).append("\" x1=\"").append(num(LEFT)).append("\" y1=\"")
                .append(num(y)).append("\" x2=\"").append(num(RIGHT)).append("\" y2=\"").append(num(y))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1\"/>");
    }

    private static void legend(StringBuilder svg, Labels labels) {
        legendRow(svg, 20, PAIN_COLOUR, null, labels.painLegend());
        legendRow(svg, 48, INTERFERENCE_COLOUR, DASHES, labels.interferenceLegend());
    }

    private static void legendRow(StringBuilder svg, double y, String colour, String dashes, String text) {
        svg.append("<line class=\"legend-sample\" x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(y))
                .append("\" x2=\"").append(num(LEFT + 36)).append("\" y2=\"").append(num(y)).append('"');
        stroke(svg, colour, dashes);
        svg.append("/><text class=\"legend\" x=\"").append(num(LEFT + 46)).append("\" y=\"").append(num(y + 7))
                .append('"').append(TEXT).append('>').append(escape(text)).append("</text>");
    }

    private static void xLabels(StringBuilder svg, List<Point> points, Scale scale) {
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        // A year or more of "d MMM" labels would repeat or hide the year, so show months instead.
        DateTimeFormatter format = last.isBefore(first.plusYears(1)) ? DAY : MONTH;
        int count = Math.min(MAX_X_LABELS, points.size());
        double lastX = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            int index = count == 1 ? 0 : (int) Math.round(k * (points.size() - 1) / (double) (count - 1));
            double x = scale.x(points.get(index).date());
            // Points are placed by date, so evenly chosen points can still crowd together after a gap.
            if (x - lastX < MIN_X_LABEL_GAP) {
                continue;
            }
            lastX = x;
            svg.append("<text class=\"x-label\" x=\"").append(num(x)).append("\" y=\"").append(num(BOTTOM + 30))
                    .append("\" text-anchor=\"middle\"").append(TEXT).append('>')
                    .append(escape(points.get(index).date().format(format))).append("</text>");
        }
    }

    private static void line(StringBuilder svg, String cssClass, String colour, String dashes,
            List<Point> points, Scale scale, boolean pain) {
        svg.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\"");
        stroke(svg, colour, dashes);
        svg.append(" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            if (i > 0) {
                svg.append(' ');
            }
            svg.append(num(scale.x(point.date()))).append(',')
                    .append(num(y(pain ? point.pain() : point.interference())));
        }
        svg.append("\"/>");
    }

    private static void stroke(StringBuilder svg, String colour, String dashes) {
        svg.append(" stroke=\"").append(colour).append("\" stroke-width=\"3\"");
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
    }

    private static void markers(StringBuilder svg, List<Point> points, Scale scale) {
        // Squares first: a pain circle drawn on an equal interference square stays visible inside it.
        for (Point point : points) {
            double x = scale.x(point.date());
            double y = y(point.interference());
            svg.append("<rect class=\"interference-marker\" x=\"").append(num(x - 4.5)).append("\" y=\"")
                    .append(num(y - 4.5)).append("\" width=\"9\" height=\"9\" fill=\"").append(INTERFERENCE_COLOUR)
                    .append("\"/>");
        }
        for (Point point : points) {
            svg.append("<circle class=\"pain-marker\" cx=\"").append(num(scale.x(point.date()))).append("\" cy=\"")
                    .append(num(y(point.pain()))).append("\" r=\"4.5\" fill=\"").append(PAIN_COLOUR).append("\"/>");
        }
    }

    /** A 0-10 value as a y coordinate: 10 at the top. Out of range values are drawn at the nearest edge. */
    private static double y(double value) {
        double clamped = Math.max(0, Math.min(MAX_VALUE, value));
        return BOTTOM - clamped / MAX_VALUE * (BOTTOM - TOP);
    }

    /** Places dates by time rather than by index, so a gap in the log shows as a gap in the chart. */
    private record Scale(LocalDate first, long days) {
        Scale(LocalDate first, LocalDate last) {
            this(first, ChronoUnit.DAYS.between(first, last));
        }

        double x(LocalDate date) {
            if (days == 0) {
                return (LEFT + RIGHT) / 2;
            }
            return LEFT + ChronoUnit.DAYS.between(first, date) / (double) days * (RIGHT - LEFT);
        }
    }

    /** One decimal with a point whatever the default locale: SVG numbers never take a comma. */
    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters and U+FFFE/U+FFFF are not allowed in XML at all, escaped or not.
                    boolean allowed = c >= 0x20 ? c != '\uFFFE' && c != '\uFFFF' : c == '\t' || c == '\n' || c == '\r';
                    if (allowed) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
