// What the cached advert clusters (adverts.AdvertClusterCache) were computed from: adverts only change
// through ingest batches, so the batches (how many, how many done, the latest) and the count-store
// tallies of adverts and their links say whether the clusters are still current. One cheap read.
CALL { MATCH (b:Batch)
       RETURN count(b) AS batches, count(CASE WHEN b.status = 'done' THEN 1 END) AS done,
              toString(max(b.ingestedAt)) AS latest }
CALL { MATCH (ad:Advert) RETURN count(ad) AS adverts }
CALL { MATCH ()-[l:ADVERTISES_PHONE]->() RETURN count(l) AS phones }
CALL { MATCH ()-[l:ADVERTISES_EMAIL]->() RETURN count(l) AS emails }
CALL { MATCH ()-[l:HAS_IMAGE]->() RETURN count(l) AS images }
RETURN batches + '/' + done + '/' + coalesce(latest, '-') + '/' + adverts + '/' + phones + '/' + emails + '/' + images AS generation
