package org.spasmcare.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How content changes are reviewed.
 *
 * @param secondReviewer when on (the default), nobody may publish a change they wrote: a second member of
 *     staff reviews it. A one-person clinic turns it off to publish its own drafts.
 */
@ConfigurationProperties("spasmcare.content")
public record ContentProperties(@DefaultValue("true") boolean secondReviewer) {
}
