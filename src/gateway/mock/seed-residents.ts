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
      {
        recordId: 'R-SLX-1',
        ...GULOU,
        category: 'working-age',
        subsidyGroup: 'none',
        // Last paid for 2022: 2023–2025 without cover, a 3-year break.
        history: [
          { benefitYear: 2021, paidOn: '2020-11-12' },
          { benefitYear: 2022, paidOn: '2021-11-08' },
        ],
      },
    ],
  },
  {
    name: '赵秀兰',
    idNumber: '350102197903124021',
    records: [
      {
        recordId: 'R-ZXL-1',
        ...GULOU,
        category: 'working-age',
        subsidyGroup: 'none',
        // Last paid for 2020: a 5-year break.
        history: [
          { benefitYear: 2019, paidOn: '2018-11-20' },
          { benefitYear: 2020, paidOn: '2019-11-25' },
        ],
      },
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
  // Issue 15: tiers, age bands, the 长护险 part, a payable 低保 group, a closed payment day, a
  // repairable late bill and a wait carried over from last year's late payment. Payment histories
  // are years and the days they were paid, nothing else.
  {
    // 杭州: adults choose 一档 800 元 or 二档 700 元, each including 长护险 30 元 (grade C).
    name: '方慧敏',
    idNumber: '330102198503123020',
    // Her husband, bound at the bureau: the family cart offers his tiers too.
    family: [{ idNumber: '33010219820716301X', relation: 'spouse' }],
    records: [
      {
        recordId: 'R-FHM-1',
        adcode: '330102',
        regionName: '浙江省杭州市上城区',
        category: 'working-age',
        subsidyGroup: 'none',
        history: [
          { benefitYear: 2024, paidOn: '2023-11-02' },
          { benefitYear: 2025, paidOn: '2024-11-05' },
        ],
      },
    ],
  },
  {
    // 杭州 大学生 by birth date, held as age bands: 19 on 1 January 2026, so 130 元.
    name: '何雨桐',
    idNumber: '330106200609152028',
    records: [
      {
        recordId: 'R-HYT-1',
        adcode: '330106',
        regionName: '浙江省杭州市西湖区',
        category: 'college-student',
        subsidyGroup: 'none',
        history: [{ benefitYear: 2025, paidOn: '2024-10-28' }],
      },
    ],
  },
  {
    // 上海 by age band: 71 on 1 January 2026, so 70周岁以上 700 元 (grade C, no window: no dates).
    name: '沈美华',
    idNumber: '310104195406182024',
    records: [
      {
        recordId: 'R-SMH-1',
        adcode: '310104',
        regionName: '上海市徐汇区',
        category: 'elderly',
        subsidyGroup: 'none',
      },
    ],
  },
  {
    // 陕西 低保对象: 400 元 less 290 元 assistance, pays 110 元.
    name: '杨秀梅',
    idNumber: '610113197504124027',
    records: [
      {
        recordId: 'R-YXM-1',
        adcode: '610113',
        regionName: '陕西省西安市雁塔区',
        category: 'working-age',
        subsidyGroup: 'minimum-living',
        history: [{ benefitYear: 2025, paidOn: '2024-11-18' }],
      },
    ],
  },
  {
    // 北京 takes payments on the 5th to the 20th only: the bill dated 2025-12-22 waits until 2026-01-05.
    name: '高志明',
    idNumber: '11010519870506301X',
    records: [
      {
        recordId: 'R-GZM-1',
        adcode: '110105',
        regionName: '北京市朝阳区',
        category: 'working-age',
        subsidyGroup: 'none',
        history: [{ benefitYear: 2025, paidOn: '2024-12-10' }],
      },
    ],
    bureauDate: '2025-12-22',
  },
  {
    // Last paid for 2020, paying on 2026-06-01: a 7-month wait ends after the year, 1 back-year gives 2026-12-01.
    name: '钱永强',
    idNumber: '350102198207095014',
    records: [
      {
        recordId: 'R-QYQ-1',
        ...GULOU,
        category: 'working-age',
        subsidyGroup: 'none',
        history: [
          { benefitYear: 2019, paidOn: '2018-12-10' },
          { benefitYear: 2020, paidOn: '2019-12-05' },
        ],
      },
    ],
    bureauDate: '2026-06-01',
  },
  {
    // The 阜新 case: 2025 paid late on 2025-11-06 waits 3 months, so 2026 paid in its window
    // is covered from 2026-02-06, not 1 January.
    name: '韩雪梅',
    idNumber: '350102198802143025',
    records: [
      {
        recordId: 'R-HXM-1',
        ...GULOU,
        category: 'working-age',
        subsidyGroup: 'none',
        history: [
          { benefitYear: 2023, paidOn: '2022-11-15' },
          { benefitYear: 2024, paidOn: '2023-11-10' },
          { benefitYear: 2025, paidOn: '2025-11-06' },
        ],
      },
    ],
  },
  {
    // 方慧敏's husband in 杭州: the tier a relative pays is chosen in the family cart (一档 800 / 二档 700 元).
    name: '蒋文涛',
    idNumber: '33010219820716301X',
    records: [
      {
        recordId: 'R-JWT-1',
        adcode: '330102',
        regionName: '浙江省杭州市上城区',
        category: 'working-age',
        subsidyGroup: 'none',
        history: [{ benefitYear: 2025, paidOn: '2024-11-12' }],
      },
    ],
  },
]
