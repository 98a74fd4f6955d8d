-- The references the bureau gives the app for people (src/gateway/bureau/ledger.ts, ResidentRef):
-- verifyIdentity's residentRef, drawn at random the first time a session opens for a person and
-- answered in every later session. One per person, never replaced, and none shared by two people.
-- Random, not derived from the ID number: only this row ties a reference to its person.
CREATE TABLE resident_refs (
  person person_ref PRIMARY KEY,
  resident_ref text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT resident_refs_unique UNIQUE (resident_ref),
  CONSTRAINT resident_refs_opaque CHECK (resident_ref ~ '^rr_[A-Za-z0-9_-]{24}$')
);
