import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { ajvIssues } from './ajv-issues.js';
import { type FormatValidation, toValidation } from './issue.js';

// ajv-formats ships CommonJS with `exports.default`; under ESM interop the function may sit one level down.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/**
 * A validator of frab `schedule.json` documents against the c3voc JSON schema (`schedule.schema.json`,
 * draft-06), passed in as parsed JSON. Upstream's non-standard keywords are annotations and its
 * `color` format is `#RRGGBB`, as in upstream's own validator.
 *
 * @example
 * const check = frabJsonValidator(JSON.parse(readFileSync('schedule.schema.json', 'utf8')));
 * check(JSON.parse(frabScheduleJson(event, world, options))) // { ok: true }
 */
export function frabJsonValidator(schema: object): (doc: unknown) => FormatValidation {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true, validateSchema: false });
  addFormats(ajv);
  for (const keyword of ['$oneOf', '$todo', '$TODO', 'version', 'value']) {
    if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  }
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
  // Draft-06 and draft-07 agree on every keyword this schema uses; only the meta-schema id differs.
  const { $schema: _ignored, ...body } = schema as Record<string, unknown>;
  const validate = ajv.compile(body);
  return (doc) => (validate(doc) ? toValidation([]) : toValidation(ajvIssues(validate.errors)));
}
