package nl.wmoregio.web.platform.rest.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas for the Java types the API reads and writes, by reflection over the types themselves as JSON-B
 * (Yasson) writes them: records by their components, other classes by public getters and fields, enums as their
 * names, java.time as ISO strings. Named types become components/schemas; generic ones (Page&lt;T&gt;) get a
 * name per argument (GemeenteViewPage).
 */
final class Schemas {

    static final String REF = "#/components/schemas/";

    private final Map<String, Schema> components = new LinkedHashMap<>();
    private final Map<Type, String> names = new HashMap<>();

    Map<String, Schema> components() {
        return components;
    }

    static Schema of(SchemaType type) {
        return OASFactory.createObject(Schema.class).type(type);
    }

    static Schema of(SchemaType type, String format) {
        return of(type).format(format);
    }

    static Schema ref(String name) {
        return OASFactory.createObject(Schema.class).ref(REF + name);
    }

    Schema schema(Type type) {
        return schema(type, Map.of());
    }

    private Schema schema(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? of(SchemaType.OBJECT) : schema(bound, bindings);
        }
        if (type instanceof WildcardType wildcard) {
            return schema(wildcard.getUpperBounds()[0], bindings);
        }
        if (type instanceof GenericArrayType array) {
            return of(SchemaType.ARRAY).items(schema(array.getGenericComponentType(), bindings));
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = Arrays.stream(parameterized.getActualTypeArguments()).map(a -> resolve(a, bindings)).toArray(Type[]::new);
            if (Optional.class.equals(raw)) {
                return schema(args[0], bindings);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                Schema array = of(SchemaType.ARRAY).items(schema(args[0], bindings));
                return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return of(SchemaType.OBJECT).additionalPropertiesSchema(schema(args[1], bindings));
            }
            if (raw.isRecord() || isBean(raw)) {
                String name = Arrays.stream(args).map(Schemas::simpleName).collect(Collectors.joining()) + raw.getSimpleName();
                Map<TypeVariable<?>, Type> inner = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length && i < args.length; i++) {
                    inner.put(variables[i], args[i]);
                }
                return named(parameterized, name, raw, inner);
            }
            return schema(raw, bindings);
        }
        Class<?> c = (Class<?>) type;
        Schema simple = simple(c);
        if (simple != null) {
            return simple;
        }
        if (c.isArray()) {
            return of(SchemaType.ARRAY).items(schema(c.getComponentType(), bindings));
        }
        if (c.isEnum()) {
            return named(c, c.getSimpleName(), c, Map.of());
        }
        if (Collection.class.isAssignableFrom(c)) {
            return of(SchemaType.ARRAY).items(of(SchemaType.OBJECT));
        }
        if (Map.class.isAssignableFrom(c) || JsonObject.class.isAssignableFrom(c)) {
            return of(SchemaType.OBJECT);
        }
        if (JsonArray.class.isAssignableFrom(c)) {
            return of(SchemaType.ARRAY).items(of(SchemaType.OBJECT));
        }
        if (JsonValue.class.isAssignableFrom(c) || Object.class.equals(c)) {
            return of(SchemaType.OBJECT);
        }
        if (c.isRecord() || isBean(c)) {
            return named(c, c.getSimpleName(), c, Map.of());
        }
        return of(SchemaType.OBJECT);
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        return type instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : type;
    }

    private static String simpleName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return Arrays.stream(p.getActualTypeArguments()).map(Schemas::simpleName).collect(Collectors.joining())
                    + ((Class<?>) p.getRawType()).getSimpleName();
        }
        return "Object";
    }

    private static boolean isBean(Class<?> c) {
        return c.getName().startsWith("nl.wmoregio.") && !c.isInterface() && !c.isEnum();
    }

    /** A components/schemas entry, registered before its properties so that recursive types end. */
    private Schema named(Type type, String wanted, Class<?> raw, Map<TypeVariable<?>, Type> bindings) {
        String name = names.get(type);
        if (name == null) {
            name = unique(wanted, raw);
            names.put(type, name);
            Schema schema = of(SchemaType.OBJECT);
            components.put(name, schema);
            if (raw.isEnum()) {
                schema.type(SchemaType.STRING).enumeration(Arrays.stream(raw.getEnumConstants())
                        .map(e -> (Object) ((Enum<?>) e).name()).toList());
            } else {
                fill(schema, raw, bindings);
            }
        }
        return ref(name);
    }

    private String unique(String wanted, Class<?> raw) {
        String name = wanted;
        if (components.containsKey(name) && raw.getEnclosingClass() != null) {
            name = raw.getEnclosingClass().getSimpleName() + name;
        }
        String base = name;
        for (int i = 2; components.containsKey(name); i++) {
            name = base + i;
        }
        return name;
    }

    private void fill(Schema schema, Class<?> raw, Map<TypeVariable<?>, Type> bindings) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                Method accessor = component.getAccessor();
                Field field = field(raw, component.getName());
                if (accessor.isAnnotationPresent(JsonbTransient.class) || (field != null && field.isAnnotationPresent(JsonbTransient.class))) {
                    continue;
                }
                String name = jsonName(component.getName(), accessor, field);
                properties.put(name, schema(component.getGenericType(), bindings));
                if (component.getType().isPrimitive()) {
                    required.add(name);
                }
            }
        } else {
            for (Method getter : raw.getMethods()) {
                String property = property(getter);
                if (property != null && !getter.isAnnotationPresent(JsonbTransient.class)) {
                    properties.put(jsonName(property, getter, field(raw, property)), schema(getter.getGenericReturnType(), bindings));
                }
            }
            for (Field field : raw.getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(jsonName(field.getName(), null, field), schema(field.getGenericType(), bindings));
                }
            }
        }
        properties.forEach(schema::addProperty);
        if (!required.isEmpty()) {
            schema.required(required);
        }
    }

    private static String property(Method getter) {
        if (Modifier.isStatic(getter.getModifiers()) || getter.getParameterCount() > 0 || getter.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = getter.getName();
        if (name.startsWith("get") && name.length() > 3 && getter.getReturnType() != void.class) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        if (name.startsWith("is") && name.length() > 2 && (getter.getReturnType() == boolean.class || getter.getReturnType() == Boolean.class)) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return null;
    }

    private static Field field(Class<?> raw, String name) {
        try {
            return raw.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String jsonName(String name, Method accessor, Field field) {
        JsonbProperty property = accessor != null ? accessor.getAnnotation(JsonbProperty.class) : null;
        if (property == null && field != null) {
            property = field.getAnnotation(JsonbProperty.class);
        }
        return property != null && !property.value().isBlank() ? property.value() : name;
    }

    private static Schema simple(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class || CharSequence.class.isAssignableFrom(c)) {
            return of(SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class
                || c == OptionalInt.class) {
            return of(SchemaType.INTEGER, "int32");
        }
        if (c == long.class || c == Long.class || c == OptionalLong.class) {
            return of(SchemaType.INTEGER, "int64");
        }
        if (c == BigInteger.class) {
            return of(SchemaType.INTEGER);
        }
        if (c == double.class || c == Double.class || c == OptionalDouble.class) {
            return of(SchemaType.NUMBER, "double");
        }
        if (c == float.class || c == Float.class) {
            return of(SchemaType.NUMBER, "float");
        }
        if (c == BigDecimal.class) {
            return of(SchemaType.NUMBER);
        }
        if (c == boolean.class || c == Boolean.class) {
            return of(SchemaType.BOOLEAN);
        }
        if (c == LocalDate.class) {
            return of(SchemaType.STRING, "date");
        }
        if (c == LocalDateTime.class || c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class || c == Date.class) {
            return of(SchemaType.STRING, "date-time");
        }
        if (c == LocalTime.class) {
            return of(SchemaType.STRING).pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        }
        if (c == YearMonth.class) {
            return of(SchemaType.STRING).pattern("^\\d{4}-\\d{2}$");
        }
        if (c == Year.class) {
            return of(SchemaType.INTEGER, "int32");
        }
        if (c == Duration.class) {
            return of(SchemaType.STRING).description("ISO-8601 duur, bijvoorbeeld PT5M");
        }
        if (c == UUID.class) {
            return of(SchemaType.STRING, "uuid");
        }
        if (c == byte[].class) {
            return of(SchemaType.STRING, "byte");
        }
        return null;
    }
}
