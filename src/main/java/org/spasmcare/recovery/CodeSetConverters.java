package org.spasmcare.recovery;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;
import org.spasmcare.triage.TreatmentCode;

/**
 * Sets of codes stored as one comma-separated column ("NSAIDS,MASSAGE"): a handful of known codes per
 * row, read with the row, and simple to query with LIKE. The same text on H2 and PostgreSQL.
 */
final class CodeSetConverters {

    private CodeSetConverters() {
    }

    static <E extends Enum<E>> String write(Set<E> codes) {
        return codes == null ? "" : codes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String text, Class<E> type) {
        EnumSet<E> codes = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(code -> Enum.valueOf(type, code)).forEach(codes::add);
        }
        return Collections.unmodifiableSet(codes);
    }

    @Converter
    static final class Treatments implements AttributeConverter<Set<TreatmentCode>, String> {
        @Override
        public String convertToDatabaseColumn(Set<TreatmentCode> codes) {
            return write(codes);
        }

        @Override
        public Set<TreatmentCode> convertToEntityAttribute(String text) {
            return read(text, TreatmentCode.class);
        }
    }

    @Converter
    static final class RedFlags implements AttributeConverter<Set<RedFlag>, String> {
        @Override
        public String convertToDatabaseColumn(Set<RedFlag> codes) {
            return write(codes);
        }

        @Override
        public Set<RedFlag> convertToEntityAttribute(String text) {
            return read(text, RedFlag.class);
        }
    }

    @Converter
    static final class SafetyFactors implements AttributeConverter<Set<SafetyFactor>, String> {
        @Override
        public String convertToDatabaseColumn(Set<SafetyFactor> codes) {
            return write(codes);
        }

        @Override
        public Set<SafetyFactor> convertToEntityAttribute(String text) {
            return read(text, SafetyFactor.class);
        }
    }
}
