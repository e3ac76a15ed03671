package org.spasmcare.kiosk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.web.SpasmCareProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * On the kiosk, a page with a take-home link (model attribute {@code takeHomePath}, the care plan) also
 * gets its QR code ({@code takeHomeQr}, an SVG) under the address phones can reach: {@code spasmcare.public-url}.
 * Without one there is no code (the kiosk's own address, often 127.0.0.1, would open nothing on a phone), and
 * the start-up log says why.
 */
@Configuration
@ConditionalOnBooleanProperty("spasmcare.kiosk.enabled")
class TakeHomeQr implements WebMvcConfigurer, HandlerInterceptor {

    static final String PATH = "takeHomePath";
    static final String QR = "takeHomeQr";

    private final SpasmCareProperties properties;
    private final MessageSource messages;

    private static final Logger LOG = LoggerFactory.getLogger(TakeHomeQr.class);

    TakeHomeQr(SpasmCareProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
        if (properties.publicUrl().isBlank()) {
            LOG.warn("The kiosk shows no QR code to take a plan home: spasmcare.public-url (SPASMCARE_PUBLIC_URL) is not set."
                    + " A code of the kiosk's own address (often 127.0.0.1) would open nothing on a phone."
                    + " Set it to the address phones reach SpasmCare at, such as https://spasmcare.example-clinic.org.");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view != null && !properties.publicUrl().isBlank() && view.getModel().get(PATH) instanceof String path) {
            String label = messages.getMessage("kiosk.takeHome.qr", null, RequestContextUtils.getLocale(request));
            view.addObject(QR, QrCode.svg(url(path), label));
        }
    }

    String url(String path) {
        String base = properties.publicUrl().strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
