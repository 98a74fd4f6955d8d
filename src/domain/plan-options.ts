/**
 * Which individual standard applies to a person, and the choices step 3 shows
 * beside it:
 * - age bands (上海 70+ / 60–69 / 19–59): set by age on the benefit year's first
 *   day, shown for information with the person's band chosen;
 * - tiers (一档 / 二档, 低档 / 高档): the resident chooses; the first tier that
 *   lists the category is the default;
 * - otherwise the year's standard for the category.
 */
import type { Fen } from './money'
import {
  CATEGORY_LABELS,
  type AgeBand,
  type BenefitYearRules,
  type Category,
  type ContributionTier,
} from './region-rules'

/** Age bands apply to adults unless the band names its categories. */
const BAND_CATEGORIES: readonly Category[] = ['elderly', 'working-age']

export interface PlanOption {
  id: string
  label: string
  kind: 'tier' | 'age-band'
  individualFen: Fen
  /** What the bill comes to with this standard, the same back-years and assistance. */
  payableFen: Fen
  chosen: boolean
  /** Tiers are the resident's choice; an age band is not. */
  selectable: boolean
  note?: string
}

export interface StandardChoice {
  standardFen: Fen
  /** The words after 个人缴费标准 on the bill. */
  label: string
  tierId?: string
  ageBandId?: string
}

export type StandardError = 'category-not-offered' | 'tier-unknown' | 'age-unknown'
export type StandardResult = { ok: true; choice: StandardChoice } | { ok: false; error: StandardError }

export function bandsFor(rules: BenefitYearRules, category: Category): AgeBand[] {
  return (rules.ageBands ?? []).filter((band) => (band.categories ?? BAND_CATEGORIES).includes(category))
}

export function tiersFor(rules: BenefitYearRules, category: Category): ContributionTier[] {
  return (rules.tiers ?? []).filter((tier) => tier.individualFen[category] !== undefined)
}

export function bandOf(bands: readonly AgeBand[], age: number): AgeBand | undefined {
  return bands.find((band) => band.minAge <= age && (band.maxAge === undefined || age <= band.maxAge))
}

export function standardFor(
  rules: BenefitYearRules,
  category: Category,
  ageOnFirstDay: number | undefined,
  tierId: string | undefined,
): StandardResult {
  const categoryLabel = CATEGORY_LABELS[category]
  const bands = bandsFor(rules, category)
  const band = ageOnFirstDay === undefined ? undefined : bandOf(bands, ageOnFirstDay)
  if (band) {
    return { ok: true, choice: { standardFen: band.individualFen, label: band.label, ageBandId: band.id } }
  }
  const tiers = tiersFor(rules, category)
  if (tiers.length > 0) {
    const tier = tierId === undefined ? tiers[0] : tiers.find((candidate) => candidate.id === tierId)
    const amount = tier?.individualFen[category]
    if (!tier || amount === undefined) return { ok: false, error: 'tier-unknown' }
    return {
      ok: true,
      choice: { standardFen: amount, label: `${categoryLabel}，${tier.label}`, tierId: tier.id },
    }
  }
  if (tierId !== undefined) return { ok: false, error: 'tier-unknown' }
  const standard = rules.individualStandardFen[category]
  if (standard !== undefined) return { ok: true, choice: { standardFen: standard, label: categoryLabel } }
  // Bands that apply but no age to place the person in one: no guess.
  return { ok: false, error: bands.length > 0 ? 'age-unknown' : 'category-not-offered' }
}

/** The side-by-side choices of step 3; `payableFor` prices the bill on one standard. */
export function planOptionsFor(
  rules: BenefitYearRules,
  category: Category,
  chosen: StandardChoice,
  payableFor: (standard: Fen) => Fen,
): PlanOption[] {
  const tiers: PlanOption[] = tiersFor(rules, category).map((tier) => {
    const individualFen = tier.individualFen[category] as Fen
    return {
      id: tier.id,
      label: tier.label,
      kind: 'tier',
      individualFen,
      payableFen: payableFor(individualFen),
      chosen: tier.id === chosen.tierId,
      selectable: true,
      ...(tier.note ? { note: tier.note } : {}),
    }
  })
  const bands: PlanOption[] = bandsFor(rules, category).map((band) => ({
    id: band.id,
    label: band.label,
    kind: 'age-band',
    individualFen: band.individualFen,
    payableFen: payableFor(band.individualFen),
    chosen: band.id === chosen.ageBandId,
    selectable: false,
  }))
  // A band decides the standard, so the tiers are not a choice beside it.
  return bands.length > 0 && chosen.ageBandId ? bands : [...tiers, ...bands]
}
