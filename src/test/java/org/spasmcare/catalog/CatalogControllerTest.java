package org.spasmcare.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.support.SpasmCareWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@SpasmCareWebTest(CatalogController.class)
class CatalogControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private TreatmentCatalog catalog;

    @BeforeEach
    void setUp() {
        given(catalog.published()).willReturn(PublishedTreatments.of(List.of(
                treatmentView("REST_ACTIVITY", "rest-and-activity", "Rest & activity"),
                treatmentView("HEAT_COLD", "heat-and-cold", "Heat and cold"))));
    }

    @Test
    void shouldListTreatmentsInCatalogOrderWithLinks() throws Exception {
        mvc.perform(get("/treatments"))
                .andExpect(status().isOk())
                .andExpect(view().name(CatalogController.LIST_VIEW))
                .andExpect(content().string(containsString("href=\"/treatments/rest-and-activity\"")))
                // names are escaped, never trusted as HTML
                .andExpect(content().string(containsString("Rest &amp; activity")))
                .andExpect(content().string(containsString("<h1>Treatments for a back spasm</h1>")));
    }

    @Test
    void shouldShowOneTreatmentInFullWithRenderedContent() throws Exception {
        mvc.perform(get("/treatments/heat-and-cold"))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("treatment"))
                .andExpect(content().string(containsString("<h1>Heat and cold</h1>")))
                .andExpect(content().string(containsString("<ol><li>Step one</li></ol>")))
                .andExpect(content().string(containsString("What the evidence says")))
                .andExpect(content().string(containsString("href=\"tel:911\"")));
    }

    @Test
    void shouldAnswerAnUnknownSlugWithNotFound() throws Exception {
        mvc.perform(get("/treatments/no-such-thing")).andExpect(status().isNotFound());
    }

    @Test
    void shouldCompareEveryTreatmentOnEveryAttribute() throws Exception {
        mvc.perform(get("/treatments/compare"))
                .andExpect(status().isOk())
                .andExpect(view().name(CatalogController.COMPARE_VIEW))
                .andExpect(content().string(containsString("<th scope=\"row\"><a href=\"/treatments/heat-and-cold\">Heat and cold</a></th>")))
                .andExpect(content().string(containsString("data-label=\"What can you expect?\">Relief for HEAT_COLD</td>")))
                .andExpect(content().string(not(containsString("??"))));
    }

    static TreatmentView treatmentView(String code, String slug, String name) {
        return new TreatmentView(code, slug, name, "Summary of " + code, "<ol><li>Step one</li></ol>",
                "<ul><li>Careful</li></ul>", "<p>Moderate evidence</p>",
                new TreatmentView.ComparisonRow("Low", "Towel", "Relief for " + code, "Early days", "Cheap"),
                new TreatmentView.Glance(CareRoute.of(code), "Moderate for " + code, "Cost of " + code),
                new TreatmentView.Review("The clinical team", "30 November 2026", "30 November 2027",
                        List.of("ACP 2017 & co", "NICE NG59")));
    }
}
