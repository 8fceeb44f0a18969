// The superseded versions of source record __ (docs/MODEL.md, RecordVersion), newest first, as
// `versions`. Callers must already have checked that the record is visible: its history is
// visible exactly when it is.
CALL (__) {
  OPTIONAL MATCH (__)-[:PREVIOUS_VERSION]->(__Version:RecordVersion)
  WITH __Version ORDER BY __Version.version DESC
  RETURN collect(properties(__Version)) AS versions
}
