-- Face verifications the bureau started (src/gateway/bureau/face.ts, FaceVerification): the verifyId,
-- the person whose face it checks and, for a relative's, the payer who asked; when it expires, what
-- WeChat's face service found, and whether it was used. No name, ID number or face data.
CREATE TABLE face_verifications (
  verify_id text PRIMARY KEY,
  person person_ref NOT NULL,
  asked_by person_ref,
  expires_at bigint NOT NULL,
  result text NOT NULL DEFAULT 'pending',
  used boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT face_verifications_result CHECK (result IN ('pending', 'passed', 'failed', 'cancelled')),
  CONSTRAINT face_verifications_expiry CHECK (expires_at > 0)
);
