// The comment emails: a reply to your comment, and a moderator's decision on a held comment.
// They name the item and link to it; they never quote comment text (the item may be for
// members only, and the reader's access may have changed since).
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

export function replyEmail(site: Site, to: Person, reply: { replierName: string; itemTitle: string; link: string }): EmailMessage {
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: 'Someone replied to your comment',
    paragraphs: [`Hello ${to.name},`, `${reply.replierName} replied to your comment on “${reply.itemTitle}”.`],
    action: { label: 'Read the reply', url: reply.link },
    footer: `You get these emails because you commented on ${site.name}. To stop them, untick “Email me when someone replies” at ${site.url}/account/comments`,
  });
  return { to: to.email, subject: `${reply.replierName} replied to your comment`, html, text, headers: { 'X-Pulse-Kind': 'comment-reply' } };
}

export function decisionEmail(site: Site, to: Person, decision: { isApproved: boolean; itemTitle: string; link: string }): EmailMessage {
  const { html, text } = renderEmail(
    decision.isApproved
      ? {
          siteName: site.name,
          siteUrl: site.url,
          heading: 'Your comment is published',
          paragraphs: [`Hello ${to.name},`, `A moderator approved your comment on “${decision.itemTitle}”, so everyone who can read the item can now see it. From now on your comments appear straight away.`],
          action: { label: 'See your comment', url: decision.link },
        }
      : {
          siteName: site.name,
          siteUrl: site.url,
          heading: 'Your comment was not published',
          paragraphs: [`Hello ${to.name},`, `A moderator decided not to publish your comment on “${decision.itemTitle}”. Comments need to be on topic, civil and free of advertising.`],
          action: { label: 'Go to the item', url: decision.link },
        },
  );
  return { to: to.email, subject: decision.isApproved ? 'Your comment is published' : 'Your comment was not published', html, text, headers: { 'X-Pulse-Kind': decision.isApproved ? 'comment-approved' : 'comment-rejected' } };
}
