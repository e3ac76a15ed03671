package org.spasmcare.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable snapshot of the catalog as patients see it, in display order. */
public record PublishedTreatments(List<TreatmentView> all, Map<String, TreatmentView> bySlug,
        Map<String, TreatmentView> byCode) {

    public PublishedTreatments {
        all = List.copyOf(all);
        bySlug = Map.copyOf(bySlug);
        byCode = Map.copyOf(byCode);
    }

    static PublishedTreatments of(List<TreatmentView> inDisplayOrder) {
        return new PublishedTreatments(inDisplayOrder,
                inDisplayOrder.stream().collect(Collectors.toMap(TreatmentView::slug, Function.identity())),
                inDisplayOrder.stream().collect(Collectors.toMap(TreatmentView::code, Function.identity())));
    }

    public Optional<TreatmentView> findBySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Optional<TreatmentView> findByCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
