// Form fields the shared web/forms.tsx lacks (text areas, selects, radios, file inputs),
// following its pattern: a label for every field, hint and error tied with aria-describedby,
// and the id `field-<name>` that the error summary links to.
import Html from '@kitajs/html';
import type { PageContext } from '../web/context.js';

export function csrfTokenOf(ctx: PageContext): string {
  return ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldError({ id, error }: { id: string; error?: string }): JSX.Element {
  return error ? <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : '';
}

function FieldHint({ id, hint }: { id: string; hint?: string }): JSX.Element {
  return hint ? <p class="field__hint" id={`${id}-hint`} safe>{hint}</p> : '';
}

export function TextAreaField(props: { name: string; label: string; value: string; hint?: string; error?: string; rows?: number; maxlength?: number }): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id} safe>{props.label}</label>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={props.error} />
      <textarea id={id} name={props.name} rows={String(props.rows ?? 4)} maxlength={props.maxlength !== undefined ? String(props.maxlength) : undefined} aria-describedby={describedBy(id, props.hint, props.error)} aria-invalid={props.error ? 'true' : undefined} safe>{props.value}</textarea>
    </div>
  );
}

export function SelectField(props: { name: string; label: string; value: string; options: readonly { value: string; label: string }[]; hint?: string; error?: string }): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id} safe>{props.label}</label>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={props.error} />
      <select id={id} name={props.name} aria-describedby={describedBy(id, props.hint, props.error)} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map((o) => <option value={o.value} selected={o.value === props.value} safe>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A group of radio buttons; the first carries the group's id so the error summary lands on it. */
export function RadioGroup(props: { name: string; legend: string; value: string; options: readonly { value: string; label: string }[]; hint?: string; error?: string }): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <fieldset class={`field radio-group${props.error ? ' field--error' : ''}`} aria-describedby={describedBy(id, props.hint, props.error)}>
      <legend safe>{props.legend}</legend>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={props.error} />
      {props.options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${i + 1}`;
        return (
          <div class="field field--checkbox">
            <input id={optionId} type="radio" name={props.name} value={o.value} checked={o.value === props.value} />
            <label for={optionId} safe>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function FileField(props: { name: string; label: string; accept: string; hint?: string; error?: string }): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id} safe>{props.label}</label>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={props.error} />
      <input id={id} type="file" name={props.name} accept={props.accept} aria-describedby={describedBy(id, props.hint, props.error)} aria-invalid={props.error ? 'true' : undefined} />
    </div>
  );
}

/** "Saved" after a redirect: announced politely, not as an alert. */
export function Notice({ message }: { message?: string }): JSX.Element {
  return message ? <p class="notice" role="status" safe>{message}</p> : '';
}

export { Html };
