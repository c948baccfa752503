import type { FormatIssue, FormatValidation } from './issue.js';
import { toValidation } from './issue.js';

type Ref = { '@id': string };
type VocabNode = {
  '@id': string;
  '@type'?: string | string[];
  'rdfs:subClassOf'?: Ref | Ref[];
  'schema:domainIncludes'?: Ref | Ref[];
  'schema:rangeIncludes'?: Ref | Ref[];
};

/** The schema.org vocabulary file (`schemaorg-current-http.jsonld`) as parsed JSON. */
export interface SchemaOrgVocabulary {
  '@graph': readonly unknown[];
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const local = (id: string) => id.replace(/^schema:/, '');

/**
 * A checker of JSON-LD against the schema.org vocabulary: every `@type` is a known class, every property
 * is known and its domain includes the node's type or a supertype, and enumeration values (such as
 * `eventStatus`) are members of the property's range. The vocabulary is passed in, so this reads no file.
 *
 * @example
 * const check = schemaOrgValidator(JSON.parse(readFileSync('schemaorg-current-http.jsonld', 'utf8')));
 * check({ '@context': 'https://schema.org', '@type': 'Event', name: 'x' }) // { ok: true }
 */
export function schemaOrgValidator(vocabulary: SchemaOrgVocabulary): (doc: unknown) => FormatValidation {
  const classes = new Map<string, string[]>();
  const properties = new Map<string, { domains: string[]; ranges: string[] }>();
  const members = new Map<string, string[]>();
  for (const raw of vocabulary['@graph']) {
    const node = raw as VocabNode;
    const id = local(node['@id']);
    const types = list(node['@type']);
    if (types.includes('rdfs:Class'))
      classes.set(
        id,
        list(node['rdfs:subClassOf']).map((r) => local(r['@id'])),
      );
    else if (types.includes('rdf:Property'))
      properties.set(id, {
        domains: list(node['schema:domainIncludes']).map((r) => local(r['@id'])),
        ranges: list(node['schema:rangeIncludes']).map((r) => local(r['@id'])),
      });
    else for (const t of types) if (t.startsWith('schema:')) members.set(id, [...(members.get(id) ?? []), local(t)]);
  }
  const ancestors = new Map<string, Set<string>>();
  const supers = (cls: string): Set<string> => {
    const known = ancestors.get(cls);
    if (known) return known;
    const out = new Set<string>([cls]);
    ancestors.set(cls, out);
    for (const parent of classes.get(cls) ?? []) for (const a of supers(parent)) out.add(a);
    return out;
  };
  const isA = (cls: string, target: string) => supers(cls).has(target);
  const isEnumeration = (cls: string) => classes.has(cls) && isA(cls, 'Enumeration');

  return (doc: unknown) => {
    const issues: FormatIssue[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) visit(v, `${path}[${i}]`);
        return;
      }
      if (value === null || typeof value !== 'object') return;
      const node = value as Record<string, unknown>;
      const types = list(node['@type'] as string | string[] | undefined).map(local);
      for (const t of types)
        if (!classes.has(t)) issues.push({ path, message: `@type "${t}" is not a schema.org class` });
      for (const [key, v] of Object.entries(node)) {
        if (key.startsWith('@')) continue;
        const at = path ? `${path}.${key}` : key;
        const property = properties.get(key);
        if (!property) {
          issues.push({ path: at, message: `"${key}" is not a schema.org property` });
          continue;
        }
        if (types.length && !types.some((t) => property.domains.some((d) => classes.has(t) && isA(t, d))))
          issues.push({
            path: at,
            message: `"${key}" is not a property of ${types.join('/')} (its domain: ${property.domains.join(', ')})`,
          });
        const enumRanges = property.ranges.filter(isEnumeration);
        if (enumRanges.length && enumRanges.length === property.ranges.length)
          for (const item of list(v as unknown))
            if (typeof item === 'string') {
              const member = item.replace(/^https?:\/\/schema\.org\//, '');
              const of = members.get(member) ?? [];
              if (!of.some((t) => enumRanges.some((r) => isA(t, r))))
                issues.push({ path: at, message: `"${item}" is not a member of ${enumRanges.join(' or ')}` });
            }
        visit(v, at);
      }
    };
    visit(doc, '');
    return toValidation(issues);
  };
}
