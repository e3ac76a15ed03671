package org.spasmcare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Manager;
import org.apache.catalina.session.ManagerBase;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.session.TooManyActiveSessionsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code spasmcare.max-sessions} sessions in memory (the default profile keeps them there): every
 * anonymous visit to a form page starts one, for its CSRF token, so without a cap a script could fill the heap.
 * Over the cap Tomcat refuses a new session, and the visitor gets the "busy" page (503) instead of a 500;
 * people who already have a session carry on. Pages are rendered whole before they are sent
 * (spring.thymeleaf.servlet.produce-partial-output-while-processing=false), so the refusal, which comes while
 * a form is rendered, can still change the answer. Sessions kept in PostgreSQL are not counted here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SessionLimit extends OncePerRequestFilter implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int maxSessions;

    SessionLimit(@Value("${spasmcare.max-sessions:10000}") int maxSessions) {
        this.maxSessions = maxSessions;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Manager manager = context.getManager();
            if (manager == null) {
                manager = new StandardManager();
                context.setManager(manager);
            }
            if (manager instanceof ManagerBase counted) {
                counted.setMaxActiveSessions(maxSessions);
            }
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!tooManySessions(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    private static boolean tooManySessions(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooManyActiveSessionsException) {
                return true;
            }
        }
        return false;
    }
}
