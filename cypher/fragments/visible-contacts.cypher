// True when person record __ may tell the caller about contact details (phones, emails, identity
// documents, addresses) and lead from them to its person: it is visible, and its person's
// identity is not hidden from the caller. Every walk between persons and contact details, and
// the visibility of a phone, email, document or address through person records, goes through
// here, so a partner never learns a protected person's contact details by any path.
({{visible __}} AND NOT {{identity-hidden __}})
