// One page of a top-level list with the nested lists that the request's fields ask of each node on
// it, in one statement (graph.LevelReader). <<parents>> is the list's own page file (visibility and
// filters included); its rows keep their order. $levelKey names the property that keys the list's
// nodes; <<children>> and <<columns>> as in levels/nodes.
CALL () {
<<parents>>
}
WITH collect(node) AS levelNodes
UNWIND range(0, size(levelNodes) - 1) AS levelRow
WITH levelRow, levelNodes[levelRow] AS levelNode, levelNodes[levelRow].props[$levelKey] AS levelKey
<<children>>
RETURN levelNode AS node, [<<columns>>] AS children
ORDER BY levelRow
