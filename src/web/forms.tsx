// Form building blocks: every field has a label, hints and errors are tied to it with
// aria-describedby, and a failed submission shows an error summary linking to each field.
import Html from '@kitajs/html';
import { CSRF_FIELD } from '../platform/http/csrf.js';

export type FieldErrors = Readonly<Record<string, string>>;

export function CsrfField({ token }: { token: string }): JSX.Element {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels: Record<string, string> }): JSX.Element {
  const entries = Object.entries(errors);
  if (entries.length === 0) return '';
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li><a href={`#field-${field}`} safe>{labels[field] ? `${labels[field]}: ${message}` : message}</a></li>
        ))}
      </ul>
    </div>
  );
}

interface InputProps {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'time' | 'datetime-local';
  value?: string;
  hint?: string;
  error?: string;
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
}

export function TextField(props: InputProps): JSX.Element {
  const id = `field-${props.name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id} safe>{props.label}</label>
      {props.hint ? <p class="field__hint" id={`${id}-hint`} safe>{props.hint}</p> : ''}
      {props.error ? <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span><span safe>{props.error}</span></p> : ''}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        required={props.required}
        maxlength={props.maxlength !== undefined ? String(props.maxlength) : undefined}
        aria-describedby={described || undefined}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}

export function CheckboxField(props: { name: string; label: string; checked?: boolean; error?: string; hint?: string }): JSX.Element {
  const id = `field-${props.name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field field--checkbox${props.error ? ' field--error' : ''}`}>
      {props.error ? <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span><span safe>{props.error}</span></p> : ''}
      <input id={id} type="checkbox" name={props.name} value="yes" checked={props.checked} aria-describedby={described || undefined} aria-invalid={props.error ? 'true' : undefined} />
      <label for={id} safe>{props.label}</label>
      {props.hint ? <p class="field__hint" id={`${id}-hint`} safe>{props.hint}</p> : ''}
    </div>
  );
}

function describedBy(id: string, props: { hint?: string; error?: string }): string | undefined {
  return [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }): JSX.Element {
  return (
    <>
      {hint ? <p class="field__hint" id={`${id}-hint`} safe>{hint}</p> : ''}
      {error ? <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : ''}
    </>
  );
}

export function TextAreaField(props: { name: string; label: string; value?: string; hint?: string; error?: string; rows?: number; maxlength?: number; required?: boolean; className?: string }): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <div class={`field${props.error ? ' field--error' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label for={id} safe>{props.label}</label>
      <FieldMessages id={id} hint={props.hint} error={props.error} />
      <textarea id={id} name={props.name} rows={String(props.rows ?? 4)} maxlength={props.maxlength !== undefined ? String(props.maxlength) : undefined} required={props.required} aria-describedby={describedBy(id, props)} aria-invalid={props.error ? 'true' : undefined} safe>{props.value ?? ''}</textarea>
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  /** A line under the choice's label (checkbox groups), tied to it with aria-describedby. */
  description?: string;
}

export function SelectField(props: { name: string; label: string; value?: string; choices: readonly Choice[]; hint?: string; error?: string }): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id} safe>{props.label}</label>
      <FieldMessages id={id} hint={props.hint} error={props.error} />
      <select id={id} name={props.name} aria-describedby={describedBy(id, props)} aria-invalid={props.error ? 'true' : undefined}>
        {props.choices.map((c) => <option value={c.value} selected={c.value === props.value} safe>{c.label}</option>)}
      </select>
    </div>
  );
}

/** A group of checkboxes sharing one name (the form sends one value per ticked box). */
export function CheckboxGroup(props: { name: string; legend: string; choices: readonly Choice[]; checked: readonly string[]; hint?: string; error?: string }): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <fieldset class={`field checkbox-group${props.error ? ' field--error' : ''}`} id={id} aria-describedby={describedBy(id, props)}>
      <legend safe>{props.legend}</legend>
      <FieldMessages id={id} hint={props.hint} error={props.error} />
      <div class="checkbox-group__choices">
        {props.choices.map((c, i) => (
          <div class="field--checkbox">
            <input type="checkbox" id={`${id}-${i}`} name={props.name} value={c.value} checked={props.checked.includes(c.value)} aria-describedby={c.description ? `${id}-${i}-description` : undefined} />
            <label for={`${id}-${i}`} safe>{c.label}</label>
            {c.description ? <p class="field__hint checkbox-group__description" id={`${id}-${i}-description`} safe>{c.description}</p> : ''}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function FileField(props: { name: string; label: string; accept?: string; hint?: string; error?: string }): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id} safe>{props.label}</label>
      <FieldMessages id={id} hint={props.hint} error={props.error} />
      <input id={id} type="file" name={props.name} accept={props.accept} aria-describedby={describedBy(id, props)} aria-invalid={props.error ? 'true' : undefined} />
    </div>
  );
}

export { Html };
