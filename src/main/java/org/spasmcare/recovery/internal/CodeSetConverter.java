package org.spasmcare.recovery.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;

/**
 * A set of codes stored as one comma-separated column ("FEVER,SCIATICA"), sorted so that equal sets are equal
 * text: the red flag queries compare whole sets or test for none, never look inside one, so a table of rows
 * would buy nothing. The same text on H2 and PostgreSQL. JPA needs a class a code type, hence the two below.
 */
abstract class CodeSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    CodeSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> codes) {
        return codes == null ? "" : codes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String text) {
        EnumSet<E> codes = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(code -> Enum.valueOf(type, code)).forEach(codes::add);
        }
        return Collections.unmodifiableSet(codes);
    }

    @Converter
    static final class RedFlags extends CodeSetConverter<RedFlag> {
        RedFlags() {
            super(RedFlag.class);
        }
    }

    @Converter
    static final class SafetyFactors extends CodeSetConverter<SafetyFactor> {
        SafetyFactors() {
            super(SafetyFactor.class);
        }
    }
}
