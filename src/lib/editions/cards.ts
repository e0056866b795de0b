/**
 * The share cards as an edition draws them: the 繁體 cards' words in Taiwan usage (the site's words,
 * src/lib/editions/hant.ts `siteHant`; the PNG is drawn from them, so no page conversion reaches them). Pure.
 */
import type { OgCard } from '../share/cards';
import type { Edition } from './editions';
import { siteHant } from './hant';

export function editionCards(cards: readonly OgCard[], edition: Edition): OgCard[] {
  if (edition.source !== 'opencc') return [...cards];
  const c = siteHant;
  return cards.map((card) => ({
    ...card,
    kicker: c(card.kicker),
    title: c(card.title),
    titleLines: card.titleLines.map(c),
    footnote: c(card.footnote),
    siteName: c(card.siteName),
    alt: c(card.alt),
    ...(card.subtitle ? { subtitle: c(card.subtitle) } : {}),
    ...(card.numbers ? { numbers: card.numbers.map((n) => ({ prefix: c(n.prefix), value: n.value, unit: c(n.unit), label: c(n.label) })) } : {}),
  }));
}
