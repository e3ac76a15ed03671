package org.spasmcare.assessment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spasmcare.assessment.AssessmentApiErrors.FieldProblem;
import org.spasmcare.web.RequestBodyLimit;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API's body as strict JSON: no unknown field, a number only as a whole-number token ("3" and 3.5 are
 * refused), true or false only as themselves, codes only as known strings. Jackson binds
 * {@link AssessmentRequest}; instead of stopping at the first problem, each is noted where it is met and
 * binding goes on, so one answer names every field to fix. Only this request type is read this way.
 */
@Configuration(proxyBeanMethods = false)
class StrictAssessmentJson implements WebMvcConfigurer {

    /**
     * Far above any real assessment (an object of short arrays of short codes), far below what costs the server
     * memory: a body past them is refused while it is read, before anything is built from it.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(RequestBodyLimit.API_BYTES)
            .maxNestingDepth(8)
            .maxTokenCount(2_000)
            .maxNameLength(100)
            .maxStringLength(1_000)
            .maxNumberLength(20)
            .build();

    /** Problems noted in one body at most: the rest of a body full of mistakes is not worth holding. */
    static final int MAX_PROBLEMS = 50;

    private final JsonMapper strict;

    StrictAssessmentJson(JsonMapper appMapper) {
        // a fresh builder on a bounded parser: the app mapper's own parser has Jackson's generous defaults
        this.strict = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
                .addModules(appMapper.registeredModules())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(new SimpleModule("strict-scalars")
                        .addDeserializer(Integer.class, new WholeNumber())
                        .addDeserializer(Boolean.class, new TrueOrFalse())
                        .addDeserializer(List.class, new BoundedCodes()))
                .addHandler(new NoteEveryProblem())
                .build();
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new RequestReader(strict));
    }

    /** A body longer than the API takes ({@link RequestBodyLimit#API_BYTES}). */
    static final class BodyTooLarge extends HttpMessageNotReadableException {
        BodyTooLarge(Throwable cause, HttpInputMessage input) {
            super("body over " + RequestBodyLimit.API_BYTES + " bytes", cause, input);
        }
    }

    /** A body past one of the {@link #LIMITS}: too deep, too many values, an over-long string or name. */
    static final class BodyPastLimits extends HttpMessageNotReadableException {
        BodyPastLimits(Throwable cause, HttpInputMessage input) {
            super("body past the reading limits: " + cause.getMessage(), cause, input);
        }
    }

    /** The body's problems, each for one field, with the partly read request (null where unreadable). */
    static final class UnreadableFields extends HttpMessageNotReadableException {
        private final transient List<FieldProblem> problems;
        private final transient AssessmentRequest partlyRead;

        UnreadableFields(List<FieldProblem> problems, AssessmentRequest partlyRead, HttpInputMessage input) {
            super("unreadable fields: " + problems.stream().map(FieldProblem::field).toList(), input);
            this.problems = List.copyOf(problems);
            this.partlyRead = partlyRead;
        }

        List<FieldProblem> problems() {
            return problems;
        }

        AssessmentRequest partlyRead() {
            return partlyRead;
        }
    }

    /** Reads only {@link AssessmentRequest}, never writes: every other body keeps the app's own converters. */
    private static final class RequestReader extends JacksonJsonHttpMessageConverter {

        RequestReader(JsonMapper strict) {
            super(strict);
        }

        @Override
        public boolean canRead(ResolvableType type, MediaType mediaType) {
            return type.toClass() == AssessmentRequest.class && super.canRead(type, mediaType);
        }

        @Override
        public boolean canRead(Class<?> type, MediaType mediaType) {
            return type == AssessmentRequest.class && super.canRead(type, mediaType);
        }

        @Override
        public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
            return false;
        }

        @Override
        public boolean canWrite(Class<?> type, MediaType mediaType) {
            return false;
        }

        @Override
        public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) throws IOException {
            Problems problems = new Problems();
            AssessmentRequest request;
            byte[] body;
            try {
                // the whole body, bounded, before any of it is parsed
                body = RequestBodyLimit.readAtMost(input.getBody(), RequestBodyLimit.API_BYTES);
            } catch (RequestBodyLimit.BodyTooLargeException tooLarge) {
                throw new BodyTooLarge(tooLarge, input);
            }
            try {
                request = getMapper().readerFor(AssessmentRequest.class).withAttribute(Problems.class, problems)
                        .readValue(body);
            } catch (StreamConstraintsException pastLimits) {
                throw new BodyPastLimits(pastLimits, input);
            } catch (JacksonException unreadable) {
                throw new HttpMessageNotReadableException("unreadable body: " + unreadable.getOriginalMessage(),
                        unreadable, input);
            }
            if (!problems.isEmpty()) {
                throw new UnreadableFields(problems, request, input);
            }
            return request;
        }
    }

    /** The problems of one read (a reader attribute, so each request has its own). */
    private static final class Problems extends java.util.ArrayList<FieldProblem> {
    }

    /**
     * A list of codes, read one by one and given up on once it is longer than {@link AssessmentRequest#MAX_CODES}:
     * the rest is skipped unread into memory and the list is noted as too long (the field is left out). Each code
     * is read by the usual enum reader, so its own problems are noted as before.
     */
    private static final class BoundedCodes extends ValueDeserializer<List<Object>> {
        private final ValueDeserializer<Object> codes;

        BoundedCodes() {
            this(null);
        }

        private BoundedCodes(ValueDeserializer<Object> codes) {
            this.codes = codes;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType listType = property != null ? property.getType() : context.getContextualType();
            return new BoundedCodes(context.findContextualValueDeserializer(listType.getContentType(), property));
        }

        @Override
        public List<Object> deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.isExpectedStartArrayToken()) {
                @SuppressWarnings("unchecked")
                List<Object> noted = (List<Object>) context.handleUnexpectedToken(
                        context.constructType(List.class), parser);
                return noted;
            }
            List<Object> read = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (read.size() == AssessmentRequest.MAX_CODES) {
                    NoteEveryProblem.noteList(context, parser, "api.error.tooManyCodes",
                            String.valueOf(AssessmentRequest.MAX_CODES));
                    skipToEndOfArray(parser, token);
                    return null;
                }
                read.add(token == JsonToken.VALUE_NULL ? codes.getNullValue(context) : codes.deserialize(parser, context));
            }
            return read;
        }

        private static void skipToEndOfArray(JsonParser parser, JsonToken current) {
            for (JsonToken token = current; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                parser.skipChildren();
            }
        }
    }

    /** A whole number only from a whole-number token that fits an int; anything else is noted. */
    private static final class WholeNumber extends ValueDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, parser);
        }
    }

    /** true or false only: never "true", 1 or "yes". */
    private static final class TrueOrFalse extends ValueDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_TRUE || parser.currentToken() == JsonToken.VALUE_FALSE) {
                return parser.getBooleanValue();
            }
            return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
        }
    }

    /**
     * Notes a problem with the message key that says how to fix it, skips the value and reads on. A body that
     * is not an object at all is left to fail as a whole.
     */
    private static final class NoteEveryProblem extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            if (!note(context, parser, "api.error.unknownField", String.join(", ", AssessmentRequest.FIELDS))) {
                return false;
            }
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                String failureMsg) {
            // only a code is read from a string: one that is not known
            return note(context, context.getParser(), "api.error.unknownCode", value) ? null : NOT_HANDLED;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                String failureMsg) {
            return note(context, context.getParser(), "api.error.code") ? null : NOT_HANDLED;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                JsonParser parser, String failureMsg) {
            Class<?> type = targetType.getRawClass();
            if (type == AssessmentRequest.class) {
                return NOT_HANDLED;
            }
            boolean noted;
            if (type == Integer.class) {
                noted = note(context, parser, "api.error.wholeNumber", AssessmentRequest.range(field(parser)));
            } else if (type == Boolean.class) {
                noted = note(context, parser, "api.error.boolean");
            } else if (targetType.isCollectionLikeType()) {
                noted = note(context, parser, "api.error.codeArray");
            } else {
                noted = note(context, parser, "api.error.code");
            }
            if (!noted) {
                return NOT_HANDLED;
            }
            parser.skipChildren();
            return null;
        }

        private static boolean note(DeserializationContext context, JsonParser parser, String messageKey,
                Object... arguments) {
            return note(context, field(parser), messageKey, arguments);
        }

        /** A problem of the list being read, not of the element the parser is on. */
        static boolean noteList(DeserializationContext context, JsonParser parser, String messageKey,
                Object... arguments) {
            return note(context, parser.streamReadContext().getParent().currentName(), messageKey, arguments);
        }

        private static boolean note(DeserializationContext context, String field, String messageKey,
                Object... arguments) {
            if (!(context.getAttribute(Problems.class) instanceof Problems problems)) {
                return false; // not a read of the API's body
            }
            if (problems.size() < MAX_PROBLEMS || messageKey.equals("api.error.tooManyCodes")) {
                problems.add(new FieldProblem(field, messageKey, arguments));
            }
            return true;
        }

        /** The field as the API names it: "age", "redFlags[1]". */
        private static String field(JsonParser parser) {
            StringBuilder field = new StringBuilder();
            for (JsonPointer at = parser.streamReadContext().pathAsPointer(); !at.matches(); at = at.tail()) {
                if (at.mayMatchElement() && field.length() > 0) {
                    field.append('[').append(at.getMatchingIndex()).append(']');
                } else {
                    field.append(at.getMatchingProperty());
                }
            }
            return field.toString();
        }
    }
}
