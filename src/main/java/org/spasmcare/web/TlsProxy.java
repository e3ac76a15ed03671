package org.spasmcare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code spasmcare.tls-proxy=true}: people reach the app only over https, through a proxy that ends TLS. Every
 * answer then tells the browser to keep to https for a year (HSTS), whether or not the proxy says the request
 * was secure; application.yml marks the session cookie Secure from the same setting. Off by default, so
 * plain http://localhost keeps working.
 */
@Component
@ConditionalOnBooleanProperty("spasmcare.tls-proxy")
class TlsProxy extends OncePerRequestFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Strict-Transport-Security", HSTS);
        chain.doFilter(request, response);
    }
}
