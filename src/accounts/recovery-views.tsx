import Html from '@kitajs/html';
import { Layout, type Crumb } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';

const HOME: Crumb = { label: 'Home', path: '/' };
const LOGIN: Crumb = { label: 'Log in', path: '/login' };
const ACCOUNT: Crumb = { label: 'Your account', path: '/account' };
const MANAGE: Crumb = { label: 'Manage your account', path: '/account/security' };

const LABELS = { email: 'Email address', password: 'Password', currentPassword: 'Current password', newPassword: 'New password' };

/** A page with one task: heading, optional lede, error summary and the form(s). */
function FormPage(props: { ctx: PageContext; title: string; errors?: FieldErrors; crumbs?: Crumb[]; children?: Html.Children }): JSX.Element {
  const hasErrors = Object.keys(props.errors ?? {}).length > 0;
  return (
    <Layout ctx={props.ctx} title={hasErrors ? `Error: ${props.title}` : props.title} noindex breadcrumbs={props.crumbs ? [...props.crumbs, { label: props.title }] : undefined}>
      <div class="form-page">
        <h1 safe>{props.title}</h1>
        <ErrorSummary errors={props.errors ?? {}} labels={LABELS} />
        {props.children}
      </div>
    </Layout>
  );
}

function Notice({ text }: { text: string | undefined }): JSX.Element {
  return text ? <p class="notice" role="status" safe>{text}</p> : '';
}

// ---- getting in without a password ----

export function EmailLinkPage({ ctx, csrf, email, errors = {} }: { ctx: PageContext; csrf: string; email: string; errors?: FieldErrors }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Email me a link to log in" errors={errors} crumbs={[HOME, LOGIN]}>
      <p class="lede">We will send a link that logs you in once, without your password. It works for 15 minutes.</p>
      <form method="post" action="/login/email-link" novalidate>
        <CsrfField token={csrf} />
        <TextField name="email" type="email" label={LABELS.email} value={email} error={errors.email} autocomplete="email" required maxlength={254} />
        <button type="submit">Email me a link</button>
      </form>
      <p>Or <a href="/login">log in with your password</a>.</p>
    </FormPage>
  );
}

export function ForgottenPasswordPage({ ctx, csrf, email, errors = {} }: { ctx: PageContext; csrf: string; email: string; errors?: FieldErrors }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Forgotten your password?" errors={errors} crumbs={[HOME, LOGIN]}>
      <p class="lede">Enter the email address you registered with. We will send a link to choose a new password; it works once, for 1 hour.</p>
      <form method="post" action="/login/forgotten" novalidate>
        <CsrfField token={csrf} />
        <TextField name="email" type="email" label={LABELS.email} value={email} error={errors.email} autocomplete="email" required maxlength={254} />
        <button type="submit">Send me a link</button>
      </form>
      <p>Remembered it? <a href="/login">Log in</a>. Or <a href="/login/email-link">get a link to log in</a> instead.</p>
    </FormPage>
  );
}

/** The same page whether or not the address is registered. */
export function LinkSentPage({ ctx, csrf, email, kind }: { ctx: PageContext; csrf: string; email: string; kind: 'login' | 'reset' }): JSX.Element {
  const [purpose, lifetime, action] = kind === 'login' ? ['log in', '15 minutes', '/login/email-link'] : ['choose a new password', '1 hour', '/login/forgotten'];
  return (
    <FormPage ctx={ctx} title="Check your email">
      <p>If <strong safe>{email}</strong> belongs to an account, we have sent a link to it. <span safe>{`Open the link to ${purpose}.`}</span></p>
      <p safe>{`The link works once and expires in ${lifetime}. It can take a few minutes to arrive; check your spam folder too.`}</p>
      <form method="post" action={action}>
        <CsrfField token={csrf} />
        <input type="hidden" name="email" value={email} />
        <button type="submit" class="button--secondary">Send another link</button>
      </form>
    </FormPage>
  );
}

export function LinkLoginPage({ ctx, csrf, token, outcome }: { ctx: PageContext; csrf: string; token: string; outcome: 'confirm' | 'failed' }): JSX.Element {
  if (outcome === 'failed') {
    return (
      <FormPage ctx={ctx} title="That link does not work">
        <p>It may have been used already or have expired (login links last 15 minutes).</p>
        <p><a class="button" href="/login/email-link">Get a new link</a> or <a href="/login">log in with your password</a>.</p>
      </FormPage>
    );
  }
  return (
    <FormPage ctx={ctx} title="Log in">
      <p>Press the button to log in. The link then stops working.</p>
      <form method="post" action="/login/link">
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <button type="submit">Log me in</button>
      </form>
    </FormPage>
  );
}

export function ResetPasswordPage({ ctx, csrf, token, outcome, errors = {} }: { ctx: PageContext; csrf: string; token: string; outcome: 'form' | 'failed'; errors?: FieldErrors }): JSX.Element {
  if (outcome === 'failed') {
    return (
      <FormPage ctx={ctx} title="That link does not work">
        <p>It may have been used already or have expired (password links last 1 hour).</p>
        <p><a class="button" href="/login/forgotten">Get a new link</a></p>
      </FormPage>
    );
  }
  return (
    <FormPage ctx={ctx} title="Choose a new password" errors={errors}>
      <p>When you save it, you will be logged out everywhere and can log in with the new password.</p>
      <form method="post" action="/login/reset" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <TextField name="password" type="password" label={LABELS.newPassword} error={errors.password} autocomplete="new-password" required maxlength={128} hint="At least 8 characters. A few unrelated words make a strong password." />
        <button type="submit">Save my new password</button>
      </form>
    </FormPage>
  );
}

/** Where a reset ends: the confirmation and a login form. */
export function PasswordChangedPage({ ctx, csrf }: { ctx: PageContext; csrf: string }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Log in" crumbs={[HOME]}>
      <Notice text="Your password has been changed and you have been logged out everywhere. Log in with your new password." />
      <form method="post" action="/login" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="next" value="/account" />
        <TextField name="email" type="email" label={LABELS.email} autocomplete="username" required maxlength={254} />
        <TextField name="password" type="password" label={LABELS.password} autocomplete="current-password" required maxlength={128} />
        <button type="submit">Log in</button>
      </form>
    </FormPage>
  );
}

// ---- managing a signed-in account ----

function ManageList(): JSX.Element {
  return (
    <>
      <ul>
        <li><a href="/account/password">Change your password</a></li>
        <li><a href="/account/email">Change your email address</a></li>
        <li><a href="/account/export">Download your data</a></li>
        <li><a href="/account/delete">Delete your account</a></li>
      </ul>
      <p class="field__hint">For your security, we ask for your password again before these changes if you logged in more than 15 minutes ago.</p>
    </>
  );
}

/** Links to the account changes, as a section for the account page. */
export function ManageAccountLinks(): JSX.Element {
  return (
    <section aria-labelledby="manage-account-heading">
      <h2 id="manage-account-heading">Manage your account</h2>
      <ManageList />
    </section>
  );
}

export function SecurityPage({ ctx, notice }: { ctx: PageContext; notice?: string }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Manage your account" noindex breadcrumbs={[HOME, ACCOUNT, { label: 'Manage your account' }]}>
      <h1>Manage your account</h1>
      <Notice text={notice} />
      <ManageList />
      <p><a href="/account">Back to your account</a></p>
    </Layout>
  );
}

export function ConfirmPasswordPage({ ctx, csrf, next, errors = {} }: { ctx: PageContext; csrf: string; next: string; errors?: FieldErrors }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Confirm your password" errors={errors} crumbs={[HOME, ACCOUNT, MANAGE]}>
      <p class="lede">For your security, enter your password again to continue.</p>
      <form method="post" action="/account/confirm-password" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="next" value={next} />
        <TextField name="password" type="password" label={LABELS.password} error={errors.password} autocomplete="current-password" required maxlength={128} />
        <button type="submit">Continue</button>
      </form>
      <p>No password, or forgotten it? Log out and <a href="/login/email-link">log in with an emailed link</a>: that counts as confirming.</p>
    </FormPage>
  );
}

export function ChangePasswordPage({ ctx, csrf, hasPassword, errors = {} }: { ctx: PageContext; csrf: string; hasPassword: boolean; errors?: FieldErrors }): JSX.Element {
  return (
    <FormPage ctx={ctx} title={hasPassword ? 'Change your password' : 'Set a password'} errors={errors} crumbs={[HOME, ACCOUNT, MANAGE]}>
      <p class="lede">You will stay logged in here and be logged out everywhere else.</p>
      <form method="post" action="/account/password" novalidate>
        <CsrfField token={csrf} />
        {hasPassword ? <TextField name="currentPassword" type="password" label={LABELS.currentPassword} error={errors.currentPassword} autocomplete="current-password" required maxlength={128} /> : ''}
        <TextField name="newPassword" type="password" label={LABELS.newPassword} error={errors.newPassword} autocomplete="new-password" required maxlength={128} hint="At least 8 characters. A few unrelated words make a strong password." />
        <button type="submit">Save my new password</button>
      </form>
    </FormPage>
  );
}

export function ChangeEmailPage({ ctx, csrf, currentEmail, email, errors = {} }: { ctx: PageContext; csrf: string; currentEmail: string; email: string; errors?: FieldErrors }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Change your email address" errors={errors} crumbs={[HOME, ACCOUNT, MANAGE]}>
      <p class="lede">Your address is <strong safe>{currentEmail}</strong>. We will send a link to the new address; it changes only when you use that link.</p>
      <form method="post" action="/account/email" novalidate>
        <CsrfField token={csrf} />
        <TextField name="email" type="email" label="New email address" value={email} error={errors.email} autocomplete="email" required maxlength={254} />
        <button type="submit">Send a link to the new address</button>
      </form>
    </FormPage>
  );
}

export function EmailChangeSentPage({ ctx, email }: { ctx: PageContext; email: string }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Check your new inbox" crumbs={[HOME, ACCOUNT, MANAGE]}>
      <p>We have sent a message to <strong safe>{email}</strong>. Open the link in it within 24 hours to start using that address. Until then, your current address stays as it is; we have told it about the request.</p>
      <p><a href="/account">Back to your account</a></p>
    </FormPage>
  );
}

export type EmailChangeView = 'confirm' | 'changed' | 'failed' | 'taken';

export function ConfirmEmailChangePage({ ctx, csrf, token, outcome }: { ctx: PageContext; csrf: string; token: string; outcome: EmailChangeView }): JSX.Element {
  if (outcome === 'confirm') {
    return (
      <FormPage ctx={ctx} title="Use this email address">
        <p>Press the button to make this your account’s email address.</p>
        <form method="post" action="/account/email/confirm">
          <CsrfField token={csrf} />
          <input type="hidden" name="token" value={token} />
          <button type="submit">Use this email address</button>
        </form>
      </FormPage>
    );
  }
  const [title, text] =
    outcome === 'changed' ? ['Your email address has changed', 'From now on, use it to log in. We have told your old address.']
    : outcome === 'taken' ? ['That address cannot be used', 'Another account uses this address now, so your address has not changed.']
    : ['That link does not work', 'It may have been used already or have expired (links last 24 hours). You can ask for a new one from your account.'];
  return (
    <FormPage ctx={ctx} title={title}>
      <p safe>{text}</p>
      <p><a href="/account">Go to your account</a></p>
    </FormPage>
  );
}

export function ExportPage({ ctx }: { ctx: PageContext }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Download your data" crumbs={[HOME, ACCOUNT, MANAGE]}>
      <p>One file (JSON) with everything we hold about you: your profile, where you are logged in, the emailed links we have sent you (without the links themselves) and your membership.</p>
      <p><a class="button" href="/account/export.json" download="my-data.json">Download my data</a></p>
    </FormPage>
  );
}

export function DeleteAccountPage({ ctx, csrf, currentEmail, typed, errors = {} }: { ctx: PageContext; csrf: string; currentEmail: string; typed: string; errors?: FieldErrors }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Delete your account" errors={errors} crumbs={[HOME, ACCOUNT, MANAGE]}>
      <p class="lede">This cannot be undone. Your profile, logins, emailed links and membership requests are deleted at once. You may want to <a href="/account/export">download your data</a> first.</p>
      <form method="post" action="/account/delete" novalidate>
        <CsrfField token={csrf} />
        <TextField name="email" type="email" label={`To confirm, type your email address: ${currentEmail}`} value={typed} error={errors.email} autocomplete="off" required maxlength={254} />
        <button type="submit">Delete my account</button>
      </form>
      <p><a href="/account">Keep my account</a></p>
    </FormPage>
  );
}

export function AccountDeletedPage({ ctx }: { ctx: PageContext }): JSX.Element {
  return (
    <FormPage ctx={ctx} title="Your account has been deleted">
      <Notice text="Your account and the personal details held with it have been deleted. We have sent a last email to confirm it." />
      <p><a href="/">Go to the home page</a></p>
    </FormPage>
  );
}

export { Html };
