// Demo content for Pulse: the fictional "Northbridge Health Federation".
// All organisations, people and figures below are invented for demonstration purposes.
// Dates are expressed relative to the seed run (publishedDaysAgo, startsInDays) so the
// demo site always looks current.

import { newsItems } from './items-news.js';
import { reportsItems } from './items-reports.js';
import { eventsItems } from './items-events.js';
import { pagesItems } from './items-pages.js';

export interface DemoTopic {
  slug: string;
  name: string;
  description: string;
}

export interface DemoAuthor {
  slug: string;
  name: string;
  role: string;
}

export interface DemoEvent {
  startsInDays: number;
  /** 'HH:MM', Europe/London */
  startTime: string;
  durationMinutes: number;
  venue?: string;
  onlineUrl?: string;
}

export interface DemoAttachment {
  title: string;
  filename: string;
  /** Each entry becomes one page of the generated PDF. */
  pages: string[];
}

export interface DemoItem {
  kind: 'news' | 'report' | 'event' | 'page';
  slug: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  authors: string[];
  access: 'public' | 'registered' | 'members';
  publishedDaysAgo: number;
  hero?: { file: string; alt: string };
  event?: DemoEvent;
  attachments?: DemoAttachment[];
}

export const organisation = {
  name: 'Northbridge Health Federation',
  tagline: 'Connecting health and care organisations to learn, lead and improve together.',
  description:
    'Northbridge Health Federation brings together hospital and community trusts, primary care networks, mental health providers, social care partners and international allies across the region. We speak up for our members, share what works and help staff and patients benefit from a health and care system that learns across boundaries.',
  whyRegister: {
    heading: 'Why create a Northbridge account?',
    intro:
      'Registration is free for anyone working in health and care. An account turns the site from a newsroom into a workspace shaped around your role.',
    reasons: [
      {
        title: 'Unlock member resources',
        text: 'Staff at member organisations can open full briefings, benchmarking reports and practical toolkits, and receive discounted places at our events and networks.',
      },
      {
        title: 'Follow the topics you care about',
        text: 'Pick the subjects that matter to your work, from workforce to digital, and we will bring the most relevant news, reports and events to the top of your page.',
      },
      {
        title: 'Join the conversation',
        text: 'Comment on articles, rate what you found useful and pass pieces on to colleagues, so that good ideas travel further across the federation.',
      },
      {
        title: 'Stay ahead with alerts',
        text: 'Choose a weekly newsletter, instant alerts when new briefings are published, or both, and never miss a consultation deadline or booking window.',
      },
    ],
  },
} satisfies {
  name: string;
  tagline: string;
  description: string;
  whyRegister: { heading: string; intro: string; reasons: { title: string; text: string }[] };
};

export const topics: DemoTopic[] = [
  {
    slug: 'international',
    name: 'International',
    description:
      'Global health partnerships, ethical international recruitment and what our members learn from health systems abroad.',
  },
  {
    slug: 'workforce',
    name: 'Workforce',
    description:
      'Recruiting, retaining and supporting the people who deliver health and care, from training pipelines to staff wellbeing.',
  },
  {
    slug: 'finance',
    name: 'Finance',
    description:
      'Funding settlements, capital investment, financial sustainability and productivity across member organisations.',
  },
  {
    slug: 'digital',
    name: 'Digital and data',
    description:
      'Shared care records, cyber resilience, patient-facing technology and the responsible use of health data.',
  },
  {
    slug: 'primary-care',
    name: 'Primary care',
    description:
      'General practice, community pharmacy and primary care networks: the front door of the health system for most people.',
  },
  {
    slug: 'mental-health',
    name: 'Mental health',
    description:
      'Services for people of all ages living with mental ill health, including crisis care, talking therapies and perinatal support.',
  },
  {
    slug: 'public-health',
    name: 'Public health and prevention',
    description:
      'Vaccination, health inequalities, environmental risks such as extreme heat, and the work of keeping communities well.',
  },
  {
    slug: 'social-care',
    name: 'Social care',
    description:
      'Adult social care, care homes and home care, and the partnerships that join health and care up around people.',
  },
];

export const authors: DemoAuthor[] = [
  { slug: 'amara-okafor', name: 'Amara Okafor', role: 'Head of International Engagement' },
  { slug: 'tomasz-wren', name: 'Tomasz Wren', role: 'Director of Workforce Policy' },
  { slug: 'helen-ashdown', name: 'Helen Ashdown', role: 'Head of Finance Policy' },
  { slug: 'rhys-pendleton', name: 'Rhys Pendleton', role: 'Digital and Data Programme Lead' },
  { slug: 'nadia-farrant', name: 'Dr Nadia Farrant', role: 'Primary Care Clinical Adviser' },
  { slug: 'owen-lockhart', name: 'Owen Lockhart', role: 'Mental Health Policy Manager' },
  { slug: 'isla-fenwick', name: 'Isla Fenwick', role: 'Head of Public Health and Prevention' },
  { slug: 'marcus-delaney', name: 'Marcus Delaney', role: 'Social Care Partnerships Manager' },
];

export type Hero = { file: string; alt: string };


export const items: DemoItem[] = [...newsItems, ...reportsItems, ...eventsItems, ...pagesItems];

