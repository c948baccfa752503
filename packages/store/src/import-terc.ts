import {
  type AuthorityKind,
  authorityKindOfTerc,
  type LocalAuthority,
  type Locale,
  parentTerc,
  slugify,
} from '@org/domain';
import { newId, nowIso, write } from './context.js';
import { parseStoredDoc } from './corrupt-record-error.js';
import { authorityDef } from './entities.js';
import { MESSAGES } from './messages.js';
import { contextOf } from './open-store.js';
import { type AuditInput, insertAudits } from './repositories/audit.js';
import { insertRecords, type RecordState, validateEntity } from './repositories/entity-repository.js';
import { polishSortKey } from './sort-key.js';
import type { Actor, Store } from './types.js';

/** What an import did: counts, and every row it could not read with its line number and why. */
export interface TercImportResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Rows that are not JST (statistical parts of gminy, dzielnice, delegatury): not authorities. */
  skipped: number;
  refused: { line: number; reason: string }[];
  stanNa: string | null;
}

const HEADER = ['WOJ', 'POW', 'GMI', 'RODZ', 'NAZWA', 'NAZWA_DOD', 'STAN_NA'];

interface Unit {
  line: number;
  terc: string;
  kind: AuthorityKind;
  name: string;
  registerName: string;
}

const titleCase = (text: string) =>
  text
    .toLocaleLowerCase('pl')
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase('pl'));

/** The name people use for a unit of the register, as the seed writes them ("Powiat wołomiński"). */
function displayName(kind: AuthorityKind, nazwa: string): string {
  switch (kind) {
    case 'wojewodztwo':
      return `Województwo ${titleCase(nazwa)}`;
    case 'powiat':
      return `Powiat ${nazwa}`;
    case 'miasto_na_prawach_powiatu':
      return `Miasto ${nazwa}`;
    case 'gmina_miejska':
      return `Gmina miejska ${nazwa}`;
    default:
      return `Gmina ${nazwa}`;
  }
}

function parseRows(csvText: string, stanNa: string | undefined, result: TercImportResult, locale: Locale): Unit[] {
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(';').map((h) => h.trim().toUpperCase());
  if (HEADER.some((h, i) => header[i] !== h)) {
    result.refused.push({
      line: 1,
      reason: MESSAGES.tercHeader[locale](HEADER.join(';'), lines[0]?.slice(0, 80) || undefined),
    });
    return [];
  }
  const units: Unit[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = i + 1;
    if (raw.trim() === '') continue;
    const fields = raw.split(';').map((f) => f.trim());
    if (fields.length !== HEADER.length) {
      result.refused.push({ line, reason: MESSAGES.tercFieldCount[locale](HEADER.length, fields.length) });
      continue;
    }
    const [woj, pow, gmi, rodz, nazwa, nazwaDod, rowStanNa] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (stanNa && rowStanNa !== stanNa) {
      result.refused.push({ line, reason: MESSAGES.tercOtherEdition[locale](rowStanNa, stanNa) });
      continue;
    }
    const terc = `${woj}${pow}${gmi}${rodz}`;
    const shapeOk =
      /^\d{2}$/.test(woj) &&
      ((pow === '' && gmi === '' && rodz === '') ||
        (/^\d{2}$/.test(pow) && gmi === '' && rodz === '') ||
        (/^\d{2}$/.test(pow) && /^\d{2}$/.test(gmi) && /^\d$/.test(rodz)));
    if (!shapeOk) {
      result.refused.push({ line, reason: MESSAGES.tercNotACode[locale](`${woj};${pow};${gmi};${rodz}`) });
      continue;
    }
    if (nazwa === '') {
      result.refused.push({ line, reason: MESSAGES.tercNoName[locale](terc) });
      continue;
    }
    const kind = authorityKindOfTerc(terc);
    if (kind === null) {
      if (terc.length === 7 && ['4', '5', '8', '9'].includes(rodz)) result.skipped++;
      else result.refused.push({ line, reason: MESSAGES.tercNotJst[locale](terc) });
      continue;
    }
    units.push({ line, terc, kind, name: displayName(kind, nazwa), registerName: `${nazwa}|${nazwaDod}` });
  }
  return units;
}

/**
 * Imports GUS's TERC register (CSV `WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA`): every województwo,
 * powiat (cities with powiat rights included) and gmina (RODZ 1–3) becomes an authority with its code,
 * kind and parent. A newer edition renames units the register renamed and adds new ones; it never
 * duplicates a code and never touches what staff added (website, NIP, description…). A row that does
 * not parse is reported by line number and the rest still imports. One transaction. The reasons are in
 * `options.locale`, by default the store's (`openStore`'s `locale`, Polish unless told).
 *
 * Every authority it adds or changes gets an `import` audit entry in the same transaction, with or
 * without an actor (an import is always an admin's write): naming `options.actor.userId` (nobody when
 * there is no actor), noted `TERC <edition>`, then `: ` and the actor's note when there is one (as a
 * scheduled publication's entry is noted).
 *
 * @example
 * const csv = readFileSync('TERC_2024-01-01.csv', 'utf8');
 * await importTerc(store, csv, { actor: { userId: null, note: 'plik TERC_2024-01-01.csv' } })
 * // { added: 2873, updated: 0, unchanged: 0, skipped: 1459, refused: [], stanNa: '2024-01-01' },
 * // and 2,873 audit entries noted 'TERC 2024-01-01: plik TERC_2024-01-01.csv'
 */
export async function importTerc(
  store: Store,
  csvText: string,
  options: { stanNa?: string; actor?: Actor; locale?: Locale } = {},
): Promise<TercImportResult> {
  const result: TercImportResult = {
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    refused: [],
    stanNa: options.stanNa ?? null,
  };
  const ctx = contextOf(store);
  const locale = options.locale ?? ctx.locale;
  const units = parseRows(csvText, options.stanNa, result, locale);
  result.stanNa ??= /;(\d{4}-\d{2}-\d{2})\s*$/m.exec(csvText)?.[1] ?? null;
  // Parents first, whatever the order of the file.
  units.sort((a, b) => a.terc.length - b.terc.length || a.line - b.line);
  await write(ctx, async (db) => {
    const rows = (await db
      .selectFrom('authorities')
      .select(['id', 'slug', 'terc', 'terc_name', 'doc', 'version', 'created_at'])
      .where('deleted_at', 'is', null)
      .execute()) as {
      id: string;
      slug: string;
      terc: string;
      terc_name: string | null;
      doc: string;
      version: number;
      created_at: string;
    }[];
    const byTerc = new Map(rows.map((r) => [r.terc, r]));
    const idByTerc = new Map(rows.map((r) => [r.terc, r.id]));
    const slugs = new Set(
      (
        (await db.selectFrom('authorities').select('slug').where('deleted_at', 'is', null).execute()) as {
          slug: string;
        }[]
      ).map((r) => r.slug),
    );
    const at = nowIso(ctx);
    const edition = `TERC ${result.stanNa ?? ''}`.trim();
    const audit = (entityId: string, before: LocalAuthority | null, after: LocalAuthority): AuditInput => ({
      actorId: options.actor?.userId ?? null,
      action: 'import',
      entity: 'authority',
      entityId,
      before,
      after,
      note: `${edition}${options.actor?.note ? `: ${options.actor.note}` : ''}`.slice(0, 2000),
      at,
    });
    const audits: AuditInput[] = [];
    const fresh: RecordState<LocalAuthority>[] = [];
    const seen = new Set<string>();
    for (const unit of units) {
      if (seen.has(unit.terc)) {
        result.refused.push({ line: unit.line, reason: MESSAGES.tercTwice[locale](unit.terc) });
        continue;
      }
      seen.add(unit.terc);
      const parentCode = parentTerc(unit.terc);
      const parentId = parentCode ? idByTerc.get(parentCode) : undefined;
      if (parentCode && !parentId) {
        result.refused.push({
          line: unit.line,
          reason: MESSAGES.tercNoParent[locale](parentCode, unit.terc),
        });
        continue;
      }
      const existing = byTerc.get(unit.terc);
      if (!existing) {
        let slug = slugify(unit.name) || `jst-${unit.terc}`;
        if (slugs.has(slug)) slug = `${slug}-${unit.terc}`.slice(0, 80);
        slugs.add(slug);
        const value = validateEntity(
          authorityDef,
          {
            id: newId(ctx),
            slug,
            name: unit.name,
            kind: unit.kind,
            terc: unit.terc,
            ...(parentId ? { parentId } : {}),
          },
          locale,
        );
        idByTerc.set(unit.terc, value.id);
        fresh.push({ value, meta: { version: 1, createdAt: at, updatedAt: at }, deletedAt: null });
        audits.push(audit(value.id, null, value));
        continue;
      }
      const before = parseStoredDoc<LocalAuthority>(
        existing.doc,
        { kind: authorityDef.kind, table: authorityDef.table, id: existing.id, slug: existing.slug },
        locale,
      );
      // The name changes only when the register renamed the unit since the last import; a record
      // staff created (never imported) keeps its name and is linked to the register.
      const renamed = existing.terc_name !== null && existing.terc_name !== unit.registerName;
      const after = validateEntity(
        authorityDef,
        {
          ...before,
          name: renamed ? unit.name : before.name,
          kind: unit.kind,
          ...(parentId ? { parentId } : {}),
        },
        locale,
      );
      const docChanged = JSON.stringify(after) !== JSON.stringify(before);
      if (!docChanged && existing.terc_name === unit.registerName) {
        result.unchanged++;
        continue;
      }
      const version = Number(existing.version) + (docChanged ? 1 : 0);
      await db
        .updateTable('authorities')
        .set({
          name: after.name,
          sort_key: polishSortKey(after.name),
          kind: after.kind,
          parent_id: after.parentId ?? null,
          terc_name: unit.registerName,
          doc: JSON.stringify(after),
          version,
          updated_at: docChanged ? at : undefined,
        })
        .where('id', '=', existing.id)
        .execute();
      if (docChanged) {
        result.updated++;
        audits.push(audit(existing.id, before, after));
      } else result.unchanged++;
    }
    const registerNames = new Map(units.map((u) => [u.terc, u.registerName]));
    await insertRecords(db, authorityDef, fresh, (s) => ({ terc_name: registerNames.get(s.value.terc) ?? null }));
    result.added = fresh.length;
    await insertAudits(ctx, db, audits);
  });
  return result;
}
