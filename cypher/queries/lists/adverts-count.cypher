// How many adverts the caller may see (and the list's filters keep).
MATCH (ad:Advert)
WHERE {{visible ad}} AND {{adverts-filter ad}}
RETURN count(ad) AS total
