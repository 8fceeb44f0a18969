package uk.toex.crosslink.security.audit;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.TypeInfo;
import graphql.language.VariableDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Variables as the audit log keeps them: ids, numbers, booleans and enum values in clear;
 * every other string (names, dates of birth, phones, free JSON...) replaced by its HMAC. Types
 * come from the schema, so a {@code PersonSearchInput.name} is hashed wherever it appears.
 */
final class VariableHasher {

    private static final Set<String> CLEAR_SCALARS = Set.of("ID", "Int", "Float", "Boolean");

    private final AuditHmac hmac;
    private final List<String> hashes = new ArrayList<>();

    VariableHasher(AuditHmac hmac) {
        this.hmac = hmac;
    }

    Map<String, Object> hash(GraphQLSchema schema, List<VariableDefinition> definitions, Map<String, Object> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            GraphQLType type = definitions.stream().filter(d -> d.getName().equals(name)).findFirst()
                    .map(d -> schema == null ? null : schema.getType(TypeInfo.typeInfo(d.getType()).getName()))
                    .orElse(null);
            out.put(name, walk(value, type));
        });
        return out;
    }

    List<String> hashes() {
        return List.copyOf(hashes);
    }

    private Object walk(Object value, GraphQLType type) {
        GraphQLType t = type;
        while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
            t = t instanceof GraphQLNonNull nn ? nn.getWrappedType() : ((GraphQLList) t).getWrappedType();
        }
        if (value instanceof Collection<?> values) {
            GraphQLType element = t;
            return values.stream().map(v -> walk(v, element)).toList();
        }
        if (t instanceof GraphQLEnumType || t instanceof GraphQLScalarType s && CLEAR_SCALARS.contains(s.getName())) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            GraphQLType container = t;
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), walk(v, fieldType(container, String.valueOf(k)))));
            return out;
        }
        if (value instanceof String text) {
            String hashed = hmac.hash(text);
            hashes.add(hashed);
            return hashed;
        }
        return value;
    }

    private static GraphQLType fieldType(GraphQLType type, String field) {
        if (type instanceof GraphQLInputObjectType input) {
            GraphQLInputObjectField f = input.getField(field);
            return f == null ? null : f.getType();
        }
        return null;
    }
}
