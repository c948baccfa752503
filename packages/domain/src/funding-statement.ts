import type { Grant } from './grant.js';

// Head nouns of JST names and their genitive; adjectives after them agree in case.
const HEAD_NOUNS: Record<string, { genitive: string; declineAdjectives: boolean }> = {
  województwo: { genitive: 'Województwa', declineAdjectives: true },
  powiat: { genitive: 'Powiatu', declineAdjectives: true },
  gmina: { genitive: 'Gminy', declineAdjectives: false },
  miasto: { genitive: 'Miasta', declineAdjectives: false },
  samorząd: { genitive: 'Samorządu', declineAdjectives: false },
};

const adjectiveGenitive = (word: string): string => {
  if (/(ie|i)$/.test(word)) return word.replace(/(ie|i)$/, 'iego');
  if (/y$/.test(word)) return word.replace(/y$/, 'ego');
  if (/e$/.test(word)) return word.replace(/e$/, 'ego');
  return word;
};

/**
 * The genitive of a JST's name as funding statements need it: "Województwo Mazowieckie" →
 * "Województwa Mazowieckiego", "Powiat wołomiński" → "Powiatu wołomińskiego", "Gmina Jabłonna" →
 * "Gminy Jabłonna". Names it does not recognise come back unchanged; set `nameGenitive` for those.
 *
 * @example
 * genitiveOf('Województwo Mazowieckie') // 'Województwa Mazowieckiego'
 */
export function genitiveOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const head = HEAD_NOUNS[(words[0] ?? '').toLocaleLowerCase('pl')];
  if (!head) return name.trim();
  const rest = words.slice(1);
  const declined = head.declineAdjectives ? rest.map(adjectiveGenitive) : rest;
  return [head.genitive, ...declined].join(' ');
}

/** Options of `fundingStatement`. */
export interface FundingStatementOptions {
  /** Language of the statement; Polish by default. */
  locale?: 'pl' | 'en';
}

/**
 * The statement a publication about a funded public task must carry. The grant's own text (from the
 * signed agreement) wins; otherwise it is derived from the funder and the form of the grant:
 * "finansowane" for entrustment (powierzenie), "współfinansowane" for support (wsparcie), as the
 * framework agreement of Dz.U. 2018 poz. 2057 requires.
 *
 * @example
 * fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'support' })
 * // 'Zadanie publiczne współfinansowane ze środków budżetu Województwa Mazowieckiego'
 * fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'entrustment' }, { locale: 'en' })
 * // 'Public task financed from the budget of Województwo Mazowieckie'
 */
export function fundingStatement(
  grant: Pick<Grant, 'funderName' | 'form'> &
    Partial<Pick<Grant, 'funderNameGenitive' | 'attributionText' | 'attributionTextEn'>>,
  options: FundingStatementOptions = {},
): string {
  const entrusted = grant.form === 'entrustment';
  if (options.locale === 'en') {
    return (
      grant.attributionTextEn ??
      `Public task ${entrusted ? 'financed' : 'co-financed'} from the budget of ${grant.funderName}`
    );
  }
  return (
    grant.attributionText ??
    `Zadanie publiczne ${entrusted ? 'finansowane' : 'współfinansowane'} ze środków budżetu ${
      grant.funderNameGenitive ?? genitiveOf(grant.funderName)
    }`
  );
}

/** A statement a funded publication must show, with the hashtags its funder asks for. */
export interface RequiredAttribution {
  grantId: string;
  statement: string;
  hashtags: string[];
}

/**
 * Every attribution a funded event or post must show: one per grant in its `grantIds`, in order.
 * A grant id with no grant among `grants` is reported in `missingGrantIds`, never dropped silently.
 *
 * @example
 * requiredAttributions({ grantIds: ['g1'] }, [grant]).attributions[0].statement
 * // 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego'
 */
export function requiredAttributions(
  subject: { grantIds: readonly string[] },
  grants: readonly Grant[],
  options: FundingStatementOptions = {},
): { attributions: RequiredAttribution[]; missingGrantIds: string[] } {
  const byId = new Map(grants.map((g) => [g.id, g]));
  const attributions: RequiredAttribution[] = [];
  const missingGrantIds: string[] = [];
  for (const id of subject.grantIds) {
    const grant = byId.get(id);
    if (!grant) missingGrantIds.push(id);
    else attributions.push({ grantId: id, statement: fundingStatement(grant, options), hashtags: grant.hashtags });
  }
  return { attributions, missingGrantIds };
}

/**
 * The statements missing from a rendered publication (text or HTML as text). Whitespace differences
 * are ignored; wording is not.
 *
 * @example
 * missingAttributions('… Zadanie publiczne sfinansowane …', attributions) // []
 */
export function missingAttributions(
  renderedText: string,
  attributions: readonly RequiredAttribution[],
): RequiredAttribution[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const text = norm(renderedText);
  return attributions.filter((a) => !text.includes(norm(a.statement)));
}
