// Which constraints the store holds (store.SchemaInitializer: whether the schema files would change anything).
SHOW CONSTRAINTS YIELD name
RETURN name
