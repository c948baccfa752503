import { ValidationError } from './errors.js';
import type { Grant } from './grant.js';
import { FIELD_LABELS } from './labels.js';

/**
 * Head nouns of JST names, their genitive, and what follows them:
 * - `adjectives`: every adjective after the head agrees in case ("Powiat warszawski zachodni");
 * - `name`: a proper name follows and stays in the nominative as an apposition ("Gminy Jabłonna"),
 *   after the few adjectives listed in `agreeing` ("Gmina Miejska", "Miasto Stołeczne").
 * Place names themselves are not declined: "Płock" → "Płocka" needs a dictionary, not a rule.
 */
const HEAD_NOUNS: Record<string, { genitive: string; follows: 'adjectives' | 'name'; agreeing?: string[] }> = {
  województwo: { genitive: 'województwa', follows: 'adjectives' },
  powiat: { genitive: 'powiatu', follows: 'adjectives' },
  gmina: { genitive: 'gminy', follows: 'name', agreeing: ['miejska', 'wiejska', 'miejsko-wiejska'] },
  miasto: { genitive: 'miasta', follows: 'name', agreeing: ['stołeczne'] },
  'm.st.': { genitive: 'm.st.', follows: 'name' },
  samorząd: { genitive: 'samorządu', follows: 'name' },
};

// The capital city is the one name in a JST's name that is declined: "m.st. Warszawy".
const CAPITAL = { nominative: 'warszawa', genitive: 'warszawy' };

// Polish has no language-specific case mappings (Unicode's SpecialCasing has them only for Turkish,
// Azeri and Lithuanian), so the default mappings are the Polish ones, and 20× faster than the ICU call.
const lower = (word: string) => word.toLowerCase();
const upper = (word: string) => word.toUpperCase();

/** `replacement` written with the capitals of `model`: all caps, a first capital, or none. */
const withCaseOf = (model: string, replacement: string): string => {
  if (model.length > 1 && model === upper(model)) return upper(replacement);
  const first = model.charAt(0);
  return first !== lower(first) ? upper(replacement.charAt(0)) + replacement.slice(1) : replacement;
};

// Adjectives of JST names: masculine and neuter -i/-ie → -iego ("miński", "Mazowieckie", "zachodni"),
// -y/-e → -ego ("stary", "Nowe"); with `feminine`, -ka → -kiej ("Miejska"), which is only asked for
// the listed words after "Gmina" ("Powiat Ostrołęka" is a noun and stays). A hyphenated compound
// declines its last part only, as the ending rules do ("Kujawsko-Pomorskie", "Miejsko-Wiejska").
const adjectiveGenitive = (word: string, feminine = false): string => {
  const ending = (to: string) => (m: string) => (m === lower(m) ? to : upper(to));
  if (/(ie|i)$/i.test(word)) return word.replace(/(ie|i)$/i, ending('iego'));
  if (/[ye]$/i.test(word)) return word.replace(/[ye]$/i, ending('ego'));
  if (feminine && /ka$/i.test(word)) return word.replace(/ka$/i, ending('kiej'));
  return word;
};

/**
 * The genitive of a JST's name as funding statements need it, capitals kept as given:
 * "Województwo Mazowieckie" → "Województwa Mazowieckiego", "Powiat wołomiński" → "Powiatu
 * wołomińskiego", "Gmina Miejska Kobyłka" → "Gminy Miejskiej Kobyłka", "Miasto i Gmina Serock" →
 * "Miasta i Gminy Serock", "Miasto Stołeczne Warszawa" → "Miasta Stołecznego Warszawy". A place name
 * after "Gmina" or "Miasto" stays in the nominative ("Miasta Płock"): set `nameGenitive` (or the
 * grant's `funderNameGenitive`) to "Miasta Płocka" where that form is wanted. Names it does not
 * recognise come back unchanged.
 *
 * @example
 * genitiveOf('Województwo Mazowieckie') // 'Województwa Mazowieckiego'
 * genitiveOf('Miasto Stołeczne Warszawa') // 'Miasta Stołecznego Warszawy'
 */
export function genitiveOf(name: string): string {
  return jstNameGenitive(name) ?? name.trim();
}

/**
 * The genitive of a JST's name, or null when the name does not start as one does ("Województwo",
 * "Powiat", "Gmina", "Miasto", "Gmina-Miasto", "m.st.", "Samorząd"): a unit ("Mazowieckie Centrum
 * Polityki Społecznej"), an office ("Urząd Marszałkowski…") or a form the rules do not know. A funding
 * statement names the JST's budget, so such a name needs its genitive given (`funderNameGenitive`).
 *
 * @example
 * jstNameGenitive('Gmina-Miasto Płock') // 'Gminy-Miasta Płock'
 * jstNameGenitive('Mazowieckie Centrum Polityki Społecznej') // null
 */
export function jstNameGenitive(name: string): string | null {
  // A site has a handful of funders, and every page and feed entry they fund asks again: the answer for a
  // name is kept (up to a bound), as it depends on the name alone.
  const known = genitives.get(name);
  if (known !== undefined) return known;
  const genitive = declineJstName(name);
  if (genitives.size >= 1_000) genitives.clear();
  genitives.set(name, genitive);
  return genitive;
}

const genitives = new Map<string, string | null>();

function declineJstName(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? '';
  // "Gmina-Miasto Płock": a compound of heads, each declined ("Gminy-Miasta Płock").
  const heads = first.split('-').map((part) => HEAD_NOUNS[lower(part)]);
  if (heads.length > 1 && words.length > 1 && heads.every((h) => h?.follows === 'name')) {
    const declined = first
      .split('-')
      .map((part, k) => withCaseOf(part, (heads[k] as (typeof HEAD_NOUNS)[string]).genitive))
      .join('-');
    return [declined, ...words.slice(1)].join(' ');
  }
  let head = HEAD_NOUNS[lower(first)];
  // A head alone ("Województwo") names no JST.
  if (!head || words.length < 2) return null;
  const out = [withCaseOf(first, head.genitive)];
  let i = 1;
  // "Miasto i Gmina Serock": two heads joined by "i", both declined.
  const second = HEAD_NOUNS[lower(words[2] ?? '')];
  if (lower(words[1] ?? '') === 'i' && second) {
    out.push(words[1] as string, withCaseOf(words[2] as string, second.genitive));
    head = second;
    i = 3;
  }
  if (head.follows === 'adjectives') return [...out, ...words.slice(i).map((w) => adjectiveGenitive(w))].join(' ');
  let agreed = false;
  for (; i < words.length; i++) {
    const word = words[i] as string;
    if (!head.agreeing?.includes(lower(word))) break;
    out.push(adjectiveGenitive(word, true));
    agreed = true;
  }
  const rest = words.slice(i);
  const capital =
    rest.length === 1 && lower(rest[0] as string) === CAPITAL.nominative && (agreed || head.genitive === 'm.st.');
  return [...out, ...(capital ? [withCaseOf(rest[0] as string, CAPITAL.genitive)] : rest)].join(' ');
}

/** Options of `fundingStatement`. */
export interface FundingStatementOptions {
  /** Language of the statement; Polish by default. */
  locale?: 'pl' | 'en';
}

/** A funding statement and the language it is written in, so a view can mark it (`lang="pl"`). */
export interface LocalizedFundingStatement {
  text: string;
  lang: 'pl' | 'en';
}

/** What a funding statement is made from: the grant's funder, form and any statement its agreement gives. */
export type StatementGrant = Pick<Grant, 'funderName' | 'form'> &
  Partial<Pick<Grant, 'funderNameGenitive' | 'attributionText' | 'attributionTextEn'>>;

// A blank text (a form field left empty and stored unvalidated) is no statement: the derived one is used.
const given = (text: string | undefined): string | undefined => (text?.trim() ? text : undefined);

/**
 * The statement a publication about a funded public task must carry, with its language. The grant's
 * own text (from the signed agreement) wins; otherwise it is derived from the funder and the form of
 * the grant: "finansowane" for entrustment (powierzenie, full financing), "współfinansowane" for
 * support (wsparcie, co-financing: u.d.p.p. art. 11 ust. 1), as the framework agreement of Dz.U. 2018
 * poz. 2057 requires. The funds are the JST's budget, named in the genitive: `funderNameGenitive`,
 * else derived from `funderName` (`jstNameGenitive`). A grant whose funder is not named as a JST and
 * has neither is refused by `GrantSchema` (`funderNameGenitive`); passed here unvalidated it throws a
 * `ValidationError` instead of writing a wrong statement.
 *
 * In English: the agreement's English text (`attributionTextEn`); else, when the agreement's Polish
 * text is given, that exact Polish text with `lang: 'pl'`, because a translation derived from the
 * grant's other fields could say something the agreement does not ("co-financed" beside
 * "sfinansowane"); else the English derived from the same facts as the derived Polish one.
 *
 * @example
 * localizedFundingStatement({ funderName: 'Województwo Mazowieckie', form: 'entrustment' }, { locale: 'en' })
 * // { text: 'Public task financed from the budget of Województwo Mazowieckie', lang: 'en' }
 * localizedFundingStatement(
 *   { funderName: 'Województwo Mazowieckie', form: 'support',
 *     attributionText: 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego' },
 *   { locale: 'en' },
 * )
 * // { text: 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego', lang: 'pl' }
 */
export function localizedFundingStatement(
  grant: StatementGrant,
  options: FundingStatementOptions = {},
): LocalizedFundingStatement {
  const entrusted = grant.form === 'entrustment';
  const exact = given(grant.attributionText);
  if (options.locale === 'en') {
    const exactEn = given(grant.attributionTextEn);
    if (exactEn !== undefined) return { text: exactEn, lang: 'en' };
    if (exact !== undefined) return { text: exact, lang: 'pl' };
    // Only a JST has a budget: a funder not named as one (a unit, an office) gave funds, not its budget.
    const source = jstNameGenitive(grant.funderName) === null ? 'with funds from' : 'from the budget of';
    return { text: `Public task ${entrusted ? 'financed' : 'co-financed'} ${source} ${grant.funderName}`, lang: 'en' };
  }
  if (exact !== undefined) return { text: exact, lang: 'pl' };
  const genitive = grant.funderNameGenitive ?? jstNameGenitive(grant.funderName);
  if (genitive === null) {
    const message = `funderNameGenitive: "${grant.funderName}" is not named as a local authority (JST), so the genitive of its budget cannot be derived; set funderNameGenitive (e.g. "Województwa Mazowieckiego") or attributionText, and validate the grant with GrantSchema`;
    throw new ValidationError(message, [
      {
        path: 'funderNameGenitive',
        field: FIELD_LABELS.funderNameGenitive?.en ?? 'funderNameGenitive',
        code: 'funderNameGenitiveRequired',
        message,
      },
    ]);
  }
  return {
    text: `Zadanie publiczne ${entrusted ? 'finansowane' : 'współfinansowane'} ze środków budżetu ${genitive}`,
    lang: 'pl',
  };
}

/**
 * The text of `localizedFundingStatement`: the statement a publication about a funded public task must
 * carry. In English it is the exact Polish statement when the agreement gives one and no English text,
 * never a derived translation that could contradict it; use `localizedFundingStatement` to learn its
 * language.
 *
 * @example
 * fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'support' })
 * // 'Zadanie publiczne współfinansowane ze środków budżetu Województwa Mazowieckiego'
 * fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'entrustment' }, { locale: 'en' })
 * // 'Public task financed from the budget of Województwo Mazowieckie'
 * fundingStatement({ funderName: 'Województwo Mazowieckie', form: 'support', attributionText: 'Zadanie publiczne sfinansowane…' }, { locale: 'en' })
 * // 'Zadanie publiczne sfinansowane…'
 */
export function fundingStatement(grant: StatementGrant, options: FundingStatementOptions = {}): string {
  return localizedFundingStatement(grant, options).text;
}

/** A statement a funded publication must show, with the hashtags its funder asks for. */
export interface RequiredAttribution {
  grantId: string;
  statement: string;
  /** The language of `statement`: Polish for the agreement's Polish text even on an English page. */
  lang: 'pl' | 'en';
  hashtags: string[];
}

/**
 * Every attribution a funded event or post must show: one per grant in its `grantIds`, in order.
 * A grant id with no grant among `grants` is reported in `missingGrantIds`, never dropped silently.
 *
 * @example
 * requiredAttributions({ grantIds: ['g1'] }, [grant]).attributions[0]
 * // { grantId: 'g1', statement: 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego', lang: 'pl', hashtags: [] }
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
    else {
      const { text, lang } = localizedFundingStatement(grant, options);
      attributions.push({ grantId: id, statement: text, lang, hashtags: grant.hashtags });
    }
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
