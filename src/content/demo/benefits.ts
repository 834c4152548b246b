// Demo member benefits for the fictional federation, with varied audiences, so each demo
// organisation (see organisations.ts) sees a different set. All names and places are invented.
import type { BenefitInput } from '../../members/benefits-service.js';

const SITE = 'https://northbridge-federation.example';

export const demoBenefits: readonly BenefitInput[] = [
  {
    title: 'Finance Directors’ Network for provider trusts',
    category: 'network',
    description:
      'A closed network for directors of finance and their deputies in acute, community, mental health and ambulance trusts. We meet six times a year, alternating between Northbridge and online, to compare cost improvement plans, capital bids and the practical effects of national funding decisions.\n\nMembers share anonymised benchmarking returns through the network before they are published, so you can see where your trust sits and who to call about it.',
    orgTypes: ['Acute trust', 'Community trust', 'Mental health trust', 'Ambulance service'],
    tiers: [],
    roles: 'finance, financial',
    linkUrl: `${SITE}/networks/finance-directors`,
    isActive: true,
  },
  {
    title: 'Primary care peer-learning programme',
    category: 'service',
    description:
      'Small groups of practice managers, clinical directors and care coordinators from different primary care networks work through a shared problem over four months: same-day access, care home rounds, or making the most of additional roles.\n\nEach group is facilitated by someone who has led the change in their own network, and finishes with a short write-up we publish for all members.',
    orgTypes: ['Primary care network', 'Integrated care board'],
    tiers: [],
    roles: '',
    linkUrl: `${SITE}/programmes/primary-care-peer-learning`,
    isActive: true,
  },
  {
    title: 'Premium policy briefings and roundtables',
    category: 'briefing',
    description:
      'Within 48 hours of a major announcement (a budget, a spending review, new planning guidance) our policy team sends a short briefing on what it means for your organisation, with the figures worked through.\n\nPremium members are also invited to quarterly off-the-record roundtables with senior officials and national leaders.',
    orgTypes: [],
    tiers: ['premium'],
    roles: '',
    linkUrl: '',
    isActive: true,
  },
  {
    title: 'Discounted places at the Northbridge Annual Conference',
    category: 'discount',
    description:
      'Every member organisation can book up to ten places at the annual conference at 40% off the standard rate, and a further two free places for staff in their first year of a leadership role.\n\nThe discount applies automatically when you book with your work email address.',
    orgTypes: [],
    tiers: [],
    roles: '',
    linkUrl: `${SITE}/events/annual-conference`,
    isActive: true,
  },
  {
    title: 'Leadership mentoring scheme',
    category: 'service',
    description:
      'We pair new and aspiring directors with an experienced leader from a different kind of organisation: a hospital chief operating officer with a community trust director, a primary care clinical director with an integrated care board executive.\n\nPairs meet monthly for a year. Mentors give their time freely; we handle the matching and provide a short guide to getting the most from it.',
    orgTypes: [],
    tiers: [],
    roles: 'director, chief, head of, deputy',
    linkUrl: `${SITE}/programmes/leadership-mentoring`,
    isActive: true,
  },
  {
    title: 'International clinical exchange programme',
    category: 'service',
    description:
      'Two-week placements with our partner health systems in Ghana, Kenya and the Philippines, and reciprocal visits to Northbridge members. Clinicians and managers learn how others run services with very different resources, and bring back ideas that travel.\n\nPlacements are part-funded by the federation; applications open each spring.',
    orgTypes: ['Acute trust', 'Mental health trust', 'International partner'],
    tiers: [],
    roles: '',
    linkUrl: `${SITE}/international/exchange`,
    isActive: true,
  },
  {
    title: 'Urgent and emergency care winter summit',
    category: 'event',
    description:
      'A one-day summit each October for the people who keep urgent care moving through winter: emergency department leads, ambulance operations managers and patient flow teams.\n\nSessions cover handover delays, virtual wards and what worked last year, with time to agree shared plans across neighbouring organisations.',
    orgTypes: ['Acute trust', 'Ambulance service'],
    tiers: [],
    roles: '',
    linkUrl: `${SITE}/events/winter-summit`,
    isActive: true,
  },
  {
    title: 'Staff wellbeing webinar series',
    category: 'event',
    description: 'Monthly lunchtime webinars on staff wellbeing and retention. Paused while we plan the next series with members.',
    orgTypes: [],
    tiers: [],
    roles: '',
    linkUrl: '',
    isActive: false,
  },
];
