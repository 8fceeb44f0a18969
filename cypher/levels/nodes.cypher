// One level of a read in one statement (graph.LevelReader): nodes of one kind by key, found by the
// kind's own file (queries/nodes/<Type>, visibility included), each with the nested lists that the
// request's fields ask of it. <<parents>> is that file; <<children>> one levels/link or
// levels/records part per nested list, each over the parent's key alone, and <<columns>> their results.
CALL () {
<<parents>>
}
WITH key AS levelKey, node AS levelNode
<<children>>
RETURN levelKey AS key, levelNode AS node, [<<columns>>] AS children
