// The account emails. Wording is generic: the site's name comes from settings.
import { renderEmail } from '../platform/email/templates.js';
import type { EmailMessage } from '../platform/email/mailer.js';

interface Site {
  name: string;
  url: string;
}

export function verificationEmail(site: Site, to: { email: string; name: string }, link: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Confirm your email address',
    paragraphs: [`Hello ${to.name},`, `Thank you for registering with ${site.name}. Please confirm that this is your email address. The link works once and expires in 24 hours.`],
    action: { label: 'Confirm my email address', url: link },
    footer: 'If you did not register, you can ignore this email: no account will be activated.',
  });
  return { to: to.email, subject: `Confirm your email address for ${site.name}`, html, text };
}

export function alreadyRegisteredEmail(site: Site, to: { email: string; name: string }, loginUrl: string, resetUrl: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'You already have an account',
    paragraphs: [
      `Hello ${to.name},`,
      `Someone, probably you, tried to register with this email address at ${site.name}. You already have an account, so nothing has changed.`,
      `If you have forgotten your password, you can set a new one at ${resetUrl}`,
    ],
    action: { label: 'Log in', url: loginUrl },
    footer: 'If this was not you, you can ignore this email.',
  });
  return { to: to.email, subject: `Your ${site.name} account`, html, text };
}
