package org.spasmcare.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public catalog: the list, one treatment in full, and the side-by-side comparison. */
@Controller
class CatalogController {

    static final String LIST_VIEW = "catalog/list";
    static final String DETAIL_VIEW = "catalog/detail";
    static final String COMPARE_VIEW = "catalog/compare";

    private final TreatmentCatalog catalog;

    CatalogController(TreatmentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/treatments")
    String list(Model model) {
        model.addAttribute("treatments", catalog.published().all());
        return LIST_VIEW;
    }

    @GetMapping("/treatments/compare")
    String compare(Model model) {
        model.addAttribute("treatments", catalog.published().all());
        return COMPARE_VIEW;
    }

    @GetMapping("/treatments/{slug}")
    String detail(@PathVariable String slug, Model model) {
        TreatmentView treatment = catalog.published().findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("treatment", treatment);
        return DETAIL_VIEW;
    }
}
