package org.spasmcare.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a staff or admin session has done its second factor, it may open only the second-factor pages
 * ({@value #PAGES}...) and Spring Security's passkey sign-in behind them, sign out, and the static files: every other request is sent to
 * {@value #PAGES}, and a page it was on its way to is remembered for after. The authorization rules
 * hold the staff area to the same (see {@link SecurityConfiguration}); this makes the rest of the site
 * wait too, so a half-signed-in session never looks signed in.
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String PAGES = "/second-factor";

    private final RequestCache requestCache = new HttpSessionRequestCache();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && SecondFactor.isRequired(authentication)
                && !SecondFactor.isDone(authentication) && !mayWait(request)) {
            if ("GET".equals(request.getMethod())) {
                requestCache.saveRequest(request, response);
            }
            response.sendRedirect(request.getContextPath() + PAGES);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayWait(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PAGES) || path.startsWith(PAGES + "/") || PasskeySecondFactor.isSignInStep(path)
                || path.equals("/logout")
                || path.startsWith("/assets/") || path.equals("/error");
    }
}
