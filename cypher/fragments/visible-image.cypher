// An image hash is visible through a visible advert.
EXISTS { MATCH (__Adv:Advert)-[:HAS_IMAGE]->(__) WHERE {{visible __Adv}} }
