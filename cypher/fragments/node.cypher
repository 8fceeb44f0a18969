// The one projection of a graph node for the read API: its GraphQL type (the node's own
// label) and every stored property (its key among them). Callers must already have checked
// that the node is visible. Person records use record-node, which adds their person.
{
  nodeType: [__Label IN labels(__) WHERE __Label IN ['Person', 'PersonRecord', 'AddressRecord', 'Address', 'Phone', 'Email',
      'IdDocument', 'ImageHash', 'OrganisedCrimeGroup', 'Advert', 'Operation', 'Offence', 'Force', 'HarmFlag']][0],
  props: properties(__)
}
