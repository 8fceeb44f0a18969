// Ingest offences.csv: changed offences; the old INVOLVED_IN goes (offences-link rebuilds it).
{{ingest-new-version Offence}}
WITH r
CALL (r) {
  MATCH (r)<-[old:INVOLVED_IN]-()
  DELETE old
}
