/**
 * Every share card carries the same picture and a fixed title: WeChat would
 * otherwise put a screenshot of the page (a masked name, a bill) on the card,
 * and a card can be forwarded anywhere.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { familyShareCard, HOME_SHARE_CARD } from '../../src/features/family-share/family-share-card'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'
import { SHARE_CARD_IMAGE, shareMessage } from '../../src/platform/share-card'

const TOKEN = 'Zk3v9QmR2xW8pL5t'
const CARDS = [familyShareCard(TOKEN), HOME_SHARE_CARD]

test('each card is sent with the fixed picture, which is in src/assets as a PNG', () => {
  for (const card of CARDS) expect(shareMessage(card).imageUrl).toBe(SHARE_CARD_IMAGE)
  const file = readFileSync(join(__dirname, '../../src', SHARE_CARD_IMAGE))
  expect(file.subarray(1, 4).toString('ascii')).toBe('PNG')
})

test('no title holds a name, an ID number, a masked form of them, or any digit', () => {
  for (const { title } of CARDS.map(shareMessage)) {
    expect(title).not.toMatch(/[\d*＊]/)
    for (const resident of SEED_RESIDENTS) expect(title).not.toContain(resident.name)
  }
})

test("the 请家人代缴 card's path carries the share token and nothing else", () => {
  const { path } = shareMessage(familyShareCard(TOKEN))
  const query = new URLSearchParams(path.split('?')[1])
  expect([...query.keys()]).toEqual(['share'])
  expect(query.get('share')).toBe(TOKEN)
})
