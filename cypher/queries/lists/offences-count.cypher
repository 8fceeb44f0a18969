// How many offences the caller may see (and the list's filters keep).
MATCH (off:Offence)
WHERE {{visible off}} AND {{offences-filter off}}
RETURN count(off) AS total
