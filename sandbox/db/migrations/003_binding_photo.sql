-- The 户口簿 photo received for a member's binding and not yet used (src/gateway/bureau/ledger.ts,
-- StoredMember.photo): its single-use ticket, size and type only, never the image.
ALTER TABLE family_members
  ADD COLUMN photo_ticket text UNIQUE,
  ADD COLUMN photo_size_bytes integer,
  ADD COLUMN photo_content_type text,
  ADD COLUMN photo_received_on date,
  ADD CONSTRAINT family_members_photo_whole CHECK (
    (photo_ticket IS NULL) = (photo_size_bytes IS NULL)
    AND (photo_ticket IS NULL) = (photo_content_type IS NULL)
    AND (photo_ticket IS NULL) = (photo_received_on IS NULL)
  ),
  ADD CONSTRAINT family_members_photo_size CHECK (photo_size_bytes IS NULL OR photo_size_bytes > 0);
