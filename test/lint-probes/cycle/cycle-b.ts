// Lint probe (test/unit/lint-layers.test.ts): cycle-b and cycle-a import each other on purpose.
import { two } from './cycle-a'

export const one = (): number => 1
export const three = (): number => two() + 1
