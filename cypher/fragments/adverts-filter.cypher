// The optional filters of the adverts list (null = not asked for): site (case-insensitive), and
// normalised postcode of the address the advert is placed at.
(
  ($site IS NULL OR toLower(__.site) = toLower($site))
  AND ($postcode IS NULL OR EXISTS { MATCH (__)-[:LOCATED_AT]->(:Address {postcode: $postcode}) })
)
