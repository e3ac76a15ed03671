package org.spasmcare.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.spasmcare.catalog.PublishedTreatments;
import org.spasmcare.catalog.TreatmentView;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A catalog of the seven codes with predictable names, and a fixed "today", for web slice tests. */
final class TestCatalog {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private TestCatalog() {
    }

    static PublishedTreatments published() {
        List<TreatmentView> views = Arrays.stream(TreatmentCode.values())
                .map(code -> new TreatmentView(code.name(), code.name().toLowerCase().replace('_', '-'),
                        "Name of " + code, "Summary", "<p>How</p>", "<p>Care</p>", "<p>Evidence</p>",
                        new TreatmentView.ComparisonRow("a", "b", "c", "d", "e"),
                        new TreatmentView.Glance(org.spasmcare.catalog.CareRoute.of(code.name()), "f", "g"),
                        new TreatmentView.Review("h", "30 November 2026", "30 November 2027", List.of("i"))))
                .toList();
        Map<String, TreatmentView> bySlug = views.stream().collect(Collectors.toMap(TreatmentView::slug, Function.identity()));
        Map<String, TreatmentView> byCode = views.stream().collect(Collectors.toMap(TreatmentView::code, Function.identity()));
        return new PublishedTreatments(views, bySlug, byCode);
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        }
    }
}
