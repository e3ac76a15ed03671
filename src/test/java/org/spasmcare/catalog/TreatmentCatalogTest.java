package org.spasmcare.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.test.util.ReflectionTestUtils;

/** The catalog's read side: rendered once, served from the cache, reloaded after a refresh. */
@SpringJUnitConfig(TreatmentCatalogTest.CachingConfig.class)
class TreatmentCatalogTest {

    @Configuration
    @EnableCaching
    @Import({TreatmentCatalog.class, SafeMarkdown.class})
    static class CachingConfig {
        @Bean
        CacheManager cacheManager() {
            return new ConcurrentMapCacheManager();
        }
    }

    @MockitoBean
    private TreatmentRepository repository;

    @Autowired
    private TreatmentCatalog catalog;

    @BeforeEach
    void setUp() {
        catalog.refresh();
        given(repository.findAllByOrderByDisplayOrderAsc()).willReturn(
                List.of(treatment("HEAT_COLD", "heat-and-cold", "Heat and cold", "1. Cold\n2. Heat<script>x</script>")));
    }

    @Test
    void shouldReadTheDatabaseOnceAndThenServeFromTheCache() {
        PublishedTreatments first = catalog.published();
        PublishedTreatments second = catalog.published();

        assertThat(second).isSameAs(first);
        verify(repository, times(1)).findAllByOrderByDisplayOrderAsc();
    }

    @Test
    void shouldReloadAfterARefresh() {
        catalog.published();
        catalog.refresh();
        catalog.published();

        verify(repository, times(2)).findAllByOrderByDisplayOrderAsc();
    }

    @Test
    void shouldFindByCodeAndSlugAndServeSanitizedHtml() {
        PublishedTreatments published = catalog.published();

        assertThat(published.findBySlug("heat-and-cold")).get().extracting(TreatmentView::code).isEqualTo("HEAT_COLD");
        assertThat(published.findByCode("HEAT_COLD")).isPresent();
        assertThat(published.findBySlug("nope")).isEmpty();
        assertThat(published.findByCode("HEAT_COLD").orElseThrow().howToHtml())
                .contains("<ol>").doesNotContain("<script>");
    }

    static Treatment treatment(String code, String slug, String name, String howTo) {
        Treatment treatment = new Treatment();
        ReflectionTestUtils.setField(treatment, "code", code);
        ReflectionTestUtils.setField(treatment, "slug", slug);
        ReflectionTestUtils.setField(treatment, "content", new TreatmentContent(name, name + " summary", howTo,
                "- Careful", "**Some** evidence", "Low", "Towel", "Relief", "Early days", "Cheap", 1));
        return treatment;
    }
}
