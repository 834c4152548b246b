// Demo pages: written for Pulse's fictional demo organisation.
import type { DemoItem } from './data.js';

export const pagesItems: DemoItem[] = [
  {
    kind: 'page',
    slug: 'about',
    title: 'About Northbridge Health Federation',
    summary:
      'Who we are, who our members are and how we work to improve health and care across the region and beyond.',
    body: `Northbridge Health Federation is a membership organisation for health and care providers. Our 68 members include hospital and community trusts, mental health providers, primary care networks, social care partners and hospices, and we work with partner health systems in more than a dozen countries.

## What we do

- **Represent** our members to government, national bodies and the public, making the case for the resources and policies they need.
- **Connect** people doing similar work, through networks for finance directors, people directors, digital leads, international leads and many more.
- **Share what works**, through reports, briefings, events and peer support.
- **Partner internationally**, through fellowships, twinning and ethical approaches to recruitment.

## How we are governed

The federation is governed by a board elected by members, with an independent chair and two non-executive directors. Our priorities are set each year after consultation with members and published in our annual plan. We are funded mainly by member subscriptions, with some grant funding for specific programmes.

## Our values

We are independent, evidence-led and collaborative. We aim to be candid about problems, generous with what we know and ambitious for the people who use health and care services.

To find out more about membership, or to join one of our networks, please [contact us](/contact).`,
    topics: [],
    authors: [],
    access: 'public',
    publishedDaysAgo: 400,
  },
  {
    kind: 'page',
    slug: 'contact',
    title: 'Contact us',
    summary: 'How to get in touch with the federation about membership, media enquiries, events or this website.',
    body: `We aim to reply to all enquiries within three working days.

## General enquiries

- Email: hello@northbridge.example
- Telephone: 0113 496 0123 (Monday to Friday, 9am to 5pm)

## Membership

If you work for a health or care organisation and would like to know more about joining the federation, or about the networks open to your organisation, email membership@northbridge.example.

## Media enquiries

Journalists can contact the press office on 0113 496 0456 or at press@northbridge.example. An out-of-hours number is available for urgent enquiries.

## Events

For questions about bookings, accessibility or dietary requirements at our events, email events@northbridge.example.

## Our office

Northbridge Health Federation, 3rd Floor, Carrick House, 14 Weaver Street, Leeds. The office is step-free, with an accessible toilet and a hearing loop at reception. Please let us know in advance if you are visiting so that we can make sure someone is there to meet you.

## Website feedback

If you have difficulty using this website, or would like information in a different format, please see our [accessibility statement](/accessibility) or email web@northbridge.example.`,
    topics: [],
    authors: [],
    access: 'public',
    publishedDaysAgo: 400,
  },
  {
    kind: 'page',
    slug: 'privacy',
    title: 'Privacy notice',
    summary: 'How we collect, use and protect personal information when you use this website or register for an account.',
    body: `Northbridge Health Federation is the data controller for personal information collected through this website. This notice explains what we collect, why and what your rights are.

## What we collect

- **If you simply browse the site**, we do not collect information that identifies you. We use cookie-free analytics that count page views in aggregate, without cookies, device fingerprinting or tracking across other websites.
- **If you register**, we collect your name, email address, organisation and job role, and the topics you choose to follow.
- **If you take part**, we store comments, ratings and your newsletter and alert preferences.
- **If you book an event**, we collect the information needed to manage your booking, including any access or dietary requirements you choose to share.

## Cookies

We use one strictly necessary cookie, which keeps you signed in during a session. It is set only when you sign in and is deleted when you sign out or it expires. We do not use advertising or analytics cookies, so we do not ask for cookie consent.

## How we use your information

We use it to provide your account, show content relevant to you, send the emails you have asked for and run our events. Our lawful bases are contract (for your account) and consent (for newsletters and alerts, which you can withdraw at any time). We never sell your data.

## Keeping and protecting it

Accounts that have not been used for two years are deleted. Information is stored securely in the UK.

## Your rights

You can ask to see, correct or delete your information, or object to how we use it, by emailing privacy@northbridge.example. You also have the right to complain to the Information Commissioner's Office.`,
    topics: [],
    authors: [],
    access: 'public',
    publishedDaysAgo: 95,
  },
  {
    kind: 'page',
    slug: 'accessibility',
    title: 'Accessibility statement',
    summary: 'Our commitment to making this website usable by as many people as possible, and how to tell us about problems.',
    body: `We want everyone to be able to use this website, including people who use assistive technology. We aim to meet the **Web Content Accessibility Guidelines (WCAG) 2.2 at level AA**.

## What you should be able to do

- navigate the whole site using a keyboard alone, with a clearly visible focus indicator;
- use the site with screen readers and speech recognition software;
- zoom up to 400 per cent without text spilling off the screen or content being lost;
- change colours, text size and spacing using your browser settings;
- read content written in plain English, with images described by alternative text.

We respect your device's settings for reduced motion and colour scheme.

## Known limitations

- Some older PDF reports may not be fully accessible to screen reader users. If you need a document in a different format, we will provide one.
- Recordings of older webinars may not have accurate captions.

We are working to fix these issues and check new content before it is published.

## Feedback and contact

If you find a problem, or need information in a different format such as large print, easy read or audio, email web@northbridge.example or call 0113 496 0123. We aim to respond within five working days.

## Enforcement

If you are not happy with our response, you can contact the Equality Advisory and Support Service.

## How we test

We test the site with automated tools and manual checks, including keyboard-only use and testing with screen readers. This statement is reviewed every six months.`,
    topics: [],
    authors: [],
    access: 'public',
    publishedDaysAgo: 60,
  },
];
