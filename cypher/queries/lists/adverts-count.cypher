// How many adverts the caller may see.
MATCH (ad:Advert)
WHERE {{visible ad}}
RETURN count(ad) AS total
