package org.spasmcare.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.spasmcare.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page, error pages included. */
@ControllerAdvice
class LayoutModelAdvice {

    private final SpasmCareProperties properties;

    LayoutModelAdvice(SpasmCareProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("emergencyNumber")
    String emergencyNumber() {
        return properties.emergencyNumber();
    }

    /** An urgent care service for "see a doctor today" results (spasmcare.urgent-care-number); null when none. */
    @ModelAttribute("urgentCare")
    SpasmCareProperties.UrgentCare urgentCare() {
        return properties.urgentCare();
    }

    /** Who is signed in, for the navigation; null for anonymous visitors. */
    @ModelAttribute("signedInName")
    String signedInName(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    /**
     * The signed-in person's role (PATIENT, STAFF or ADMIN), for the account links: patients see their
     * log and data, staff the staff area, admins also the admin pages. Null for anonymous visitors.
     */
    @ModelAttribute("signedInRole")
    String signedInRole(Principal principal) {
        return principal instanceof Authentication authentication
                ? Role.of(authentication.getAuthorities()).map(Role::name).orElse(null) : null;
    }

    /** Lets the navigation mark the page the person is on (aria-current). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
