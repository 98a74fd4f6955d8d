/**
 * What each build variant plugs into the app: the bureau (mock or HTTP) with
 * the platform adapters that go with it. One factory per variant
 * (demo-wiring.ts, sandbox-wiring.ts, release-wiring.ts); variant-wiring.ts
 * picks one at build time.
 */
import type { ComponentType } from 'react'
import type { FamilyAidCapability } from '../domain/family'
import type {
  Clock,
  FaceCheckPort,
  GatewayTransport,
  PaymentPort,
  PhotoUploadPort,
  SimulatedCashier,
} from '../services/ports'
import type { PhotoPicker } from '../platform/photo-picker'
import type { KeyValueStorage } from '../platform/storage'

export interface GatewayWiring {
  transport: GatewayTransport
  payment: PaymentPort
  clock: Clock
  /** The face verification that goes with this bureau: WeChat's in release, a stand-in in demo builds. */
  face: FaceCheckPort
  /** The 户口簿 photo upload that goes with this bureau. */
  photo: PhotoUploadPort
  /** Demo and sandbox builds: the cashier standing in for WeChat's, and its sheet bound to it. */
  simulatedCashier?: { cashier: SimulatedCashier; Sheet: ComponentType }
  /** 家庭共济 capabilities overriding the region files: the mock bureau's demonstration data, or none. */
  familyAidOverlay: Readonly<Record<string, FamilyAidCapability>>
}

export interface WiringOptions {
  /** Where the mock bureau's ledger persists (the stores' storage). */
  storage: KeyValueStorage
  /** The camera-or-album picker of the 户口簿 photo. */
  pickPhoto: PhotoPicker
}

export type WireGateway = (options: WiringOptions) => GatewayWiring
