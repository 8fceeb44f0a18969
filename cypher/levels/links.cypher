// One page of a nested list for many parents, with the nested lists that the request's fields ask
// of every node on those pages, in one statement (graph.LevelReader). <<parents>> is the list's own
// file (queries/links/<name>, visibility and withheld markers included), paged by $skip and $limit;
// $levelKey names the property that keys the listed nodes; <<children>> and <<columns>> as in
// levels/nodes. Each page keeps its order.
CALL () {
<<parents>>
}
WITH key AS linkKey, total, items, withheld
CALL (items) {
  UNWIND range(0, size(items) - 1) AS levelRow
  WITH levelRow, items[levelRow] AS levelItem, items[levelRow].node.props[$levelKey] AS levelKey
<<children>>
  WITH levelRow, levelItem, [<<columns>>] AS children
  ORDER BY levelRow
  RETURN collect(children) AS levelChildren
}
RETURN linkKey AS key, total, items, withheld, levelChildren
