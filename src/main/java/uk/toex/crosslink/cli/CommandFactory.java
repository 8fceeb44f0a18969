package uk.toex.crosslink.cli;

import picocli.CommandLine;

/** Hands each command the {@link CommandContext} it can take beans from. */
final class CommandFactory implements CommandLine.IFactory {

    private final CommandContext context;

    CommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            return cls.getDeclaredConstructor(CommandContext.class).newInstance(context);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
