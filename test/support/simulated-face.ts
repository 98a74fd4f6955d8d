/**
 * The face check for tests that run the app's services on a mock bureau: the
 * demo's own adapter (src/platform/mock-face-check.ts) over the mock bureau's
 * simulated WeChat face service, with no latency. The bureau then reads the
 * result itself, as in the app; a face fault (`gateway.injectFaceFault`) plays
 * the next check otherwise.
 */
import { createMockFaceCheck } from '../../src/platform/mock-face-check'
import type { FaceCheckOutcome, FaceCheckPort } from '../../src/services/ports'

/** Whatever completes a verifyId: the mock gateway, or a sandbox reached over HTTP. */
export interface FaceService {
  completeFaceCheck(verifyId: string): Promise<FaceCheckOutcome>
}

export const simulatedFace = (service: FaceService): FaceCheckPort =>
  createMockFaceCheck({ latencyMs: 0, complete: (verifyId) => service.completeFaceCheck(verifyId) })
