package uk.toex.crosslink.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.BeansException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.toex.crosslink.investigations.InvestigationCaller;
import uk.toex.crosslink.investigations.InvestigationCatalogue;
import uk.toex.crosslink.investigations.InvestigationResult;
import uk.toex.crosslink.investigations.InvestigationRunner;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.BadRequestException;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.token.JwtCallers;

/**
 * {@code investigate NAME [--param KEY=VALUE]... [--format json|csv]} and {@code investigate --list}.
 * The operator holds the store and runs with its whole view; {@code --token} runs as the caller a
 * bearer token names instead, with exactly that caller's view, as over HTTP.
 */
@Command(name = "investigate", mixinStandardHelpOptions = true,
        description = "Run a saved Cypher investigation and print its rows, or list them with --list.")
public class InvestigateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The investigation to run.")
    String name;

    @Option(names = "--list", description = "Print the saved investigations, one name<TAB>title per line.")
    boolean list;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter (lists: comma-separated).")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv",
            description = "json: one object per row, one per line (default); csv: a header of the columns, then rows.")
    String format;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Run as the caller this bearer token names (checked as over HTTP), with that caller's view.")
    String token;

    @Mixin
    OperatorOptions operator;

    @Spec
    CommandSpec spec;

    private final CommandContext context;

    public InvestigateCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            bean(InvestigationCatalogue.class).all()
                    .forEach(inv -> out.println(inv.name() + "\t" + inv.title()));
            out.flush();
            return 0;
        }
        if (name == null) {
            throw new BadInputException("investigate: give an investigation NAME, or --list");
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw new BadInputException("--format " + format + ": expected json or csv");
        }
        Map<String, Object> given = parameters();
        InvestigationResult result;
        try {
            result = bean(InvestigationRunner.class).run(name, given, caller());
        } catch (BadRequestException e) {
            throw new BadInputException("investigate " + name + ": " + e.getMessage());
        }
        ResultPrinter.print(result, format, out);
        out.flush();
        if (result.truncated()) {
            spec.commandLine().getErr().println("investigate: " + name + ": rows cut off at " + result.rows().size()
                    + " (crosslink.investigations.max-rows)");
        }
        return 0;
    }

    /** A bean; when the service cannot start (a strict catalogue refusing a file), the one line says why. */
    private <T> T bean(Class<T> type) {
        try {
            return context.bean(type);
        } catch (BeansException e) {
            throw new IllegalStateException(NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
        }
    }

    private Map<String, Object> parameters() {
        Map<String, Object> given = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--param " + p + ": expected KEY=VALUE");
            }
            given.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return given;
    }

    private InvestigationCaller caller() {
        if (token == null) {
            return new InvestigationCaller(operator.caller(), AccessScope.system(), "cli", operator.purpose(), true);
        }
        Caller caller;
        try {
            caller = context.bean(JwtCallers.class).fromJwt(context.bean(JwtDecoder.class).decode(token));
        } catch (JwtException e) {
            throw new BadInputException("--token: not a valid token for this service");
        }
        return new InvestigationCaller(caller, caller.scope(), "cli", operator.purpose(), false);
    }
}
