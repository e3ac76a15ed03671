package org.spasmcare.kiosk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.spasmcare.web.SpasmCareProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * On the kiosk, a page with a take-home link (model attribute {@code takeHomePath}, the care plan) also
 * gets its QR code ({@code takeHomeQr}, an SVG) under the address phones can reach: {@code spasmcare.public-url},
 * or without one the address the kiosk itself used.
 */
@Configuration
@ConditionalOnBooleanProperty("spasmcare.kiosk.enabled")
class TakeHomeQr implements WebMvcConfigurer, HandlerInterceptor {

    static final String PATH = "takeHomePath";
    static final String QR = "takeHomeQr";

    private final SpasmCareProperties properties;
    private final MessageSource messages;

    TakeHomeQr(SpasmCareProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view != null && view.getModel().get(PATH) instanceof String path) {
            String label = messages.getMessage("kiosk.takeHome.qr", null, RequestContextUtils.getLocale(request));
            view.addObject(QR, QrCode.svg(url(path), label));
        }
    }

    String url(String path) {
        String base = properties.publicUrl().isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : properties.publicUrl().strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
