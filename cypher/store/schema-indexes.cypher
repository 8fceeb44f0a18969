// Which indexes the store holds and whether each is ready (store.SchemaInitializer: whether the
// schema files would change anything). Index-backed constraints are listed as constraints too.
SHOW INDEXES YIELD name, state
RETURN name, state
