// name: top-contacts-by-call-volume
// title: Top contacts of a number by call volume
// description: The numbers a phone (E.164, e.g. +447700900123) called, texted or was called by most, with events, talk time, last contact and the records holding each contact.
// param: phone string required The phone number in E.164 form
// param: limit int default 10 Most rows to return
MATCH (:Phone {e164: $phone})-[c:CALLED]-(contact:Phone)
WITH contact, sum(c.count) AS events, sum(coalesce(c.totalDuration, 0)) AS seconds, max(c.last) AS lastContact
RETURN contact.e164 AS contact, events, seconds, lastContact,
  [(contact)<-[:HAS_PHONE]-(r:PersonRecord) | r] AS holders
ORDER BY events DESC, contact
LIMIT $limit
