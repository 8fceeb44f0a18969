package uk.toex.crosslink.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import picocli.CommandLine;

/**
 * Hands each command the {@link CommandContext} it can take beans from. Our own classes (commands,
 * mixins, the version provider) are made here rather than by picocli's default factory, which
 * first looks for Groovy on the classpath: a class that is in no jar, so the fat jar's loader
 * opens every one of its jars to be sure, which alone was half the cost of {@code --help}.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final CommandContext context;

    CommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls.isInterface() || Modifier.isAbstract(cls.getModifiers())) {
            return CommandLine.defaultFactory().create(cls); // collections and maps of options
        }
        try {
            return cls.getDeclaredConstructor(CommandContext.class).newInstance(context);
        } catch (NoSuchMethodException e) {
            Constructor<K> plain = cls.getDeclaredConstructor();
            plain.setAccessible(true);
            return plain.newInstance();
        }
    }
}
