package org.spasmcare.recovery;

import java.time.LocalDate;

/** A point of the trend: a day, or the first day of a week or month, with its average pain and interference. */
public record TrendPoint(LocalDate date, Double pain, Double interference) {
}
