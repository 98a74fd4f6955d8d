// Lint probe (test/unit/lint-layers.test.ts): cycle-a and cycle-b import each other on purpose.
import { one } from './cycle-b'

export const two = (): number => one() + 1
