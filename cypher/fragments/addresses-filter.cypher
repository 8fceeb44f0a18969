// The optional filter of the addresses list (null = not asked for): normalised postcode.
($postcode IS NULL OR __.postcode = $postcode)
