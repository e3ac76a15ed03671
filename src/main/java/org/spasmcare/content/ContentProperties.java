package org.spasmcare.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How content changes are reviewed.
 *
 * @param secondReviewer when on (the default), nobody may publish a change they wrote: a second member of
 *     staff reviews it. A one-person clinic turns it off to publish its own drafts. Its limit: it holds
 *     between accounts, not people, so one admin can create a second staff account (audited) and publish
 *     with it; the review pages say when the publishing account was less than a day old.
 */
@ConfigurationProperties("spasmcare.content")
public record ContentProperties(@DefaultValue("true") boolean secondReviewer) {
}
