"""Journeys: what a learner or a teacher does from start to end, in a real browser, in English
and Arabic, on a phone (390 px) and a desktop (1280 px). Every step is checked the same way
(``steps.check``: no horizontal overflow, no English on an Arabic page, axe-core, a screenshot in
test-artifacts/screenshots/journeys/). State is made in the database through the services; the
browser drives only what the journey is about."""
