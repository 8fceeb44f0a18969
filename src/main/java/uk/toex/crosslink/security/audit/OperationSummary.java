package uk.toex.crosslink.security.audit;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * What a GraphQL request asks, as the audit log names it: operation name and type, root
 * fields, declared variables, and the document's SHA-256. A document that does not parse
 * still gets its hash.
 */
record OperationSummary(String name, String type, List<String> rootFields,
                        List<VariableDefinition> variables, String documentHash) {

    static OperationSummary of(String document, String operationName) {
        String hash = DigestUtils.sha256Hex(document == null ? "" : document);
        try {
            Document parsed = Parser.parse(document);
            List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
            OperationDefinition op = operations.stream()
                    .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                    .findFirst().orElse(null);
            if (op == null) {
                return new OperationSummary(operationName, "unknown", List.of(), List.of(), hash);
            }
            List<String> fields = op.getSelectionSet().getSelectionsOfType(Field.class).stream()
                    .map(Field::getName).distinct().toList();
            return new OperationSummary(op.getName() != null ? op.getName() : operationName,
                    op.getOperation().name().toLowerCase(Locale.ROOT), fields, op.getVariableDefinitions(), hash);
        } catch (InvalidSyntaxException | IllegalArgumentException e) {
            return new OperationSummary(operationName, "unparsed", List.of(), List.of(), hash);
        }
    }
}
