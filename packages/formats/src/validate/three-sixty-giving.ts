import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ajvIssues } from './ajv-issues.js';
import { type FormatValidation, toValidation } from './issue.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

const HTTPS_2020 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * A validator of 360Giving packages against the standard's JSON schemas (`360-giving-package-schema.json`
 * and `360-giving-schema.json`, 2020-12), passed in as parsed JSON. The files' `http` meta-schema id
 * becomes `https` and `codelist`, `openCodelist`, `rollUp` are annotations. Tested with the schemas of the
 * standard's tag 1.4.3 (https://github.com/ThreeSixtyGiving/standard/tree/1.4.3/schema).
 *
 * @example
 * const check = threeSixtyGivingValidator(packageSchema, grantSchema);
 * check(JSON.parse(grantsTo360Giving(grants, world, options))) // { ok: true }
 */
export function threeSixtyGivingValidator(
  packageSchema: object,
  grantSchema: object,
): (doc: unknown) => FormatValidation {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const keyword of ['codelist', 'openCodelist', 'rollUp']) ajv.addKeyword({ keyword });
  const https = (s: object) => ({ ...(s as Record<string, unknown>), $schema: HTTPS_2020 });
  ajv.addSchema(https(grantSchema));
  const validate = ajv.compile(https(packageSchema));
  return (doc) => (validate(doc) ? toValidation([]) : toValidation(ajvIssues(validate.errors)));
}
