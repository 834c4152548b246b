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
  type?: 'text' | 'email' | 'password';
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

export { Html };
