package org.spasmcare.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in lands: the page the person was on their way to, when there was one and their role
 * may open it; otherwise their role's start page ({@code /staff} for staff and admins, {@code /log}
 * for patients). A patient who asked for a staff page first, or the reverse, is not sent to a 403.
 */
class StartPageAfterSignIn extends SimpleUrlAuthenticationSuccessHandler {

    private final RequestCache requestCache = new HttpSessionRequestCache();
    /** Built with the security filter chain, so looked up at the first sign-in rather than injected. */
    private final ObjectProvider<WebInvocationPrivilegeEvaluator> access;

    StartPageAfterSignIn(ObjectProvider<WebInvocationPrivilegeEvaluator> access) {
        this.access = access;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            if (mayOpen(saved, authentication)) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, saved.getRedirectUrl());
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return Role.of(authentication.getAuthorities()).orElse(Role.PATIENT).startPage();
    }

    /** Staff owe a second factor at this point; whether the page may open is asked as it will be after it. */
    private static Authentication afterTheSecondFactor(Authentication authentication) {
        if (!SecondFactor.isRequired(authentication) || SecondFactor.isDone(authentication)) {
            return authentication;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.TOTP_AUTHORITY));
        return UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authorities);
    }

    /**
     * The saved page as a path (never an address built from the Host header), when there is one and the person
     * may open it; registration lands there too.
     */
    Optional<String> savedPageFor(SavedRequest saved, Authentication authentication) {
        if (saved == null || !mayOpen(saved, authentication)) {
            return Optional.empty();
        }
        java.net.URI address = java.net.URI.create(saved.getRedirectUrl());
        return Optional.of(address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery()));
    }

    private boolean mayOpen(SavedRequest saved, Authentication authentication) {
        if (!(saved instanceof DefaultSavedRequest page)) {
            return false;
        }
        String contextPath = page.getContextPath() == null ? "" : page.getContextPath();
        String path = page.getRequestURI().substring(contextPath.length());
        return access.getObject().isAllowed(contextPath, path, "GET", afterTheSecondFactor(authentication));
    }
}
