/** A payable 2026 record of a working-age resident in Fuzhou Gulou, as the bureau returns it, with overrides. */
import type { EnrolmentRecord } from '../../src/services/model'

export const enrolmentRecord = (overrides: Partial<EnrolmentRecord> = {}): EnrolmentRecord => ({
  recordId: 'R-1',
  adcode: '350102',
  regionName: '福建省福州市鼓楼区',
  category: 'working-age',
  subsidyGroup: 'none',
  benefitYear: 2026,
  status: 'payable',
  ...overrides,
})
