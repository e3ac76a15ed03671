package org.spasmcare.assessment;

import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import org.spasmcare.triage.SafetyFactor;
import org.spasmcare.web.SpasmCareProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Narrows the generated OpenAPI description where a Java type alone says too much. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    /**
     * The server the description names: spasmcare.public-url when set, else "/" (relative to the description),
     * never the Host header of whoever asked.
     */
    @Bean
    ServerBaseUrlCustomizer configuredServerOnly(SpasmCareProperties properties) {
        String publicUrl = properties.publicUrl().strip();
        String server = publicUrl.isEmpty() ? "/" : publicUrl.replaceAll("/+$", "");
        return (generated, request) -> server;
    }

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
