package uk.toex.crosslink.security.hardening;

import graphql.execution.TypeFromAST;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coerced values for the required variables of an operation (a page size variable is left out, so
 * its default counts), for costing a document without the values a test sends with it.
 */
final class SampleVariables {

    private SampleVariables() {
    }

    static Map<String, Object> of(GraphQLSchema schema, OperationDefinition operation) {
        Map<String, Object> values = new HashMap<>();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            if (variable.getType() instanceof NonNullType && variable.getDefaultValue() == null) {
                values.put(variable.getName(), sample(TypeFromAST.getTypeFromAST(schema, variable.getType())));
            }
        }
        return values;
    }

    private static Object sample(GraphQLType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            return sample(nonNull.getWrappedType());
        }
        if (type instanceof GraphQLList) {
            return List.of();
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Object> fields = new HashMap<>();
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                if (field.getType() instanceof GraphQLNonNull) {
                    fields.put(field.getName(), sample(field.getType()));
                }
            }
            return fields;
        }
        return switch (((GraphQLNamedType) type).getName()) {
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> false;
            default -> "x";
        };
    }
}
