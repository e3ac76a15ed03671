package org.spasmcare.assessment;

import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import org.spasmcare.triage.SafetyFactor;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Narrows the generated OpenAPI description where a Java type alone says too much. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    /** The request's safetyFactors take the reportable codes only; the derived ones are the planner's own. */
    @Bean
    OpenApiCustomizer reportableSafetyFactorsOnly() {
        List<String> reportable = SafetyFactor.reportable().stream().map(Enum::name).toList();
        return openApi -> {
            Schema<?> request = openApi.getComponents().getSchemas().get("Assessment");
            Schema<?> items = request == null ? null : request.getProperties().get("safetyFactors").getItems();
            if (items != null) {
                @SuppressWarnings("unchecked")
                Schema<Object> codes = (Schema<Object>) items;
                codes.setEnum(List.copyOf(reportable));
            }
        };
    }
}
