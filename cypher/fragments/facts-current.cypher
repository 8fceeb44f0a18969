// True when the store's per-person facts (HOLDS_PERSON / HOLDS_PROTECTED_PERSON, :CrossForce) are
// complete at the current version (facts/mark-current.cypher writes the mark, with the same
// number). Until then (a store built before the facts, still catching up) queries answer from
// the records themselves.
EXISTS { MATCH (__:PersonFacts {version: 1}) }
