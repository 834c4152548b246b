// The emails of signing up: the double opt-in link, and the note to an address that is
// already subscribed (sent instead, so the sign-up page answers the same either way).
import { renderEmail } from '../platform/email/templates.js';
import type { EmailMessage } from '../platform/email/mailer.js';

interface Site {
  name: string;
  url: string;
}

export function confirmSubscriptionEmail(site: Site, to: string, link: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Confirm your newsletter subscription',
    paragraphs: [`Someone, probably you, asked for the ${site.name} monthly newsletter at this address. Please confirm that you want it. The link works once and expires in 7 days.`],
    action: { label: 'Confirm my subscription', url: link },
    footer: 'If you did not ask for it, ignore this email: you will not be subscribed and we will not write again.',
  });
  return { to, subject: `Confirm your subscription to the ${site.name} newsletter`, html, text };
}

export function alreadySubscribedEmail(site: Site, to: string, preferencesLink: string): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'You are already subscribed',
    paragraphs: [`Someone, probably you, asked for the ${site.name} monthly newsletter at this address. You already get it, so nothing has changed.`, 'You can change what you receive, or stop it, from your preferences.'],
    action: { label: 'Change my preferences', url: preferencesLink },
    footer: 'If this was not you, you can ignore this email.',
  });
  return { to, subject: `You already get the ${site.name} newsletter`, html, text };
}
