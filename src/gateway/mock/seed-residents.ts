/**
 * The mock bureau's residents: one for every case the flow must handle.
 * These identities are test data (valid check digits, not real people) and are
 * listed in README.md.
 */
import type { Person, PersonRecord } from '../bureau'

export type SeedRecord = PersonRecord
export type SeedResident = Person

const GULOU = { adcode: '350102', regionName: '福建省福州市鼓楼区' }
const SIMING = { adcode: '350203', regionName: '福建省厦门市思明区' }
const DONGHU = { adcode: '360102', regionName: '江西省南昌市东湖区' }
/**
 * Jiangxi's figures were sourced for benefit year 2025 only (window 2024-09-15 –
 * 2025-02-28), so the Jiangxi relatives are billed for 2025 on a date inside it.
 */
const JIANGXI_2025 = { benefitYear: 2025, bureauDate: '2025-01-15' }

export const SEED_RESIDENTS: readonly SeedResident[] = [
  {
    name: '林晓华',
    idNumber: '350102199003071234',
    records: [{ recordId: 'R-LXH-1', ...GULOU, category: 'working-age', subsidyGroup: 'none' }],
  },
  {
    name: '陈玉珍',
    idNumber: '350102195206152247',
    records: [{ recordId: 'R-CYZ-1', ...GULOU, category: 'elderly', subsidyGroup: 'none' }],
  },
  {
    name: '王小明',
    idNumber: '350203201509013455',
    records: [{ recordId: 'R-WXM-1', ...SIMING, category: 'child-student', subsidyGroup: 'none' }],
    receiptLagQueries: 1,
  },
  {
    name: '郑秀英',
    idNumber: '350102194802102460',
    records: [{ recordId: 'R-ZXY-1', ...GULOU, category: 'elderly', subsidyGroup: 'extreme-poverty' }],
  },
  {
    name: '黄建国',
    idNumber: '350102198511201379',
    bindingRejection: '户籍信息中未查到该亲属关系，请核对关系后重新绑定，或到医保经办机构办理',
    records: [
      {
        recordId: 'R-HJG-1',
        ...GULOU,
        category: 'working-age',
        subsidyGroup: 'none',
        paid: {
          receiptNo: 'FJ2026000001',
          amountFen: 40000,
          paidAt: '2025-10-08 09:12',
          coverageStart: '2026-01-01',
        },
      },
    ],
  },
  {
    name: '吴海燕',
    idNumber: '350203197805051588',
    records: [
      { recordId: 'R-WHY-1', ...GULOU, category: 'working-age', subsidyGroup: 'none' },
      { recordId: 'R-WHY-2', ...SIMING, category: 'working-age', subsidyGroup: 'none' },
    ],
  },
  {
    name: '买买提·艾力',
    idNumber: '650102198808081719',
    records: [{ recordId: 'R-MMT-1', ...GULOU, category: 'working-age', subsidyGroup: 'none' }],
  },
  {
    name: '刘建平',
    idNumber: '350102196001011998',
    records: [{ recordId: 'R-LJP-1', ...GULOU, category: 'elderly', subsidyGroup: 'none' }],
  },
  { name: '周文静', idNumber: '350102199302141829' },
  // Personas for the contribution rules (国办发〔2024〕38号 waiting periods, newborns, students, extended period).
  {
    name: '孙立新',
    idNumber: '350102198406153010',
    records: [
      { recordId: 'R-SLX-1', ...GULOU, category: 'working-age', subsidyGroup: 'none', breakYears: 3 },
    ],
  },
  {
    name: '赵秀兰',
    idNumber: '350102197903124021',
    records: [
      { recordId: 'R-ZXL-1', ...GULOU, category: 'working-age', subsidyGroup: 'none', breakYears: 5 },
    ],
  },
  {
    name: '许文博',
    idNumber: '350102199111115038',
    records: [
      { recordId: 'R-XWB-1', ...GULOU, category: 'working-age', subsidyGroup: 'none', continuousYears: 6 },
    ],
    bureauDate: '2026-02-10',
  },
  {
    name: '陈思远',
    idNumber: '35020320120905153X',
    records: [
      { recordId: 'R-CSY-1', ...SIMING, category: 'child-student', subsidyGroup: 'none', inSchool: true },
    ],
  },
  {
    name: '林小满',
    idNumber: '350102202604202011',
    records: [
      { recordId: 'R-LXM-1', ...GULOU, category: 'newborn', subsidyGroup: 'none', birthDate: '2026-04-20' },
    ],
    bureauDate: '2026-05-20',
  },
  {
    name: '林小雨',
    idNumber: '350102202601201021',
    records: [
      { recordId: 'R-LXY-1', ...GULOU, category: 'newborn', subsidyGroup: 'none', birthDate: '2026-01-20' },
    ],
    bureauDate: '2026-05-20',
  },
  // 常用缴费人 and 家庭共济: a retired worker in Fuzhou with four relatives bound at the bureau
  // (three in Fujian, a brother in Jiangxi), and a daughter in Shenzhen whose parents and
  // child are insured in Jiangxi.
  {
    name: '林国栋',
    idNumber: '350102195308123017',
    employeeAccount: { ...GULOU, balanceFen: 60000 },
    family: [
      { idNumber: '350102195206152247', relation: 'spouse' },
      { idNumber: '350102199003071234', relation: 'child' },
      { idNumber: '35020320120905153X', relation: 'maternal-grandchild' },
      { idNumber: '360102196103052012', relation: 'sibling' },
    ],
  },
  {
    name: '林国华',
    idNumber: '360102196103052012',
    records: [{ recordId: 'R-LGH-1', ...DONGHU, category: 'elderly', subsidyGroup: 'none' }],
    ...JIANGXI_2025,
  },
  {
    name: '张丽',
    idNumber: '440305198606184024',
    employeeAccount: { adcode: '440305', regionName: '广东省深圳市南山区', balanceFen: 300000 },
  },
  {
    name: '张建华',
    idNumber: '360102195802113019',
    records: [{ recordId: 'R-ZJH-1', ...DONGHU, category: 'elderly', subsidyGroup: 'none' }],
    ...JIANGXI_2025,
  },
  {
    name: '刘桂英',
    idNumber: '360102196009232025',
    records: [{ recordId: 'R-LGY-1', ...DONGHU, category: 'elderly', subsidyGroup: 'none' }],
    ...JIANGXI_2025,
  },
  {
    name: '张小宇',
    idNumber: '360102201607153013',
    records: [{ recordId: 'R-ZXYU-1', ...DONGHU, category: 'child-student', subsidyGroup: 'none' }],
    ...JIANGXI_2025,
  },
  // Appended, not inserted: the bureau's ledger names seeded people by their index in this list.
  // 灵活就业人员: regions whose resident figures were not sourced but whose employee-insurance
  // figures for flexible workers were, so step 3 shows those for comparison.
  {
    name: '顾晓峰',
    idNumber: '31010419880312207X',
    records: [
      {
        recordId: 'R-GXF-1',
        adcode: '310104',
        regionName: '上海市徐汇区',
        category: 'working-age',
        subsidyGroup: 'none',
      },
    ],
    // Shanghai's flexible-worker base was sourced from 2026-07-01.
    bureauDate: '2026-08-10',
  },
  {
    name: '谭志勇',
    idNumber: '500103199007153012',
    records: [
      {
        recordId: 'R-TZY-1',
        adcode: '500103',
        regionName: '重庆市渝中区',
        category: 'working-age',
        subsidyGroup: 'none',
      },
    ],
  },
  {
    name: '马丽娜',
    idNumber: '110105198509204022',
    records: [
      {
        recordId: 'R-MLN-1',
        adcode: '110105',
        regionName: '北京市朝阳区',
        category: 'working-age',
        subsidyGroup: 'none',
      },
    ],
  },
  // 低保 in Suizhou Zengdu: the only sourced figures are for benefit year 2023 (350 元, of which
  // the government pays 320 for 低保对象), without the window, so the bill is shown without dates.
  {
    name: '周桂芳',
    idNumber: '421303197204183029',
    records: [
      {
        recordId: 'R-ZGF-1',
        adcode: '421303',
        regionName: '湖北省随州市曾都区',
        category: 'working-age',
        subsidyGroup: 'minimum-living',
      },
    ],
    benefitYear: 2023,
    bureauDate: '2022-11-20',
  },
]
