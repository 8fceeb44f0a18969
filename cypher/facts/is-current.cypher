// Whether the per-person facts are complete at the current version (fragments/facts-current).
RETURN {{facts-current factsMark}} AS current
