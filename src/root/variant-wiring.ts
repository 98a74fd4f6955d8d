/**
 * Picks the build variant's wiring (src/config/env.ts). The test is on the raw
 * process.env constant, which the build replaces with a literal: webpack then
 * keeps only the chosen branch, and the other wirings, with all they import
 * (the mock bureau, its seeded residents, the simulated cashier), are left out
 * of the bundle. Tests run unbuilt, where the variant is unset: demo.
 */
import { demoWiring } from './demo-wiring'
import type { WireGateway } from './gateway-wiring'
import { releaseWiring } from './release-wiring'
import { sandboxWiring } from './sandbox-wiring'

export const wireGateway: WireGateway =
  process.env.TARO_APP_VARIANT === 'release'
    ? releaseWiring
    : process.env.TARO_APP_VARIANT === 'sandbox'
      ? sandboxWiring
      : demoWiring
