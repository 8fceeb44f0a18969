package uk.toex.crosslink.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line split in two: Spring settings ({@code --crosslink.*}, {@code --server.*},
 * {@code --data-dir}, {@code --demo}, ...) that configure the store and service, and the rest,
 * which picocli parses as a sub-command and its options.
 */
record LaunchArguments(List<String> springArgs, List<String> commandArgs) {

    private static final List<String> SPRING_PREFIXES =
            List.of("--crosslink.", "--server.", "--spring.", "--logging.", "--management.");

    static LaunchArguments split(String[] args) {
        List<String> spring = new ArrayList<>();
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir") && i + 1 < args.length) {
                spring.add("--crosslink.data-dir=" + args[++i]);
            } else if (arg.startsWith("--data-dir=")) {
                spring.add("--crosslink.data-dir=" + arg.substring("--data-dir=".length()));
            } else if (arg.equals("--demo")) {
                spring.add("--crosslink.demo.enabled=true");
            } else if (SPRING_PREFIXES.stream().anyMatch(arg::startsWith)) {
                spring.add(arg);
            } else {
                command.add(arg);
            }
        }
        return new LaunchArguments(List.copyOf(spring), List.copyOf(command));
    }

    boolean serve() {
        return commandArgs.isEmpty();
    }
}
