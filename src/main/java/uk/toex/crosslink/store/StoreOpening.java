package uk.toex.crosslink.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A command's store, opened on a thread of its own as soon as the settings are known, while the
 * main thread builds the rest of the Spring context: the engine's start, the longest step of a
 * command, then uses the second core instead of waiting for the context (docs/BENCHMARKS.md,
 * issue 14). The {@link StoreConnection} bean takes it ({@link StoreConfiguration}); a context that
 * fails before that closes it here.
 */
public final class StoreOpening implements ApplicationContextInitializer<ConfigurableApplicationContext>, DisposableBean {

    private static final String BEAN = "storeOpening";

    private final CompletableFuture<StoreConnection> opening = new CompletableFuture<>();
    private boolean taken;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        CrosslinkProperties properties = Binder.get(environment).bindOrCreate("crosslink", CrosslinkProperties.class);
        boolean ownBolt = !environment.getProperty(StoreConfiguration.IN_PROCESS_ONLY, Boolean.class, false);
        Thread thread = new Thread(() -> {
            try {
                opening.complete(StoreConnection.open(properties, ownBolt));
            } catch (Throwable failure) {
                opening.completeExceptionally(failure);
            }
        }, "store-opening");
        thread.setDaemon(true);
        thread.start();
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(BEAN, this);
        beans.registerDisposableBean(BEAN, this);
    }

    /** The opened store, once it is open; from then on its bean owns it. */
    synchronized StoreConnection take() {
        taken = true;
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public synchronized void destroy() {
        if (!taken) {
            take().close();
        }
    }
}
