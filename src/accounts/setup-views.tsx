import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';

const LABELS = { name: 'Full name', email: 'Email address', password: 'Password' };

export function SetupPage(props: { ctx: PageContext; csrf: string; token: string; lockedEmail: string | undefined; values: { name: string; email: string }; errors?: FieldErrors }): JSX.Element {
  const errors = props.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={props.ctx} title={hasErrors ? 'Error: Create the administrator account' : 'Create the administrator account'} noindex>
      <div class="form-page">
        <h1>Create the administrator account</h1>
        <p class="lede">This account can manage the site, its people and its mail. This link works once and for 24 hours.</p>
        <ErrorSummary errors={errors} labels={LABELS} />
        <form method="post" action="/setup" novalidate>
          <CsrfField token={props.csrf} />
          <input type="hidden" name="token" value={props.token} />
          <TextField name="name" label={LABELS.name} value={props.values.name} error={errors.name} autocomplete="name" required maxlength={100} />
          {props.lockedEmail !== undefined ? (
            <div class={`field${errors.email ? ' field--error' : ''}`}>
              <label for="field-email" safe>{LABELS.email}</label>
              <p class="field__hint" id="field-email-hint">This link was made for this address, so it cannot be changed.</p>
              {errors.email ? <p class="field__error" id="field-email-error"><span class="visually-hidden">Error: </span><span safe>{errors.email}</span></p> : ''}
              <input id="field-email" name="email" type="email" value={props.lockedEmail} readonly autocomplete="username" aria-describedby={errors.email ? 'field-email-hint field-email-error' : 'field-email-hint'} aria-invalid={errors.email ? 'true' : undefined} />
            </div>
          ) : (
            <TextField name="email" type="email" label={LABELS.email} value={props.values.email} error={errors.email} autocomplete="username" required maxlength={254} />
          )}
          <TextField name="password" type="password" label={LABELS.password} error={errors.password} autocomplete="new-password" required maxlength={128} hint="At least 8 characters. A few unrelated words make a strong password." />
          <button type="submit">Create the account and log in</button>
        </form>
      </div>
    </Layout>
  );
}

/** Why the setup form is not shown: no link, a link that does not work, or nothing left to set up. */
export function SetupProblemPage({ ctx, problem }: { ctx: PageContext; problem: 'missing' | 'invalid' | 'already-set-up' }): JSX.Element {
  if (problem === 'already-set-up') {
    return (
      <Layout ctx={ctx} title="This site is already set up" noindex>
        <h1>This site is already set up</h1>
        <p class="lede">An administrator account exists, so there is nothing to set up here.</p>
        <p>Administrators can <a href="/login?next=%2Fadmin">log in</a>. To make another person an administrator, run <code>npm run admin -- create-admin their@address</code> on the server.</p>
      </Layout>
    );
  }
  return (
    <Layout ctx={ctx} title="That setup link does not work" noindex>
      <h1>{problem === 'missing' ? 'You need a setup link' : 'That setup link does not work'}</h1>
      <p class="lede">
        {problem === 'missing'
          ? 'The administrator account is created from a one-time link that Pulse prints when it starts.'
          : 'It may have been used already, have expired (links last 24 hours), or have been copied incompletely.'}
      </p>
      <p>Restart Pulse to print a new link while there is no administrator, or run <code>npm run admin -- create-admin your@address</code> on the server.</p>
    </Layout>
  );
}

export { Html };
