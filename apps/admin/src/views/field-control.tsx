import { instantToLocal, type Locale } from '@org/domain';
import type { FC } from 'hono/jsx';
import type { FieldDef, RefScope, RefTarget } from '../forms/entities.js';
import { labelOf } from '../forms/field-label.js';
import { offsetFieldName, repeatedChoiceLabel, repeatedChoices } from '../forms/repeated-hour.js';
import { t } from '../i18n.js';
import { fieldId } from './ids.js';

/** Options of a relation field: what a select offers before staff search. */
export type RefOptions = Partial<Record<RefTarget | RefScope, { id: string; label: string }[]>>;

const moneyText = (v: unknown): string => {
  if (typeof v !== 'number') return typeof v === 'string' ? v : '';
  return `${Math.trunc(v / 100)},${String(v % 100).padStart(2, '0')}`;
};

function textValue(field: FieldDef, value: unknown, zone: string): string {
  if (value === undefined || value === null) return '';
  switch (field.type) {
    case 'datetime': {
      if (typeof value !== 'string') return '';
      // Only a stored instant (with its offset) is converted; text staff typed that was refused
      // (a time the clocks skip, 30 February) is shown as typed.
      return /(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? instantToLocal(value, zone) || value : value;
    }
    case 'money':
      return moneyText(value);
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : String(value);
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}

export interface FieldControlProps {
  field: FieldDef;
  name: string;
  value: unknown;
  error?: string | undefined;
  locale: Locale;
  refs: RefOptions;
  zone: string;
  label?: string;
  /** The agenda item kinds that have this field (space-separated); the browser bundle hides it for others. */
  kindOnly?: string | undefined;
}

/**
 * One labelled form control with its error slot. The error slot is always present (empty when the
 * field is fine) so the browser bundle can fill it as staff type, with the same message the server gives.
 */
export const FieldControl: FC<FieldControlProps> = ({
  field,
  name,
  value,
  error,
  locale,
  refs,
  zone,
  label,
  kindOnly,
}) => {
  const id = fieldId(name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const common = {
    id,
    name,
    // The hint first: screen readers read what to type, then what is wrong with what was typed.
    'aria-describedby': field.hint ? `${hintId} ${errorId}` : errorId,
    'aria-invalid': error ? 'true' : undefined,
    'data-field': name,
  };
  const text = label ?? labelOf(name, locale);
  let control: unknown;
  switch (field.type) {
    case 'textarea':
    case 'markdown':
    case 'lines':
      control = (
        <textarea {...common} rows={field.type === 'markdown' ? 10 : 3} required={field.required}>
          {textValue(field, value, zone)}
        </textarea>
      );
      break;
    case 'checkbox':
      control = <input {...common} type="checkbox" value="true" checked={value === true} />;
      break;
    case 'select': {
      const current = typeof value === 'string' ? value : '';
      control = (
        <select {...common} required={field.required}>
          <option value="">—</option>
          {Object.entries(field.options ?? {}).map(([key, lbl]) => (
            <option value={key} selected={key === current}>
              {lbl[locale]}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'ref':
    case 'refs': {
      const many = field.type === 'refs';
      const chosen = new Set(Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);
      const options = refs[field.refScope ?? field.ref ?? 'organizations'] ?? [];
      const known = new Set(options.map((o) => o.id));
      control = (
        <select {...common} multiple={many} required={field.required} data-ref={field.ref} data-scope={field.refScope}>
          {many ? null : <option value="">—</option>}
          {[...chosen]
            .filter((id) => !known.has(id))
            .map((id) => (
              <option value={id} selected>
                {id}
              </option>
            ))}
          {options.map((o) => (
            <option value={o.id} selected={chosen.has(o.id)}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    default: {
      const type =
        field.type === 'datetime'
          ? 'datetime-local'
          : field.type === 'date'
            ? 'date'
            : field.type === 'number'
              ? 'text'
              : 'text';
      control = (
        <input
          {...common}
          type={type}
          value={textValue(field, value, zone)}
          required={field.required}
          inputmode={field.type === 'number' || field.type === 'money' ? 'decimal' : undefined}
        />
      );
    }
  }
  return (
    <div class={`field field-${field.type}`} data-kind-only={kindOnly}>
      <label for={id}>
        {text}
        {field.required ? <span aria-hidden="true"> *</span> : null}
        {field.requiredWith ? <span class="hint"> ({t(locale, 'requiredWithAddress')})</span> : null}
      </label>
      {control}
      {field.hint ? (
        <p class="hint" id={hintId}>
          {field.hint[locale]}
        </p>
      ) : null}
      <p class="error" id={errorId}>
        {error ?? ''}
      </p>
      {field.type === 'datetime' ? (
        <RepeatedHourChoice
          name={name}
          value={value}
          local={textValue(field, value, zone)}
          zone={zone}
          locale={locale}
        />
      ) : null}
    </div>
  );
};

/**
 * Which of the two instants a time in the hour the clocks go back over is: a select shown only for
 * such a time, the stored or chosen one selected (so saving an event at the second 02:30 again keeps
 * it there), none when staff typed the time and have not said yet. Its own `.field`, after the error
 * slot, so the agenda editor's renumbering finds each control's own label.
 */
const RepeatedHourChoice: FC<{ name: string; value: unknown; local: string; zone: string; locale: Locale }> = ({
  name,
  value,
  local,
  zone,
  locale,
}) => {
  const choices = repeatedChoices(local, zone, locale);
  if (choices.length === 0) return null;
  const at = typeof value === 'string' && /(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : Number.NaN;
  const own = offsetFieldName(name);
  return (
    <div class="field field-repeated-hour" data-repeated-hour>
      <label for={fieldId(own)}>{repeatedChoiceLabel(local, locale)}</label>
      <select id={fieldId(own)} name={own} required aria-describedby={`${fieldId(name)}-error`} data-offset-for={name}>
        <option value="">—</option>
        {choices.map((c) => (
          <option value={c.offset} selected={Date.parse(c.instant) === at}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
};

/** The hint under relation fields, naming what staff can search by. */
export const RefHint: FC<{ locale: Locale }> = ({ locale }) => <span class="hint">{t(locale, 'pickHint')}</span>;
