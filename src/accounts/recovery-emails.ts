// The emails of logging in by link, password reset and account changes. Each says what
// happened, what to do if it was not you, and how long a link lasts.
import { renderEmail } from '../platform/email/templates.js';
import type { EmailMessage } from '../platform/email/mailer.js';

export interface Site {
  name: string;
  url: string;
}

interface Person {
  email: string;
  name: string;
}

const NOT_YOU = 'If this was not you, you can ignore this email: nothing changes unless the link is used.';

export function loginLinkEmail(site: Site, to: Person, link: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: `Log in to ${site.name}`,
    paragraphs: [`Hello ${to.name},`, 'Someone, probably you, asked for a link to log in with this email address. The link works once and expires in 15 minutes.'],
    action: { label: 'Log me in', url: link },
    footer: NOT_YOU,
  });
  return { to: to.email, subject: `Your link to log in to ${site.name}`, html, text };
}

export function resetPasswordEmail(site: Site, to: Person, link: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Choose a new password',
    paragraphs: [`Hello ${to.name},`, 'Someone, probably you, asked to reset the password for this email address. The link works once and expires in 1 hour.'],
    action: { label: 'Choose a new password', url: link },
    footer: NOT_YOU,
  });
  return { to: to.email, subject: `Reset your ${site.name} password`, html, text };
}

export function passwordChangedEmail(site: Site, to: Person, resetUrl: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Your password was changed',
    paragraphs: [
      `Hello ${to.name},`,
      `The password for your ${site.name} account was just changed, and you were logged out everywhere else.`,
      `If this was not you, set a new password straight away at ${resetUrl} and tell us.`,
    ],
    footer: 'We send this email every time a password changes.',
  });
  return { to: to.email, subject: `Your ${site.name} password was changed`, html, text };
}

export function confirmNewEmailEmail(site: Site, to: Person, link: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Confirm your new email address',
    paragraphs: [`Hello ${to.name},`, `You asked to use this address for your ${site.name} account. Your address changes when you open this link and press the button. The link works once and expires in 24 hours.`],
    action: { label: 'Use this email address', url: link },
    footer: NOT_YOU,
  });
  return { to: to.email, subject: `Confirm your new email address for ${site.name}`, html, text };
}

export function emailChangeRequestedEmail(site: Site, to: Person, newEmail: string, accountUrl: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Someone asked to change your email address',
    paragraphs: [
      `Hello ${to.name},`,
      `A request was made to change the email address of your ${site.name} account to ${newEmail}. Nothing changes until a link sent to that address is used.`,
      `If this was not you, log in and change your password straight away: ${accountUrl}`,
    ],
    footer: 'We send this email every time someone asks to change an account’s email address.',
  });
  return { to: to.email, subject: `A change of email address was requested for your ${site.name} account`, html, text };
}

/** Sent to an address someone tried to move another account onto; says nothing about that account. */
export function addressInUseEmail(site: Site, to: Person, loginUrl: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'This address already has an account',
    paragraphs: [
      `Hello ${to.name},`,
      `Someone asked to use this email address for another ${site.name} account. It already belongs to your account, so nothing has changed.`,
    ],
    action: { label: 'Log in', url: loginUrl },
    footer: 'If this was you, log in to the account that uses this address instead.',
  });
  return { to: to.email, subject: `Your ${site.name} account`, html, text };
}

export function accountDeletedEmail(site: Site, to: Person): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Your account has been deleted',
    paragraphs: [`Hello ${to.name},`, `Your ${site.name} account and the personal details, logins and links held with it have been deleted. Thank you for being with us.`],
    footer: 'If you did not delete your account, contact us straight away.',
  });
  return { to: to.email, subject: `Your ${site.name} account has been deleted`, html, text };
}

export function emailChangedEmail(site: Site, to: Person, newEmail: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Your email address was changed',
    paragraphs: [`Hello ${to.name},`, `Your ${site.name} account now uses the email address ${newEmail}. We will not write to this address again.`],
    footer: 'If this was not you, contact us straight away.',
  });
  return { to: to.email, subject: `Your ${site.name} email address was changed`, html, text };
}
