// Ingest offences.csv: new offences (the person involved follows in offences-link).
{{ingest-new-record Offence}}
