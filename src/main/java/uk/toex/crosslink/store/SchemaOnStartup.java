package uk.toex.crosslink.store;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Every process (service or command) has the schema in place before it reads or writes. */
@Component
class SchemaOnStartup implements SmartInitializingSingleton {

    private final SchemaInitializer schema;

    SchemaOnStartup(SchemaInitializer schema) {
        this.schema = schema;
    }

    @Override
    public void afterSingletonsInstantiated() {
        schema.apply();
    }
}
