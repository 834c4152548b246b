// Demo content for Pulse: the fictional "Northbridge Health Federation".
// All organisations, people and figures below are invented for demonstration purposes.
// Dates are expressed relative to the seed run (publishedDaysAgo, startsInDays) so the
// demo site always looks current.

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

type Hero = { file: string; alt: string };

/** Hero illustrations in ./images. Alt text describes the picture, not the article. */
const img = {
  globe: {
    file: 'global-arcs.svg',
    alt: 'Illustration of a teal globe with dotted coral arcs linking points on different continents',
  },
  people: {
    file: 'workforce-people.svg',
    alt: 'Illustration of five health and care workers standing side by side, one wearing a stethoscope',
  },
  finance: {
    file: 'finance-chart.svg',
    alt: 'Illustration of a rising bar chart and trend line beside a stack of coins',
  },
  devices: {
    file: 'digital-devices.svg',
    alt: 'Illustration of a laptop showing a heart-rate trace next to a smartphone health app, linked by circuit lines',
  },
  clinic: {
    file: 'community-clinic.svg',
    alt: 'Illustration of a small community clinic with a cross sign above the door, trees either side and two people outside',
  },
  mind: {
    file: 'calm-mind.svg',
    alt: 'Illustration of a head in profile with gentle wave lines inside it and calm waves flowing alongside',
  },
  shield: {
    file: 'prevention-shield.svg',
    alt: 'Illustration of a shield bearing a heart and pulse line, surrounded by rows of dots representing a population',
  },
  home: {
    file: 'home-care.svg',
    alt: 'Illustration of a house outline with a heart inside, next to a carer and an older person with a walking stick',
  },
  partnership: {
    file: 'partnership-rings.svg',
    alt: 'Illustration of two interlocking rings, one teal and one coral, with a small heart where they overlap',
  },
  stage: {
    file: 'event-stage.svg',
    alt: 'Illustration of a speaker at a lectern beside a presentation screen, with rows of audience members in front',
  },
  documents: {
    file: 'report-documents.svg',
    alt: 'Illustration of a stack of report pages with charts, and a magnifying glass',
  },
  network: {
    file: 'data-network.svg',
    alt: 'Illustration of a network of connected nodes with a padlock at its centre',
  },
} satisfies Record<string, Hero>;

export const items: DemoItem[] = [
  // ---------------------------------------------------------------------------
  // News
  // ---------------------------------------------------------------------------
  {
    kind: 'news',
    slug: 'ethical-recruitment-compact-ghana-kenya-philippines',
    title: 'Northbridge signs ethical recruitment compact with partner health systems in Ghana, Kenya and the Philippines',
    summary:
      'A five-year agreement commits member organisations to recruit internationally only where partner countries have capacity to spare, and to fund training places in those countries in return.',
    body: `Northbridge Health Federation has signed a five-year compact with partner health systems in Ghana, Kenya and the Philippines, setting out how member organisations will recruit nurses, midwives and allied health professionals from those countries, and what they will give back in return.

The agreement, signed at an online ceremony attended by senior nursing leaders from all four health systems, is the first of its kind to be negotiated by a federation rather than by individual employers. It covers 41 member trusts and community providers, which between them employed more than 6,200 internationally educated staff last year.

## What the compact commits us to

Member organisations that sign up agree to:

- recruit only through agencies that meet the federation's ethical recruitment standard, with **no fees charged to candidates** at any stage;
- pause active recruitment in any specialty where a partner reports critical shortages, using a shared dashboard updated every quarter;
- fund at least one training place in the partner country for every ten staff recruited, administered by the **Cape Coast Regional Health Collaborative**, the **Nyanza Lakes County Health Partnership** and the **Visayas Nursing Education Consortium**;
- offer every new international recruit a named pastoral mentor, a structured twelve-week induction and a clear route into specialist and leadership roles.

> "For too long, international recruitment has been something that happened to our health systems rather than with them. This compact gives us a seat at the table, and a way to say 'not now' when we need to."
> Akosua Mensah-Bright, programme director, Cape Coast Regional Health Collaborative

## Why it matters

Internationally educated professionals now make up almost one in five registered nurses across the federation. Our recent [evidence review on workforce mobility](/reports/workforce-mobility-ethical-recruitment-evidence-review) found that outcomes for staff and for source countries were markedly better where employers had long-term partnerships rather than one-off recruitment drives.

Amara Okafor, Head of International Engagement, said the compact had been designed to be practical rather than aspirational. "Every commitment has a named owner and a measure attached. If a member cannot show that it has funded its training places, it will not be able to use the federation's framework agreements for international recruitment."

Tomasz Wren, Director of Workforce Policy, added that the pastoral commitments mattered as much as the recruitment rules. "People who are welcomed properly stay longer and progress further. That is good for them, for patients and for the teams they join."

## What happens next

- The first shared shortage dashboard will be published to members within three months.
- A joint oversight board, chaired in rotation by each of the four partners, will meet twice a year and publish its minutes.
- An independent evaluation will report at the end of year two.

Member organisations that have not yet signed up can do so through their chief people officer. The compact forms part of the wider strategy set out in our [International Engagement Review](/reports/international-engagement-review), and will be discussed in detail at the [International Partnerships Forum](/events/international-partnerships-forum).`,
    topics: ['international', 'workforce'],
    authors: ['amara-okafor', 'tomasz-wren'],
    access: 'public',
    publishedDaysAgo: 0,
    hero: img.globe,
  },
  {
    kind: 'news',
    slug: 'virtual-wards-1900-patients-a-day',
    title: 'Virtual wards now support 1,900 patients a day across member trusts',
    summary:
      'New federation data shows that hospital-at-home services have roughly doubled in capacity over eighteen months, with the biggest gains in frailty and respiratory care.',
    body: `Virtual wards run by member trusts are now caring for an average of 1,900 patients on any given day, according to federation data collected from 23 acute and community providers. That is roughly double the capacity reported eighteen months ago: the equivalent of three medium-sized hospitals, without building a single ward.

## Where the growth has come from

Most of the increase has come from two pathways:

- **Frailty**, where community teams now use a shared assessment so that older people can leave hospital a median of 2.4 days earlier, with daily support at home;
- **Respiratory**, where remote oxygen monitoring allows people with chronic obstructive pulmonary disease to be treated at home through a flare-up.

Heart failure and post-operative pathways are smaller but growing quickly, particularly at Kestrel Bay University Hospitals, which has linked its virtual ward to a consultant-led telephone advice line for GPs.

## The role of primary care

Primary care networks have been central to the model. At Saltmarsh Primary Care Network, practice-based paramedics visit virtual ward patients who need a face-to-face review, and GPs can refer directly without sending patients to the emergency department first.

> "The technology is the easy bit. What makes a virtual ward work is the relationship between the hospital team and the practice that knows the patient."
> Dr Nadia Farrant, Primary Care Clinical Adviser

## What still needs fixing

Members told us that occupancy remains uneven. Some virtual wards run at over 90 per cent while others sit at half capacity because referral routes are unclear to clinicians. Equipment returns are a persistent headache, with one trust losing almost a fifth of its pulse oximeters every quarter.

Rhys Pendleton, who leads our digital and data programme, said the next step was better measurement. "We want to move from counting beds to measuring outcomes: readmissions, patient experience and how many people stay well at home afterwards. We are working with members on a common dataset that would let us do that."

Our [baseline of digital maturity in primary care](/reports/digital-maturity-primary-care-baseline) sets out where practices need most support to take a full part in remote monitoring. Members interested in joining the common dataset pilot should contact the digital team.`,
    topics: ['digital', 'primary-care'],
    authors: ['rhys-pendleton', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 2,
    hero: img.devices,
  },
  {
    kind: 'news',
    slug: 'spending-review-response-capital-investment',
    title: 'Spending review: capital investment must not be the casualty again, federation warns',
    summary:
      'Our response welcomes real-terms growth in day-to-day funding but warns that a £1.3bn maintenance backlog across members will keep growing without a multi-year capital settlement.',
    body: `Northbridge Health Federation has published its formal response to the spending review, welcoming real-terms growth in day-to-day health funding but warning that years of under-investment in buildings, equipment and digital infrastructure are now limiting what members can deliver for patients.

Our members reported a combined maintenance backlog of **£1.3 billion**, of which around £410 million is classed as high or significant risk: leaking roofs over operating theatres, failing electrical systems and ageing scanners that break down several times a month.

## Our key asks

In the response, we call for:

- a **five-year capital settlement**, so that organisations can plan projects beyond a single financial year;
- an end to the practice of switching capital budgets into revenue to close in-year gaps;
- a dedicated fund for **primary care and community estates**, which were largely absent from recent national programmes;
- simpler business case rules for schemes under £15 million, which currently take an average of 19 months to approve.

## Why it matters for patients

Capital is not an abstract line in a spreadsheet. Outdated facilities cause delays: one member reported cancelling 140 planned operations in a year because of theatre ventilation failures. Poor digital infrastructure slows clinicians down, and cramped practices cannot host the extra clinical staff that primary care networks have been funded to employ. The federation's own [£2.4m estates fund for networks](/news/pcn-estates-fund-clinical-space) was oversubscribed more than four times.

> "Revenue funding pays for today's care. Capital decides whether we can deliver tomorrow's. We urge ministers to treat the two as equally important."
> Helen Ashdown, Head of Finance Policy

## Productivity depends on it

The federation supports the government's focus on productivity, but our [Financial Sustainability Survey](/reports/financial-sustainability-survey) found that two-thirds of finance directors see poor estate and equipment as a barrier to improving it. Modern theatres, diagnostic hubs and connected systems are what allow staff to see more patients in the same time, without working harder.

We will continue to press these points with the Treasury and the department, and will brief members in detail at the next [Finance Directors' Network briefing](/events/finance-directors-network-briefing).`,
    topics: ['finance'],
    authors: ['helen-ashdown'],
    access: 'public',
    publishedDaysAgo: 9,
    hero: img.finance,
  },
  {
    kind: 'news',
    slug: 'talking-therapies-waiting-times-fall',
    title: 'Talking therapies waiting times fall at four of six mental health providers',
    summary:
      'Median waits for a first appointment are now under three weeks in most of the federation, helped by clinician-led triage, group courses and evening clinics.',
    body: `People referred to talking therapies in most of the federation are now being seen faster, with median waits for a first appointment falling at four of our six mental health providers over the past year.

At Calder Vale Mental Health Partnership, the median wait dropped from 34 days to 17, while Eastmoor Community Health Trust more than halved its longest waits. Two providers saw waits rise slightly, largely because of vacancies among high-intensity therapists.

## What made the difference

Providers pointed to a handful of changes that others could copy:

- **Single-point triage** led by experienced clinicians, so that people are matched to the right level of support at first contact;
- **Group-based courses** for anxiety and low mood, offered in community venues as well as online;
- **Evening and weekend clinics**, which reduced missed appointments among people working shifts;
- **Employment advisers** embedded in therapy teams, helping people to stay in or return to work.

> "We stopped treating the waiting list as one long queue. Once we looked at who was waiting and why, we found that a third of people could be helped by a course starting the following week."
> Dr Femi Aluko, clinical director for psychological therapies, Calder Vale Mental Health Partnership

## Recovery rates hold steady

Faster access has not come at the cost of quality. Recovery rates across the federation held at around 50 per cent, and patient-reported experience scores improved slightly, particularly for people offered a choice of face-to-face or online sessions.

Owen Lockhart, our Mental Health Policy Manager, cautioned that the gains were fragile. "Much of the improvement rests on a small number of experienced therapists. If we cannot retain them, waits will rise again. Training places and supervision capacity need as much attention as access targets."

## Next steps

The federation's mental health network will publish a short practice guide drawn from the four improving providers, including triage scripts and course materials that others can adapt.

We are also looking at how talking therapies connect to urgent and crisis care, building on our report [Mental Health Crisis Pathways: What Works](/reports/mental-health-crisis-pathways-what-works). People who reach a crisis service often have a history of waiting for, or dropping out of, earlier support.`,
    topics: ['mental-health'],
    authors: ['owen-lockhart'],
    access: 'public',
    publishedDaysAgo: 15,
    hero: img.mind,
  },
  {
    kind: 'news',
    slug: 'care-homes-pilot-shared-medication-records',
    title: 'Care homes pilot shared medication records to cut errors after hospital discharge',
    summary:
      "Twenty-two care homes in the Harrowfield area can now see a resident's up-to-date medicines list as soon as they leave hospital, instead of waiting for a paper summary.",
    body: `Twenty-two care homes in the Harrowfield area are taking part in a federation-supported pilot that gives senior care staff read-only access to residents' medication information through the local shared care record.

Until now, when a resident returned from hospital the home would typically receive a printed discharge summary, sometimes days later, and have to reconcile it by hand against the old medicines chart. Transfers between hospital and care home are well known to be one of the riskiest points for medication errors, and care staff often had no way of knowing why a medicine had been stopped or changed.

## How the pilot works

- Senior carers and nurses in participating homes sign in with an individual account issued by the council's care provider support team.
- They can see the hospital's discharge medication list, any changes made during the stay and the reasons recorded for them.
- Community pharmacists at Harrowfield Primary Care Network review every discharge within 48 hours and contact the home if anything looks wrong.

## Early results

In the first four months, homes recorded **61 per cent fewer medication discrepancies** at discharge than in the same period a year earlier. Staff said that the time taken to update medicine charts had fallen from an average of 50 minutes per resident to under 20.

> "It sounds small, but knowing exactly why a tablet has been stopped means we can explain it to the resident and their family with confidence."
> Jo Whitlock, deputy manager, Orchard House care home

## Information governance

The federation worked with the local authority and the hospital's data protection officer to agree a data sharing framework that limits access to the information care staff genuinely need. Every access is logged and audited monthly, and residents and families were told about the pilot in advance.

Marcus Delaney, Social Care Partnerships Manager, said the pilot showed that social care could be a full partner in shared records. "Care homes have too often been the last to know. This flips that."

Rhys Pendleton, Digital and Data Programme Lead, said the federation would publish the governance templates so that other areas could adopt the approach without starting from scratch. To hear from the homes involved, join our [webinar on making the shared care record work for social care](/events/webinar-shared-care-record-social-care).`,
    topics: ['social-care', 'digital'],
    authors: ['marcus-delaney', 'rhys-pendleton'],
    access: 'public',
    publishedDaysAgo: 19,
    hero: img.home,
  },
  {
    kind: 'news',
    slug: 'pcn-estates-fund-clinical-space',
    title: 'Primary care networks share £2.4m fund to create more clinical space',
    summary:
      'Eighteen projects will turn offices, storerooms and empty community buildings into consulting rooms, creating space for around 140 extra clinical sessions a week.',
    body: `Eighteen primary care networks across the federation will share a £2.4 million fund to convert underused space into consulting and treatment rooms, the federation's primary care board has confirmed.

The fund was created after members told us that a lack of space had become one of the main barriers to making full use of the additional roles networks have been funded to recruit. Pharmacists, physiotherapists, mental health practitioners and care co-ordinators all need somewhere to see patients, yet many practices work from buildings designed decades ago for a handful of GPs.

## What the money will pay for

Successful bids include:

- converting a former records store at Westbrook Health Centre into three consulting rooms;
- refitting a closed library branch in Ashby as a shared hub for physiotherapy and social prescribing;
- adding a modular treatment room to a rural branch surgery to host blood tests and wound care clinics;
- upgrading ventilation and lighting in two practices so that existing rooms can be used for clinical work.

Together, the projects will create space for around **140 additional clinical sessions a week**.

## How projects were chosen

A panel that included patient representatives scored bids on the number of sessions created, cost per session, speed of delivery and whether the space would serve areas of high deprivation. Every project had to be deliverable within twelve months.

> "Some of the best bids were the least glamorous. A well-lit room with a sink and a couch can transform what a network is able to offer."
> Dr Nadia Farrant, Primary Care Clinical Adviser

## A small fund against a large need

Helen Ashdown, Head of Finance Policy, noted that the fund was small compared with the need. "Our members estimate the primary care estates shortfall at well over £60 million. This fund shows what targeted investment can achieve, and strengthens the case for a national programme."

The shortage of space is also a workforce issue. Our [Primary Care Workforce Census](/reports/primary-care-workforce-census) found that several networks had delayed recruitment because they had nowhere for new staff to work.

Networks that were unsuccessful in this round will receive written feedback and support to prepare bids for the next one.`,
    topics: ['primary-care', 'finance'],
    authors: ['nadia-farrant', 'helen-ashdown'],
    access: 'public',
    publishedDaysAgo: 340,
    hero: img.clinic,
  },
  {
    kind: 'news',
    slug: 'international-fellows-fourth-cohort',
    title: 'International Fellows Programme welcomes its fourth cohort',
    summary:
      'Twenty-six clinicians and managers from eleven countries begin a year-long placement with member organisations, each leading an improvement project they will take home.',
    body: `The federation's International Fellows Programme has welcomed its fourth and largest cohort: 26 clinicians and health managers from eleven countries, who will spend the next twelve months working alongside teams in member organisations.

The programme pairs each fellow with a host team and a quality improvement project that is relevant both here and in their home health system. This year's projects range from sepsis recognition on medical wards to text message appointment reminders in community clinics and stock management for essential medicines.

## Who is taking part

This year's fellows include:

- nine nurses and midwives, including three ward managers;
- six doctors in specialty training;
- five pharmacists and laboratory scientists;
- six managers working in hospital operations, finance and health information.

They come from countries including Ghana, Kenya, Nepal, the Philippines, Sierra Leone and Uganda. Every fellow is nominated by their home organisation, which guarantees them a role on their return so that the skills they develop stay in their own health system.

## Learning in both directions

The programme is deliberately two-way. Host teams report that fellows bring fresh perspectives on working with limited resources, engaging communities and sharing tasks between professions.

> "Our fellow from Nepal redesigned our handover in a fortnight, using a method she had developed in a district hospital with no electronic records. It was simpler and safer than what we had."
> Ward sister, Greyfriars Teaching Hospitals Trust

## Ethical by design

Because fellows go home at the end of their placement, the programme builds capability without drawing people away from systems that need them. Amara Okafor, Head of International Engagement, said: "Fellowships are one of the most effective contributions we can make to global health. Everyone involved comes out of them better at their job."

The programme sits alongside the federation's other partnerships, including our long-running [twinning programme with Portugal and Poland](/news/twinning-programme-portugal-poland) and our [Global Health Exchange on community health workers](/events/global-health-exchange-community-health-workers).

Member organisations interested in hosting a fellow in the next round should register their interest with the international team. Host teams receive a one-day preparation workshop and ongoing support throughout the year.`,
    topics: ['international', 'workforce'],
    authors: ['amara-okafor'],
    access: 'public',
    publishedDaysAgo: 34,
    hero: img.partnership,
  },
  {
    kind: 'news',
    slug: 'measles-catch-up-clinics-reach-11000-children',
    title: 'Measles catch-up clinics reach more than 11,000 children',
    summary:
      "Pop-up clinics in schools, libraries and community centres raised two-dose MMR coverage in the federation's lowest-uptake neighbourhoods by an average of nine percentage points.",
    body: `More than 11,000 children and young people have received a missed dose of the measles, mumps and rubella (MMR) vaccine through catch-up clinics run by federation members over the past six months.

The campaign focused on the 40 neighbourhoods with the lowest uptake, where coverage of two doses by the age of five had fallen below 80 per cent, well short of the 95 per cent needed to prevent outbreaks. In those areas, two-dose coverage has now risen by an average of **nine percentage points**.

## Taking vaccination to families

Rather than relying on invitation letters alone, primary care networks and school immunisation teams worked with councils and community groups to:

- run **pop-up clinics** in libraries, leisure centres, places of worship and a football club;
- offer **after-school and Saturday sessions**, so that working parents did not need to take time off;
- train **community champions** who speak the main local languages to answer parents' questions;
- send **text reminders** from the child's own practice, with a link to book.

> "Parents were not refusing. Most had simply fallen through the gaps after moving house or changing practice. When we made it easy, they came."
> Dr Nadia Farrant, Primary Care Clinical Adviser

## Data made the difference

Public health teams used linked records to identify children who had missed doses, then shared lists securely with practices. Isla Fenwick, Head of Public Health and Prevention, described this as the most important and least visible part of the campaign.

"We found children recorded as unvaccinated simply because their records had not followed them between areas. Cleaning up that data was as valuable as the clinics themselves."

## Keeping the gains

The federation is working with members to make the most successful approaches permanent, including Saturday clinics and community champions, and to extend them to other childhood immunisations.

We will share the full evaluation at our [annual conference on prevention at scale](/events/annual-conference-prevention-at-scale). The [Health Inequalities Atlas](/reports/health-inequalities-atlas) shows where gaps in uptake overlap with other measures of disadvantage, and is being used to plan the next phase.`,
    topics: ['public-health', 'primary-care'],
    authors: ['isla-fenwick', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 38,
    hero: img.shield,
  },
  {
    kind: 'news',
    slug: 'pay-award-briefing-trust-budgets',
    title: "Members' briefing: what the pay award means for trust budgets",
    summary:
      'Our analysis estimates an unfunded pressure of between 0.4 and 0.9 per cent of pay bills, depending on staff mix, and sets out the questions boards should be asking now.',
    body: `This briefing is for finance directors, chief people officers and board members in member organisations. It summarises our analysis of the latest pay award and what it means for budgets in the current financial year.

## The headline numbers

The award is higher than the figure assumed in planning guidance. Our modelling, based on workforce data from 52 member organisations, suggests:

- an **unfunded pressure of between 0.4 and 0.9 per cent of pay bills**, depending on each organisation's staff mix;
- the largest pressures in **community and mental health providers**, where a higher share of spending goes on staff;
- a combined shortfall across members of around **£96 million** if no additional funding is made available.

Organisations with high bank spending face a further pressure, because many bank rates are linked to substantive pay scales. Agency rates are less directly affected but may rise as agencies respond to the new substantive rates.

## Questions for boards

We suggest that boards ask:

1. Has the pay award been fully reflected in the latest forecast, including bank staff and employer on-costs?
2. What assumptions have been made about additional national funding, and what happens if they prove optimistic?
3. Which planned service developments or recruitment would be paused first, and what would the impact be on patients?
4. How are staff side colleagues being kept informed?

## Our position

> "Staff deserve a fair award, and we welcome it. But it must be fully funded, or the cost will be paid by patients in longer waits."
> Helen Ashdown, Head of Finance Policy

We have written to the department setting out our figures and asking for clarity on funding before the next quarterly review.

Tomasz Wren, Director of Workforce Policy, warned that any squeeze on recruitment would undermine recent progress on retention. "Our [staff survey analysis](/news/staff-survey-first-two-years-retention) shows how much early-career support matters. Those are exactly the programmes that get cut first when budgets tighten."

## Further support

The detailed model, including a calculator that members can populate with their own workforce data, is available to finance leads on request. The [Financial Sustainability Survey](/reports/financial-sustainability-survey) provides wider context on the pressures facing members this year.`,
    topics: ['finance', 'workforce'],
    authors: ['helen-ashdown', 'tomasz-wren'],
    access: 'members',
    publishedDaysAgo: 75,
    hero: img.finance,
  },
  {
    kind: 'news',
    slug: 'european-network-antimicrobial-resistance',
    title: 'Northbridge joins European network tackling antimicrobial resistance across borders',
    summary:
      'Seven member trusts will share aggregated resistance data and stewardship practice with hospitals in Portugal, Poland and the Netherlands through a new learning network.',
    body: `Seven member trusts have joined a new European learning network on antimicrobial resistance (AMR), which will allow hospitals in four countries to compare resistance patterns, prescribing data and stewardship practice.

The network, coordinated by a university hospital consortium in the Netherlands, brings together 28 hospitals in Portugal, Poland, the Netherlands and the UK. Our participation builds on the federation's long-standing [twinning programme](/news/twinning-programme-portugal-poland) with regional health services in Portugal and Poland.

## Why cross-border learning matters

Resistant infections do not respect national borders. Patients travel, supply chains are global and resistance spreads between bacteria regardless of where it first appeared. Yet most hospitals benchmark only against their neighbours.

Through the network, participating trusts will:

- submit **aggregated, anonymised data** on resistance in a defined set of priority organisms every quarter;
- compare antibiotic use per 1,000 bed days, broken down by specialty;
- take part in **peer visits** focused on stewardship ward rounds, diagnostics and infection prevention;
- jointly test interventions, starting with **rapid diagnostic testing in emergency departments** to reduce unnecessary broad-spectrum prescribing.

> "We already know how our rates compare with the hospital down the road. What we have not had is a view of how a hospital in Porto or Gdańsk has reduced its use of last-resort antibiotics, and what we can borrow."
> Dr Sunita Rao-Kendrick, consultant microbiologist, Kestrel Bay University Hospitals

## Safeguards

All data shared will be aggregated and anonymised, and the federation's information governance group has reviewed the data sharing agreement. No patient-level information will leave the UK.

## A public health priority

Isla Fenwick, Head of Public Health and Prevention, said AMR remained one of the most serious long-term threats to health. "Stewardship is often seen as a hospital issue, but most antibiotics are prescribed in the community. We want the lessons from this network to reach general practice and community pharmacy too."

Amara Okafor, Head of International Engagement, said the network showed international collaboration delivering practical benefit. "This is not about travel or conferences. It is about data and practice that will change what happens on our wards."`,
    topics: ['international', 'public-health'],
    authors: ['amara-okafor', 'isla-fenwick'],
    access: 'public',
    publishedDaysAgo: 258,
    hero: img.network,
  },
  {
    kind: 'news',
    slug: 'staff-survey-first-two-years-retention',
    title: 'Staff survey: the first two years are where we win or lose our people',
    summary:
      'Analysis of responses from more than 38,000 staff shows leavers are most likely to go within two years of joining, and that induction, flexible rostering and mentoring make the biggest difference.',
    body: `New analysis of the annual staff survey across 44 member organisations shows that the first two years in post are the most precarious period for retention, and that a few practical measures are strongly associated with people choosing to stay.

The federation analysed responses from more than 38,000 staff alongside anonymised workforce records. Staff with less than two years' service were almost twice as likely as longer-serving colleagues to say they were actively looking for another job, and accounted for **43 per cent of all voluntary leavers**.

## What helps people stay

Organisations with the lowest early-career turnover shared several features:

- a **structured induction** lasting several weeks, rather than a single corporate day;
- **flexible rostering** that lets staff request shifts at least six weeks in advance;
- a **named mentor or buddy** outside the line management chain;
- regular, protected time for **learning and development**;
- visible action on **violence and aggression** from patients and the public.

Where all five were in place, staff in their first two years were 31 per cent less likely to report an intention to leave.

## Differences between groups

Internationally educated staff reported higher satisfaction with induction but lower satisfaction with career progression. Staff from Black and minority ethnic backgrounds remained more likely to report experiencing discrimination from colleagues, a finding that has barely changed over three years.

> "The data are telling us something we half knew: the way we welcome people matters enormously, and we cannot keep people whose careers stall."
> Tomasz Wren, Director of Workforce Policy

## What the federation will do

We will publish a short retention guide based on these findings and support a peer network of people directors focused on early-career retention. We are also building on the [Primary Care Workforce Census](/reports/primary-care-workforce-census) to extend the analysis to general practice, where comparable data have been scarce.

Member organisations can request a benchmarked summary of their own results from the workforce intelligence team.`,
    topics: ['workforce'],
    authors: ['tomasz-wren'],
    access: 'public',
    publishedDaysAgo: 325,
    hero: img.people,
  },
  {
    kind: 'news',
    slug: 'crisis-cafes-extend-opening-hours',
    title: 'Crisis cafés extend opening hours across three boroughs',
    summary:
      'Evening sanctuaries run by voluntary sector partners will now open until 2am every night, giving people in emotional distress an alternative to the emergency department.',
    body: `Crisis cafés in three boroughs served by Calder Vale Mental Health Partnership will now open seven nights a week until 2am, following a successful year-long trial of extended hours.

The cafés, known locally as sanctuaries, are run by voluntary sector partners and offer a calm, non-clinical space for adults experiencing emotional distress. Visitors can talk to trained staff and peer supporters, make a safety plan and, where needed, be linked to the mental health crisis team without going through an emergency department.

## What the trial showed

During the trial, the three sanctuaries received more than 5,600 visits. An independent evaluation found that:

- around **seven in ten visitors** said they would otherwise have gone to an emergency department, called an ambulance or contacted the police;
- mental health attendances at the local emergency department between 10pm and 2am **fell by 18 per cent**;
- fewer than one in twenty visitors needed an onward referral to secondary mental health services that night.

## Joining up health and social care

The extension is jointly funded by the mental health trust and two local authorities. Housing officers and debt advisers now hold regular drop-in sessions at the sanctuaries, recognising that many crises are triggered by problems with money, housing or relationships.

> "People don't arrive at 11pm because their diagnosis has changed. They arrive because something in their life has fallen apart. Having a housing officer here the next day changes what we can offer."
> Lena Marsh-Ibrahim, service manager at one of the sanctuaries

Owen Lockhart, Mental Health Policy Manager, said crisis cafés worked best as part of a wider pathway rather than as a standalone service. "The sanctuaries succeed because the crisis team, the police and the council all know they exist and trust them."

Marcus Delaney, Social Care Partnerships Manager, added that social care partners had been essential to making the extended hours sustainable, both financially and through the advice services now on offer.

## Learning for other areas

The sanctuaries are one of several models examined in our report [Mental Health Crisis Pathways: What Works](/reports/mental-health-crisis-pathways-what-works). Members considering similar services can contact the mental health network for the evaluation framework and a sample service specification.`,
    topics: ['mental-health', 'social-care'],
    authors: ['owen-lockhart', 'marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 92,
    hero: img.mind,
  },
  {
    kind: 'news',
    slug: 'cyber-resilience-exercise-19-members',
    title: 'Cyber resilience exercise tests 19 member organisations',
    summary:
      'A simulated ransomware attack on a shared pathology system exposed gaps in downtime procedures and supplier contacts. Lessons and templates are available to registered users.',
    body: `Nineteen member organisations took part in the federation's largest cyber resilience exercise to date: a full-day simulation of a ransomware attack on a pathology system shared by three acute trusts and dozens of GP practices.

The scenario, designed with an independent security consultancy, began with blood test results failing to appear in clinical systems and escalated over the day to a ransom demand, a suspected data leak and questions from the media.

## What went well

- Most organisations activated their incident response plans within 45 minutes.
- Clinical teams quickly switched to **paper request forms** and telephone reporting of critical results.
- Communications teams coordinated well, agreeing a single public statement within two hours.

## Where the gaps were

The exercise also exposed weaknesses that many members will recognise:

- **Downtime procedures** had not been updated since systems changed, and several referred to software no longer in use.
- Out-of-hours **contact details for key suppliers** were missing or wrong in a third of plans.
- GP practices were often unsure who would tell them that results were unavailable, or how to prioritise urgent samples.
- Few organisations had rehearsed how long they could operate manually, or what would trigger diverting work to another laboratory.

> "An attack on one system is an attack on everyone who relies on it. The exercise showed how tightly connected we are, and why our plans need to be connected too."
> Rhys Pendleton, Digital and Data Programme Lead

## Resources for members

Drawing on the lessons from the day, we have produced:

1. a template downtime procedure for shared clinical systems;
2. a supplier contact checklist to be reviewed every quarter;
3. a briefing note for GP practices on what to expect during a pathology outage;
4. a one-page summary for non-executive directors.

Registered users can request the full exercise report from the digital team. Security requirements for suppliers are also covered in our [open standard for patient-facing apps](/news/open-standard-patient-facing-apps), and we will run a follow-up tabletop exercise focused on primary care later in the year.`,
    topics: ['digital'],
    authors: ['rhys-pendleton'],
    access: 'registered',
    publishedDaysAgo: 195,
    hero: img.network,
  },
  {
    kind: 'news',
    slug: 'home-care-shared-recruitment-campaign',
    title: 'Shared recruitment campaign launches for home care workers',
    summary:
      'Twelve home care providers and four councils are pooling budgets for a single campaign offering guaranteed hours, paid training and a route into wider health and care careers.',
    body: `Twelve home care providers and four local authorities have launched a joint recruitment campaign, supported by the federation, aimed at filling around 450 vacant home care posts in the eastern part of the federation.

Home care has some of the highest vacancy rates anywhere in health and care. Providers told us they were competing against each other, and against retail and hospitality employers, for the same small pool of applicants, often with near-identical adverts.

## A different offer

The campaign is built around a common offer that every participating provider has signed up to:

- **guaranteed minimum hours** for those who want them, ending the use of zero-hours contracts for new starters;
- **paid travel time** between visits;
- a fully paid **two-week induction** before any lone working begins;
- access to a **care academy** offering accredited qualifications and, for those who want it, a route into nursing or therapy apprenticeships with member trusts.

## One front door

Applicants apply once through a single website and are matched to providers based on where they live, whether they drive and the hours they can work. Council-funded driving lessons are available for applicants in rural areas, where a lack of transport has long been a barrier.

> "For years we have asked people to choose between caring and paying their bills. This campaign tries to take some of that choice away."
> Marcus Delaney, Social Care Partnerships Manager

## Why health partners are involved

Delays in leaving hospital are often caused by a lack of home care. Two acute trusts have contributed funding on the basis that every additional care package helps someone get home sooner and frees a hospital bed for another patient.

Tomasz Wren, Director of Workforce Policy, said the campaign was a test of whether health and care could recruit as one workforce. "If it works, we want to extend the model to other areas and to other roles where we are all competing for the same people."

The campaign will be evaluated over its first year. Our [social care market sustainability briefing](/reports/adult-social-care-market-sustainability-briefing) sets out the wider financial pressures facing providers.`,
    topics: ['social-care', 'workforce'],
    authors: ['marcus-delaney', 'tomasz-wren'],
    access: 'public',
    publishedDaysAgo: 110,
    hero: img.people,
  },
  {
    kind: 'news',
    slug: 'kenyan-delegation-community-health-hubs',
    title: "Kenyan county health leaders study Northbridge's community health hubs",
    summary:
      'A week-long exchange examined how primary care networks bring together nursing, pharmacy and social prescribing, with a return visit planned to study community health promoters.',
    body: `A delegation of eight county health managers and primary care leads from western Kenya spent a week with federation members, studying how community health hubs bring together general practice, community nursing, pharmacy and voluntary sector support.

The visit was organised with the Nyanza Lakes County Health Partnership, one of the federation's longest-standing international partners, and focused on how services are organised around neighbourhoods of 30,000 to 50,000 people.

## What the delegation saw

Over five days, the visitors:

- observed multidisciplinary team meetings at Saltmarsh Primary Care Network, where GPs, district nurses and social workers review patients at highest risk of hospital admission;
- spent a day with community pharmacists running blood pressure checks in supermarkets and barbers' shops;
- met social prescribing link workers and the voluntary groups they refer people to;
- discussed funding and contracting with the federation's primary care board.

## Learning runs both ways

Kenya's network of community health promoters, who visit households to provide health education, screening and referral, has long interested primary care leaders here. The delegation was candid about what the federation could learn.

> "You have extraordinary data and specialist skills, but your system often waits for people to come to it. Our promoters go to every household. There is something in combining the two."
> County director of health, speaking at the federation's offices

Dr Nadia Farrant, Primary Care Clinical Adviser, said the comparison was striking. "Our outreach on blood pressure and vaccination already borrows from the community health worker model. There is much more we could do, especially in neighbourhoods where people rarely see a GP until they are very unwell."

## What comes next

The visit followed our online [Global Health Exchange on community health worker models](/events/global-health-exchange-community-health-workers), at which several of the delegates spoke. A return visit is now planned, in which a group of federation primary care leaders will spend time with community health units and county teams.

Amara Okafor, Head of International Engagement, said: "Exchanges like this are at their best when both sides come away with something to try on Monday morning."`,
    topics: ['international', 'primary-care'],
    authors: ['amara-okafor', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 143,
    hero: img.clinic,
  },
  {
    kind: 'news',
    slug: 'heat-health-lessons-care-settings',
    title: 'Heat and health: what care settings learned from the hottest spells of the past year',
    summary:
      'A federation review of heat-related incidents in care homes, hospitals and community services finds that simple protective measures were applied inconsistently.',
    body: `Care homes, hospitals and community services need to plan for extreme heat as a routine risk rather than an occasional emergency, according to a review of heat-related incidents led by the federation's public health network.

The review looked at incident reports, staff feedback and local data from 31 organisations during the hottest spells of the past year, when temperatures exceeded 30°C for several consecutive days across much of the region.

## What the review found

- Fewer than half of the care homes in the sample had **room-by-room temperature monitoring**, and many relied on staff noticing that residents seemed unwell.
- Several hospitals recorded ward temperatures above 28°C for prolonged periods, particularly in older buildings with large south-facing windows.
- **Hydration support** was strongest where homes used simple tools such as coloured jugs and hourly drinks rounds.
- Community nurses and home care workers were often the first to spot people at risk who lived alone, but had no clear route for raising concerns out of hours.

## What works

Organisations that coped best had:

1. a named heat lead and a plan tested before hot weather arrived;
2. designated **cool rooms** in care homes and on wards;
3. daily checks on people known to be at high risk, shared between health and social care;
4. rotas adjusted to reduce heavy physical work during the hottest part of the day.

> "Heat is a slow-burn emergency. It rarely makes headlines, but it quietly increases deaths among frail older people."
> Isla Fenwick, Head of Public Health and Prevention

## Care homes need support

Marcus Delaney, Social Care Partnerships Manager, said many care homes lacked the capital to install shading, fans or cooling. "We are asking councils and health partners to treat heat resilience in care homes as part of their plans for hospital discharge and avoiding admissions, not as something providers must fund alone."

The federation has produced a heat and health checklist for care settings, which members can adapt. The findings have also informed the environmental indicators in our [Health Inequalities Atlas](/reports/health-inequalities-atlas), which maps where heat risk and deprivation overlap.`,
    topics: ['public-health', 'social-care'],
    authors: ['isla-fenwick', 'marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 156,
    hero: img.shield,
  },
  {
    kind: 'news',
    slug: 'open-standard-patient-facing-apps',
    title: 'Federation publishes open standard for patient-facing health apps',
    summary:
      'The standard sets shared expectations on accessibility, data protection, clinical safety and interoperability for digital services commissioned by members, and is free for anyone to reuse.',
    body: `The federation has published an open standard for patient-facing digital services, setting out the minimum expectations for apps and websites commissioned by member organisations.

Members told us they were each assessing the same suppliers against slightly different checklists, which was slow for them and frustrating for suppliers. The new standard brings these requirements together in one place.

## What the standard covers

The standard has six sections:

- **Accessibility**: services must meet WCAG 2.2 at level AA and be tested with disabled people before launch.
- **Data protection**: data must be collected only for clearly stated purposes, with no advertising trackers and clear retention periods.
- **Clinical safety**: suppliers must maintain a clinical safety case and name a clinical safety officer.
- **Interoperability**: services must use recognised open standards to exchange data with clinical systems, rather than proprietary integrations.
- **Security**: regular penetration testing, multi-factor authentication for staff accounts and a published vulnerability disclosure policy.
- **Usability**: evidence of research with patients, including people with low digital confidence.

## Free to reuse

The standard is published under an open licence, so any organisation can adopt or adapt it. Suppliers can assess themselves against it once and share the results with several members, rather than completing separate questionnaires for each.

> "We want members to spend less time on procurement paperwork and more time asking whether a service actually helps patients."
> Rhys Pendleton, Digital and Data Programme Lead

## Developed with patients

The standard was developed over six months with member digital leads, information governance specialists and a patient panel of 14 people, including several who use screen readers or have limited access to the internet.

The panel pushed strongly for one requirement in particular: that every digital service has a **non-digital alternative** of equal quality. "Nobody should be disadvantaged because they cannot, or would rather not, use an app," said one panel member.

## Next steps

The standard will be reviewed every year. Members and suppliers can send feedback to the digital team at any time, and we will publish a summary of changes with each new version.`,
    topics: ['digital'],
    authors: ['rhys-pendleton'],
    access: 'public',
    publishedDaysAgo: 365,
    hero: img.devices,
  },
  {
    kind: 'news',
    slug: 'perinatal-mental-health-coastal-teams',
    title: 'New community perinatal mental health teams launch in the coastal towns',
    summary:
      "Two new teams will support women and birthing people with moderate to severe mental health needs from pregnancy until their child's second birthday, closing a long-standing gap.",
    body: `Women and birthing people living along the federation's coastal strip now have access to specialist community perinatal mental health care, after two new teams began taking referrals.

Until now, the coastal towns were the only part of the federation without a dedicated perinatal service. Women needing specialist support often faced round trips of more than two hours to reach appointments, or were supported by general adult mental health teams with limited experience of pregnancy and early parenthood.

## What the teams offer

The teams, hosted by Eastmoor Community Health Trust, include psychiatrists, specialist nurses, psychologists, occupational therapists, nursery nurses and peer support workers. They provide:

- assessment and treatment for moderate to severe conditions, including postnatal depression, anxiety disorders, birth trauma and postpartum psychosis;
- **pre-conception advice** for women with existing mental health conditions who are planning a pregnancy;
- support for the relationship between parent and baby, including parent-infant therapy;
- **home visits** for those who find travelling difficult;
- support and signposting for partners.

Care is available from pregnancy until the child's second birthday.

## Designed with local families

The service was designed with a group of local parents with lived experience, who shaped everything from the location of clinic bases to the wording of appointment letters.

> "When I was unwell after my son was born, nobody locally knew what to do with me. Knowing that women here will now be seen by people who understand is enormous."
> Member of the service design group

## Part of a wider picture

Owen Lockhart, Mental Health Policy Manager, welcomed the launch but said recruitment remained challenging. "Two posts are still vacant, and perinatal expertise is in short supply everywhere. We are working with members on joint training to grow the specialist workforce rather than moving the same small group of people around."

Maternity services, health visitors and GPs across the area have been briefed on the new referral routes. Self-referral will be introduced once the teams are fully staffed.`,
    topics: ['mental-health'],
    authors: ['owen-lockhart'],
    access: 'public',
    publishedDaysAgo: 215,
    hero: img.mind,
  },
  {
    kind: 'news',
    slug: 'chief-executives-roundtable-productivity-wellbeing',
    title: "Chief executives' roundtable: improving productivity without burning out staff",
    summary:
      'Leaders from 16 member organisations discussed how to deliver more care within tight budgets while protecting staff wellbeing. A summary of the discussion is available to registered users.',
    body: `Chief executives from 16 member organisations met at the federation's offices for a roundtable on one of the hardest questions facing health and care leaders: how to increase productivity without simply asking already-stretched staff to work harder.

The discussion was held under the Chatham House Rule, and this summary does not attribute comments to individuals.

## Shared starting points

Participants agreed that:

- productivity is about **removing waste and delay**, not increasing the pace of individual work;
- the biggest gains are often in **flow between services**: discharge, diagnostics and handovers;
- staff engagement is a precondition, because frontline teams know where time is being lost;
- national metrics often fail to capture productivity gains in community, mental health and primary care.

## Where views differed

There was a lively debate about technology. Some leaders described substantial time savings from digital tools, such as voice recognition for clinical notes and automated rostering. Others warned that poorly implemented systems had added clicks and reduced productivity for years after launch.

Participants also differed on targets. Several argued that a small number of clear, locally owned goals had helped focus improvement. Others felt that nationally set targets too often encouraged gaming and contributed to burnout.

> "Every hour a nurse spends searching for equipment or chasing a bed is an hour not spent with a patient. That is where we should start."
> Chief executive, acute trust

## What leaders asked of the federation

- A **shared library of productivity improvements**, with evidence of what worked and what it cost.
- Better benchmarking that puts **staff experience** alongside activity and cost.
- Continued lobbying for **multi-year funding**, so that invest-to-save schemes become realistic.

Helen Ashdown, Head of Finance Policy, and Tomasz Wren, Director of Workforce Policy, will take these requests forward through the finance and workforce networks. The next roundtable will look at how boards can measure productivity and staff wellbeing together rather than as competing priorities.`,
    topics: ['finance', 'workforce'],
    authors: ['helen-ashdown', 'tomasz-wren'],
    access: 'registered',
    publishedDaysAgo: 232,
    hero: img.partnership,
  },
  {
    kind: 'news',
    slug: 'same-day-access-hubs-first-year-evaluation',
    title: 'Same-day access hubs: first-year evaluation finds fewer emergency department visits',
    summary:
      'Network hubs offering urgent same-day appointments freed GP time for complex patients and were associated with a 7 per cent fall in minor-illness attendances at emergency departments.',
    body: `Same-day access hubs run by primary care networks have been associated with a 7 per cent reduction in emergency department attendances for minor illness, according to an independent evaluation of their first year.

Eleven networks set up hubs in which a team of GPs, advanced nurse practitioners, paramedics and pharmacists see patients with urgent but straightforward problems on the day, on behalf of every practice in the network. Patients are booked in by their own practice or through the urgent care telephone service.

## Key findings

- The hubs delivered around **4,800 appointments a week** across the eleven networks.
- Most patients were seen within four hours of first contact.
- GPs in participating practices reported spending more time with patients with complex or long-term conditions, with average appointment lengths rising from 11 to 14 minutes.
- Patient satisfaction was high for speed of access but lower for **continuity**, with some patients disappointed not to see their usual clinician.

## The continuity question

The evaluation highlights a tension at the heart of primary care: quick access for urgent problems and continuity of care for complex needs can pull in opposite directions.

> "Hubs work well for a sore throat or a urine infection. They are not the right place for an older person with five long-term conditions who needs someone who knows them. The point of the hub is to protect that continuity in the practice."
> Dr Nadia Farrant, Primary Care Clinical Adviser

Networks with the best results used clear protocols about which patients should be booked into the hub and which should stay with their practice, and shared records so that hub clinicians could see the full history.

## Recommendations

The evaluation recommends that networks:

1. agree explicit criteria for hub bookings;
2. protect continuity appointments in practices for patients with complex needs;
3. monitor outcomes such as repeat attendance within seven days;
4. invest in shared records and clinical governance across practices.

The federation's primary care board will use the findings to produce practical guidance for networks considering a hub, including model protocols and a short list of measures to track from day one.`,
    topics: ['primary-care'],
    authors: ['nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 270,
    hero: img.clinic,
  },
  {
    kind: 'news',
    slug: 'twinning-programme-portugal-poland',
    title: 'Twinning programme with regional health services in Portugal and Poland enters second phase',
    summary:
      'After three years of staff exchanges, the partnership will concentrate on three shared priorities: infection prevention, stroke care and using data to tackle health inequalities.',
    body: `The federation's twinning programme with regional health services in northern Portugal and Pomerania in Poland has entered a second three-year phase, with a sharper focus on three priorities that all partners share.

Since the programme began, more than 120 staff have taken part in short exchanges, and partner teams have worked together on improvement projects ranging from falls prevention to the procurement of medical devices.

## Three priorities for the next phase

Partners have agreed to concentrate on:

- **Infection prevention and antimicrobial stewardship**, comparing approaches to surveillance and ward-level practice;
- **Stroke pathways**, where the Portuguese partner has achieved impressive treatment times through ambulance crews alerting stroke teams before arrival;
- **Data for health equity**, using linked data to identify neighbourhoods with poor outcomes and target prevention work.

## What we have learned so far

An evaluation of the first phase found that exchanges were valued most when they were tied to a specific project with measurable goals. Short visits without a clear purpose were enjoyable but rarely led to lasting change.

> "The most valuable thing was not the visit itself but the six months of video calls afterwards, when we worked through how to adapt their approach to our hospital."
> Stroke nurse specialist, member trust

## Public health at the centre

Isla Fenwick, Head of Public Health and Prevention, said the health equity strand was especially promising. "Our Polish colleagues have done remarkable work linking social care, primary care and hospital data to understand where people fall through the gaps. We have a great deal to learn from them."

## Practical arrangements

Exchanges will continue to be funded jointly by the partners and through a European collaboration grant. Member organisations can nominate staff, with priority given to those working on one of the three themes and who can commit to a follow-up project.

Amara Okafor, Head of International Engagement, said: "Twinning lets us learn from health systems facing the same pressures as ours, with different answers. The second phase is about turning that learning into improvement we can measure."`,
    topics: ['international', 'public-health'],
    authors: ['amara-okafor', 'isla-fenwick'],
    access: 'public',
    publishedDaysAgo: 292,
    hero: img.globe,
  },
  {
    kind: 'news',
    slug: 'social-prescribing-academy-first-year',
    title: 'Social prescribing academy marks its first year with 210 link workers trained',
    summary:
      'A shared training academy for social prescribing link workers has cut induction times and built a peer network spanning general practice, councils and the voluntary sector.',
    body: `A shared training academy for social prescribing link workers, set up by the federation with councils and voluntary sector partners, has trained 210 link workers in its first year.

Link workers help people whose health is affected by non-medical problems, such as loneliness, debt, housing or inactivity, to connect with support in their community. Most are employed by primary care networks, but they work closely with council services and local groups.

## Why an academy?

Before the academy, each network trained its own link workers, with wide variation in content and quality. New staff often waited months for training, and many felt isolated in very small teams.

The academy offers:

- a **six-week foundation programme** covering personalised care, safeguarding, mental health awareness and working with the voluntary sector;
- specialist modules on **welfare benefits, housing and support for carers**;
- monthly **peer supervision groups** facilitated by experienced link workers;
- placements with council adult social care teams, so that link workers understand when and how to involve them.

## What has changed

Networks report that new link workers are now ready to take on a full caseload in around eight weeks, down from an average of four months. Turnover among link workers has fallen, and referrals from link workers to council services are more appropriate, with fewer being passed back.

> "The academy gave me a network of people doing the same job. When I'm stuck on a difficult case, I know exactly who to call."
> Link worker, rural primary care network

## Social care as a partner

Marcus Delaney, Social Care Partnerships Manager, said the council placements had been one of the academy's most valuable features. "Link workers and social workers used to see each other as a referral route. Now they see each other as colleagues."

Dr Nadia Farrant, Primary Care Clinical Adviser, added that practices made better use of link workers once they understood the training they had received. The academy will next develop an advanced programme for experienced link workers and a short course for practice staff on making good referrals.`,
    topics: ['social-care', 'primary-care'],
    authors: ['marcus-delaney', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 318,
    hero: img.home,
  },
  // ---------------------------------------------------------------------------
  // Reports
  // ---------------------------------------------------------------------------
  {
    kind: 'report',
    slug: 'international-engagement-review',
    title: 'Partnering for Health: International Engagement Review',
    summary:
      "Our review of members' international work finds 214 active partnerships in 37 countries, and sets out how the federation will make global engagement more strategic, ethical and measurable.",
    body: `Health and care organisations across the federation do a remarkable amount of international work, much of it unseen. This review, based on a survey of every member organisation and interviews with 42 international leads, sets out what that work involves, what it achieves and how it could be strengthened.

## Key findings

- Members reported **214 active international partnerships** across 37 countries, from formal hospital twinning to small volunteer-led projects.
- Almost half of partnerships were with organisations in low and lower-middle income countries, most often in sub-Saharan Africa and South Asia.
- Two-thirds depended on the goodwill of a small number of individuals, and **one in five had lapsed** when a key person left.
- Only a quarter of member boards received regular reports on international activity.
- Staff who had taken part in international work consistently reported stronger leadership, adaptability and clinical skills.

## Why international engagement matters

Partnerships help members learn from health systems that have found new answers to shared problems, support global health security and contribute to the development of health workforces abroad. They also matter for recruitment and retention: staff who are offered international opportunities are more likely to stay.

Examples in the review include our [International Fellows Programme](/news/international-fellows-fourth-cohort), the [European network on antimicrobial resistance](/news/european-network-antimicrobial-resistance) and the [twinning programme with Portugal and Poland](/news/twinning-programme-portugal-poland).

But the review also finds that international work is often fragmented, poorly recorded and vulnerable to changes in leadership or funding.

> "We have a wealth of goodwill and expertise. What we lack is the scaffolding to make it last."
> International lead, member trust

## Our recommendations

The review makes eight recommendations. The most significant are that:

1. every member board should nominate an **executive lead for international engagement** and receive an annual report;
2. the federation should maintain a **shared register of partnerships**, so that members can collaborate rather than duplicate effort;
3. partnerships should have clear, jointly agreed objectives and be reviewed at least every three years;
4. members should offer **protected time** for staff to take part in international work, recognised in appraisal;
5. international recruitment should be aligned with partnership commitments and ethical standards, including formal agreements with source countries.

## What the federation will do

We will establish the shared register, publish governance guidance and convene an international leads network that meets quarterly. We are also negotiating a federation-wide agreement with partner health systems on ethical recruitment, which will put recommendation five into practice.

The full report and a governance checklist for partnerships are available to download below.`,
    topics: ['international'],
    authors: ['amara-okafor'],
    access: 'public',
    publishedDaysAgo: 6,
    hero: img.documents,
    attachments: [
      {
        title: 'Partnering for Health: International Engagement Review (full report)',
        filename: 'international-engagement-review.pdf',
        pages: [
          'Partnering for Health: International Engagement Review. Northbridge Health Federation. This review describes the international work of federation members, assesses its benefits and risks, and makes recommendations for how it can be made more strategic, ethical and sustainable. It draws on a survey completed by every member organisation, 42 interviews with international leads and a workshop with partners from five countries.',
          'Scale and shape of activity. Members reported 214 active partnerships in 37 countries. The most common types were clinical education partnerships (38 per cent), hospital or service twinning (22 per cent), research collaborations (17 per cent) and volunteer placements (15 per cent). Almost half involved partners in low and lower-middle income countries. Two-thirds relied on a small number of committed individuals, and one in five partnerships active five years ago has since lapsed.',
          'Benefits and risks. Staff who took part reported gains in leadership, communication, adaptability and clinical judgement, and partner organisations described improvements in training, protocols and service design. Risks included a lack of board oversight, unclear objectives, insufficient attention to the wishes of partners, and a disconnect between partnership work and international recruitment activity in the same organisation.',
          'Recommendations. The review recommends an executive lead for international engagement in every member, a shared federation register of partnerships, jointly agreed objectives with regular review, protected time for staff, alignment of recruitment with ethical commitments, better evaluation, a federation international leads network and an annual report to members on progress against these recommendations.',
        ],
      },
      {
        title: 'Partnership governance checklist',
        filename: 'partnership-governance-checklist.pdf',
        pages: [
          'Partnership governance checklist. Use this checklist when establishing a new international partnership or reviewing an existing one. Before starting: is there a named executive sponsor? Have objectives been agreed jointly with the partner, in writing? Has the partner confirmed that the proposed activity meets a need they have identified? Have risks to patients, staff and the organisation been assessed?',
          'During the partnership: are activities recorded on the federation register? Is there a named lead on both sides, with a deputy? Are staff given protected time, and is their involvement recognised in appraisal? Is progress reported to the board at least once a year? At review: have the agreed objectives been met? What does the partner say? Should the partnership continue, change or close, and how will any closure be handled responsibly?',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'workforce-mobility-ethical-recruitment-evidence-review',
    title: 'Workforce Mobility and Ethical Recruitment: An Evidence Review',
    summary:
      'A review of research and member data on international recruitment, examining outcomes for staff, employers and source countries, with practical recommendations for ethical practice.',
    body: `International recruitment has become a permanent feature of the health and care workforce across the federation. This evidence review, prepared for members, draws together published research, member workforce data and interviews with recruited staff and partner organisations to answer a simple question: what does good look like?

## What we found

- Internationally educated staff now make up **almost one in five registered nurses** in member organisations, and a growing share of doctors, midwives and allied health professionals.
- Twelve-month retention of international recruits averaged 88 per cent, but ranged from under 70 per cent to over 95 per cent between organisations.
- Retention was highest where employers offered **structured pastoral support**, help with housing and a clear route to promotion.
- Recruits reported that **hidden costs**, including visa fees, exams and early repayment clauses, caused significant financial stress, even where agencies did not charge fees directly.
- Partner countries were most concerned about the loss of experienced specialist staff, particularly in midwifery, intensive care and mental health.

## Effects on source countries

The evidence on the impact of recruitment on source countries is mixed. In some countries, well-managed migration supports remittances, skills development and returning expertise. In others, particularly where health systems are already short of staff, the loss of experienced clinicians can weaken services for years.

> "When a hospital loses five senior midwives in a year, it is not only the posts that go. It is the people who train and supervise everyone else."
> Nursing director, partner health system

## Recommendations for members

The review recommends that members:

1. recruit only through providers that meet the federation's ethical recruitment standard, and check compliance each year;
2. review contracts to remove or cap **repayment clauses** that trap staff in unsuitable posts;
3. provide induction and pastoral support for at least the first year, as described in our [staff survey analysis](/news/staff-survey-first-two-years-retention);
4. develop **long-term partnerships** with source countries, including investment in training there, building on models such as our [International Fellows Programme](/news/international-fellows-fourth-cohort);
5. publish data on international recruitment and retention to their boards.

## Next steps

The findings have informed the federation's negotiations with partner health systems on a shared compact. Members can use the self-assessment tool below to benchmark their own practice before it comes into force.`,
    topics: ['workforce', 'international'],
    authors: ['tomasz-wren', 'amara-okafor'],
    access: 'members',
    publishedDaysAgo: 23,
    hero: img.people,
    attachments: [
      {
        title: 'Workforce Mobility and Ethical Recruitment: full evidence review',
        filename: 'workforce-mobility-2026.pdf',
        pages: [
          'Workforce Mobility and Ethical Recruitment: An Evidence Review. Northbridge Health Federation, members only. This review combines a structured search of published research, workforce data from 47 member organisations, interviews with 36 internationally recruited staff and discussions with partner health systems in four countries. It focuses on nurses, midwives and allied health professionals.',
          'Retention and experience. Twelve-month retention of international recruits averaged 88 per cent. The strongest predictors of retention were a structured induction of at least twelve weeks, a named pastoral mentor, support with housing in the first three months and an early conversation about career development. Staff who experienced racism or exclusion at work were more than twice as likely to leave within two years.',
          'Costs borne by recruits. Even where agencies charged no fees, recruits reported average personal costs equivalent to several weeks of salary, including visa and health surcharge payments, examinations and travel. Repayment clauses of up to three years were common and were cited by staff as a source of anxiety and a barrier to raising concerns.',
          'Recommendations. Members should use compliant recruitment providers only, remove or cap repayment clauses, provide year-long pastoral support, invest in training in partner countries in proportion to the number of staff recruited, pause recruitment in specialties where partners report critical shortages and report annually to their boards.',
        ],
      },
      {
        title: 'Ethical recruitment self-assessment tool',
        filename: 'ethical-recruitment-self-assessment.pdf',
        pages: [
          'Ethical recruitment self-assessment. Score each statement from 0 (not in place) to 3 (fully in place and evidenced). 1. All recruitment providers have been checked against the federation standard in the past twelve months. 2. No fees are charged to candidates, directly or indirectly. 3. Repayment clauses are capped and proportionate. 4. Recruitment is paused where partner countries report critical shortages.',
          '5. Every recruit has a named pastoral mentor for at least twelve months. 6. Induction lasts at least twelve weeks and includes clinical, cultural and practical elements. 7. Recruits have a career conversation within six months. 8. The organisation invests in training in partner countries. 9. The board receives annual data on international recruitment, retention and experience. A total below 15 suggests an urgent need for action.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'financial-sustainability-survey',
    title: 'Financial Sustainability Survey of Member Organisations',
    summary:
      'Finance directors from 58 member organisations report growing concern about underlying deficits, capital constraints and the cost of temporary staffing, alongside real progress on productivity.',
    body: `Our annual survey of finance directors gives the federation a confidential picture of the financial health of member organisations. This year, 58 finance directors responded, a response rate of 85 per cent, covering acute, community, mental health and ambulance trusts, primary care networks and social care partners.

## Headline findings

- **71 per cent** expect to end the year with an underlying deficit once one-off measures are stripped out, up from 58 per cent last year.
- Most organisations are relying on non-recurrent measures, such as asset sales and releasing provisions, to meet their financial plans.
- Temporary staffing remains the single largest risk: members spent around **£640 million** on bank and agency staff last year, although agency spending fell by 14 per cent.
- **Two-thirds** said poor estate and equipment were a barrier to improving productivity.
- Confidence in the medium-term outlook is at its lowest point since the survey began.

## Productivity: real but hard-won progress

Despite the pressures, members reported significant productivity gains. Examples included theatre scheduling that raised utilisation by eight percentage points, consolidated pathology networks, and switching outpatient follow-ups to patient-initiated appointments where clinically appropriate.

Finance directors were clear, however, that many of the easier gains have been made. Further progress depends on investment in digital systems, buildings and workforce, all of which are constrained.

> "We have cut everything that can be cut without patients noticing. The next round of savings will be visible, and boards need to be honest about that."
> Finance director, community trust

## What members want from the federation

- Continued lobbying for **multi-year revenue and capital settlements**.
- Benchmarking that compares like with like, including community and mental health services.
- A shared library of productivity schemes with evidence of costs and benefits, as requested at the [chief executives' roundtable](/news/chief-executives-roundtable-productivity-wellbeing).
- Practical support on collaborative procurement and shared back-office services.

## Using the findings

The survey results inform our submissions to government and our work with national bodies. Individual responses are confidential; only aggregated figures are published. Members can request a benchmarked profile of their own organisation from the finance policy team. The full report and technical annex are available below to staff of member organisations.`,
    topics: ['finance'],
    authors: ['helen-ashdown'],
    access: 'members',
    publishedDaysAgo: 80,
    hero: img.finance,
    attachments: [
      {
        title: 'Financial Sustainability Survey: full report',
        filename: 'financial-sustainability-survey-2026.pdf',
        pages: [
          'Financial Sustainability Survey of Member Organisations. Northbridge Health Federation, members only. The survey was sent to finance directors in all 68 member organisations and received 58 responses. It asked about the current year financial position, underlying deficits, capital, workforce costs, productivity and confidence in the medium-term outlook. All responses are confidential and reported in aggregate.',
          'Financial position. 71 per cent of respondents expect an underlying deficit this year, compared with 58 per cent last year. The median reliance on non-recurrent measures was 2.1 per cent of turnover. Mental health and community providers reported the sharpest deterioration, largely because pay awards and inflation had not been fully matched by funding increases.',
          'Capital and productivity. Members reported a combined maintenance backlog of £1.3 billion. Two-thirds said estate and equipment were a barrier to productivity, and more than half had deferred at least one digital investment. Reported productivity gains were concentrated in theatres, outpatients and pathology, and most respondents believed further gains would require investment.',
        ],
      },
      {
        title: 'Technical annex: methodology and data tables',
        filename: 'financial-sustainability-technical-annex.pdf',
        pages: [
          'Technical annex. The survey was conducted online over four weeks. Respondents were asked to give figures consistent with their latest board-approved forecast. Underlying deficit is defined as the reported position excluding non-recurrent income and savings. Where respondents gave ranges, the mid-point has been used. Percentages are based on the number of respondents answering each question.',
          'Data tables. Table A1 shows underlying position by organisation type. Table A2 shows temporary staffing spending by staff group. Table A3 shows maintenance backlog by risk category. Table A4 shows confidence ratings for the next three years. Figures for social care partners and primary care networks are shown separately because their funding arrangements differ from those of trusts.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'digital-maturity-primary-care-baseline',
    title: 'Digital Maturity in Primary Care: A Federation Baseline',
    summary:
      'The first federation-wide assessment of digital maturity in general practice finds strong progress on online access, but wide variation in infrastructure, skills and cyber security.',
    body: `This report sets out the results of the first federation-wide assessment of digital maturity in general practice. It covers 312 practices in 41 primary care networks and was completed by practice managers, digital leads and clinicians over a three-month period.

The assessment looked at six areas: infrastructure, online access for patients, use of data, interoperability, cyber security and staff skills.

## Key findings

- **Online access** is the strongest area: 94 per cent of practices offer online requests and appointment booking, and most publish clear information about non-digital alternatives.
- **Infrastructure** varies widely. One in five practices reported that slow or unreliable connectivity affected clinical work at least weekly, and many were using computers more than six years old.
- **Interoperability** remains limited. Fewer than half of practices could routinely view community and mental health records, and very few could share data with social care.
- **Cyber security** is a concern: a third of practices had not tested their business continuity plans in the past year.
- **Skills and capacity** were the most commonly cited barrier. Many practices rely on one enthusiastic member of staff for all digital work.

## What the best practices do

Practices with the highest maturity shared some common features: a named digital lead with protected time, network-level support for procurement and training, and regular review of how patients use digital services, including those who do not.

> "We went from one person fixing printers to a network digital team. That is what made the difference, not any single piece of software."
> Practice manager, urban primary care network

## Recommendations

1. Each primary care network should have a **digital and transformation lead** with time to support practices.
2. Infrastructure upgrades should be targeted at the practices with the lowest scores, starting with connectivity.
3. Practices should test business continuity plans every year, using federation templates.
4. New patient-facing services should meet common requirements on accessibility, data protection and clinical safety, which the federation will develop into an open standard with members.
5. Shared records should be extended to social care as a priority.

The baseline will be repeated every two years. The next round will also look at how digital tools support same-day access and continuity of care, two priorities that practices raised repeatedly during the assessment.`,
    topics: ['digital', 'primary-care'],
    authors: ['rhys-pendleton', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 375,
    hero: img.devices,
    attachments: [
      {
        title: 'Digital Maturity in Primary Care: full report',
        filename: 'digital-maturity-primary-care-baseline.pdf',
        pages: [
          'Digital Maturity in Primary Care: A Federation Baseline. Northbridge Health Federation. This assessment covers 312 general practices in 41 primary care networks. Each practice completed a structured self-assessment across six domains, validated by a sample of site visits. Scores run from 1 (foundational) to 5 (advanced).',
          'Results by domain. Median scores were: online access 4.1, infrastructure 2.8, use of data 3.0, interoperability 2.2, cyber security 2.7 and skills and capacity 2.4. Variation within networks was often greater than variation between them, suggesting that network-level support can raise the lowest-scoring practices quickly.',
          'Priorities for action. The report recommends network digital leads, targeted connectivity upgrades, annual testing of business continuity plans, common requirements for patient-facing services and the extension of shared records to social care. The baseline will be repeated every two years so that members can track progress.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'mental-health-crisis-pathways-what-works',
    title: 'Mental Health Crisis Pathways: What Works',
    summary:
      'A review of crisis services across the federation, from crisis lines and sanctuaries to home treatment teams, setting out the features of pathways that help people most.',
    body: `People in a mental health crisis need a fast, compassionate response from someone with the right skills. Too often, they instead find themselves waiting for hours in an emergency department or being passed between services. This report reviews crisis pathways across the federation and sets out what works.

It draws on service data from six mental health providers, interviews with 58 people who have used crisis services and their families, and workshops with staff from health, social care, the police and the voluntary sector.

## The models we examined

- **24-hour crisis lines** staffed by mental health professionals and accessible through the urgent care telephone service;
- **Sanctuaries and crisis cafés**, offering a non-clinical space in the evening and overnight;
- **Crisis resolution and home treatment teams**, supporting people at home as an alternative to admission;
- **Mental health response vehicles**, which send a mental health practitioner and a paramedic together;
- **Crisis houses**, offering short residential stays in a homely setting.

## What people told us

People who had used crisis services valued being listened to, being seen quickly by someone who did not rush them, and having a plan afterwards. They disliked repeating their story to different professionals and being discharged without a follow-up.

> "The best help I had was from someone who sat with me at 1am and then rang me the next afternoon, like she said she would."
> Person with lived experience of crisis services

## Features of effective pathways

1. **One number**, well publicised, that connects to a mental health professional 24 hours a day.
2. A range of **alternatives to emergency departments**, available out of hours.
3. Shared care plans that people can access, with their consent, across services.
4. Social care, housing and debt advice built into the pathway, not bolted on.
5. Follow-up within 72 hours for everyone who has had contact with crisis services.
6. Specialist responses for children and young people, older adults and new parents, including the kind of perinatal expertise described in our news on [new coastal perinatal teams](/news/perinatal-mental-health-coastal-teams).

## The role of social care

Many crises are triggered by social problems, and approved mental health professionals employed by councils play a crucial role in assessments. Pathways worked best where councils and mental health providers had joint commissioning arrangements and shared training.

The full report and a pathway mapping tool are available below.`,
    topics: ['mental-health', 'social-care'],
    authors: ['owen-lockhart', 'marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 131,
    hero: img.mind,
    attachments: [
      {
        title: 'Mental Health Crisis Pathways: full report',
        filename: 'mental-health-crisis-pathways.pdf',
        pages: [
          'Mental Health Crisis Pathways: What Works. Northbridge Health Federation. This report reviews crisis care for adults and young people across six mental health providers and their local authority partners. It uses activity data, 58 interviews with people with lived experience and families, and four multi-agency workshops.',
          'Findings. Where sanctuaries and crisis cafés were available out of hours, emergency department attendances for mental health fell by between 10 and 20 per cent in the hours they were open. Home treatment teams with consistent staffing had lower readmission rates. People most often criticised repeated assessments, long waits for an approved mental health professional and discharge without follow-up.',
          'Recommendations. Providers and councils should offer one well-publicised 24-hour number, commission a range of alternatives to emergency departments, adopt shared crisis plans, embed housing and debt advice, guarantee follow-up within 72 hours and develop specialist responses for children, older adults and new parents. Progress should be reviewed jointly every year.',
        ],
      },
      {
        title: 'Crisis pathway mapping tool',
        filename: 'crisis-pathway-mapping-tool.pdf',
        pages: [
          'Crisis pathway mapping tool. Use this tool with a group that includes people with lived experience, frontline staff and commissioners. Step one: list every way a person in crisis can seek help locally, at every hour of the day and week. Step two: for each route, record who responds, how quickly and what happens next.',
          'Step three: identify the points where people wait, repeat their story or are passed on without a plan. Step four: agree three changes that would make the biggest difference, with an owner and a date for each. Step five: repeat the mapping after six months and compare.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'health-inequalities-atlas',
    title: 'Health Inequalities Atlas',
    summary:
      'Neighbourhood-level maps and indicators showing how life expectancy, preventable illness and access to services vary across the federation, with a guide to using the data in planning.',
    body: `The Health Inequalities Atlas brings together data on health outcomes, risk factors and access to services for every neighbourhood in the federation. It is designed for planners, clinicians, public health teams and councillors who want to understand where the biggest gaps are and how to target their work.

## What the atlas shows

- A gap in **healthy life expectancy** of 16 years between the most and least deprived neighbourhoods, and 9 years in life expectancy.
- Rates of **preventable emergency admissions** more than twice as high in the most deprived fifth of neighbourhoods.
- Lower uptake of **screening and childhood immunisations** in neighbourhoods with high population turnover and in some ethnic minority communities.
- Large differences in **access to services**, including GP appointments per head and travel times to diagnostic centres for people without a car.
- Clusters of **environmental risk**, such as air pollution and overheating homes, that overlap strongly with deprivation.

## How to use it

Each indicator can be viewed at neighbourhood, primary care network and council level. The atlas includes a short guide for users who are new to inequalities data, covering common pitfalls such as small numbers, changes to boundaries and the difference between correlation and cause.

> "The atlas is not a league table. It is a starting point for a conversation with communities about what would make a difference."
> Isla Fenwick, Head of Public Health and Prevention

## Examples of use

Members are already using the atlas to:

- target vaccination outreach at neighbourhoods where uptake has fallen furthest;
- plan the locations of new community diagnostic services;
- identify practices that would benefit from additional social prescribing capacity;
- inform the data strand of our [twinning programme with Portugal and Poland](/news/twinning-programme-portugal-poland).

## Data sources and updates

The atlas uses published national datasets, federation activity data and council information, all at aggregate level. No individual can be identified. It will be refreshed every year, and the technical guide explains each indicator in detail.

Registered users can download the atlas summary below and request neighbourhood data extracts for their area.`,
    topics: ['public-health'],
    authors: ['isla-fenwick'],
    access: 'registered',
    publishedDaysAgo: 184,
    hero: img.documents,
    attachments: [
      {
        title: 'Health Inequalities Atlas: summary and user guide',
        filename: 'health-inequalities-atlas.pdf',
        pages: [
          'Health Inequalities Atlas. Northbridge Health Federation. The atlas presents 48 indicators of health outcomes, risk factors, service access and environmental risk at neighbourhood level. This summary describes the main patterns and explains how to use the interactive maps and data extracts.',
          'Main patterns. The gap in healthy life expectancy between the most and least deprived fifths of neighbourhoods is 16 years. Preventable emergency admissions, smoking prevalence and uptake of screening all follow a steep social gradient. Environmental risks, including air pollution and heat exposure, are concentrated in dense urban neighbourhoods with older housing.',
          'Using the data well. Small numbers can produce large year-to-year changes, so users should look at three-year averages where available. Boundaries changed during the period covered, and some trends have been recalculated. Associations between indicators do not show cause. Local knowledge and conversations with communities are essential to interpret what the data show.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'adult-social-care-market-sustainability-briefing',
    title: 'Adult Social Care Market Sustainability: Briefing for Members',
    summary:
      'An assessment of the financial health of care homes and home care providers across the federation, the risks to hospital discharge, and what health and care leaders can do together.',
    body: `This briefing, prepared for member boards and their council partners, assesses the sustainability of the adult social care market across the federation. It draws on financial returns from 140 care providers, council market position statements and interviews with commissioners and provider leaders.

## The position today

- Around **one in six care homes** reported an operating loss last year, with smaller homes and those serving mainly council-funded residents most at risk.
- Home care providers reported average vacancy rates of 12 per cent, and many were handing back council contracts they could no longer staff.
- Fee increases have not kept pace with rises in the national living wage, energy and insurance costs.
- Nursing home capacity has fallen in three council areas, increasing pressure on hospitals and continuing healthcare budgets.

## Why this matters for health

Social care providers are essential partners in getting people home from hospital, preventing admissions and supporting people to live independently. When providers fail or withdraw, the consequences are felt directly in hospitals: longer stays, delayed discharges and less capacity for planned care.

> "Every care home that closes is felt on the wards within weeks. Health leaders cannot treat the care market as someone else's problem."
> Marcus Delaney, Social Care Partnerships Manager

## What members can do

The briefing suggests practical steps that health and care leaders can take together:

1. share **market intelligence** regularly between councils, integrated care boards and trusts;
2. agree joint approaches to fees for discharge-related packages, so that providers are not played off against one another;
3. support providers with **workforce initiatives**, such as shared recruitment, training and career pathways;
4. include care providers in digital programmes, such as shared care records and remote monitoring;
5. develop contingency plans for provider failure, agreed in advance.

## Workforce is the key

Many of the pressures described in this briefing stem from recruitment and retention. Shared approaches to training, such as the federation's [social prescribing academy](/news/social-prescribing-academy-first-year), show what partnership between health, councils and the voluntary sector can achieve when organisations pool effort.

Helen Ashdown, Head of Finance Policy, said: "This is not a choice between health and social care budgets. A sustainable care market is one of the best investments the health system can make in its own performance."

The full briefing is available below to staff of member organisations.`,
    topics: ['social-care', 'finance'],
    authors: ['marcus-delaney', 'helen-ashdown'],
    access: 'members',
    publishedDaysAgo: 250,
    hero: img.home,
    attachments: [
      {
        title: 'Adult Social Care Market Sustainability: full briefing',
        filename: 'social-care-market-sustainability.pdf',
        pages: [
          'Adult Social Care Market Sustainability: Briefing for Members. Northbridge Health Federation, members only. This briefing draws on financial returns from 140 care home and home care providers, market position statements from seven councils and 24 interviews with commissioners, provider leaders and hospital discharge teams.',
          'Market risks. One in six care homes reported an operating loss. Risk was highest among homes with fewer than 40 beds and those with a high proportion of council-funded residents. Home care vacancy rates averaged 12 per cent, and providers in rural areas reported the greatest difficulty recruiting drivers and covering long travel distances.',
          'Recommendations. Health and care partners should share market intelligence at least quarterly, agree joint fee approaches for discharge-related care, invest jointly in workforce initiatives, include providers in digital programmes and agree contingency plans for provider failure in advance. Boards should receive a regular summary of local market risks.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'primary-care-workforce-census',
    title: 'Primary Care Workforce Census',
    summary:
      'A detailed count of the general practice workforce across the federation, covering GPs, nurses, the newer clinical roles and administrative staff, with trends in recruitment, retention and working patterns.',
    body: `The Primary Care Workforce Census provides the most complete picture yet of the people working in general practice across the federation. It covers 318 practices and 42 primary care networks, and was completed by practice managers with support from network leads.

## Who works in primary care

- The census counted more than **9,400 people** working in general practice, equivalent to around 6,900 full-time staff.
- GPs make up 21 per cent of the workforce by headcount, and most GPs now work fewer than six sessions a week.
- Practice nurse numbers have been broadly flat, while the number of **pharmacists, physiotherapists, paramedics and mental health practitioners** employed through networks has grown by more than 60 per cent in three years.
- Administrative and reception staff make up over 40 per cent of the workforce and report the highest levels of abuse from the public.

## Recruitment and retention

Practices reported particular difficulty recruiting practice nurses and experienced practice managers. Turnover among reception staff was the highest of any group, at 22 per cent a year.

Among the newer clinical roles, staff valued variety and autonomy but reported frustration with limited supervision and, in some cases, a lack of space to see patients.

> "We have recruited a fantastic team, but on some days there is literally nowhere for them to sit."
> Clinical director, primary care network

## Working patterns

The census shows a strong shift towards part-time and portfolio working, particularly among GPs and nurses. Many combine practice work with roles in urgent care, teaching or leadership. This brings flexibility but makes continuity of care harder to sustain.

## Recommendations

1. Develop shared training and supervision for the newer clinical roles at network level.
2. Invest in **practice nurse** training places and career pathways.
3. Address abuse of reception staff through clear policies, training and public messaging.
4. Plan estates alongside workforce, so that new staff have space to work.
5. Repeat the census every year to track progress.

The census is available in full to staff of member organisations, together with data tables for each network.`,
    topics: ['primary-care', 'workforce'],
    authors: ['nadia-farrant', 'tomasz-wren'],
    access: 'members',
    publishedDaysAgo: 350,
    hero: img.people,
    attachments: [
      {
        title: 'Primary Care Workforce Census: full report',
        filename: 'primary-care-workforce-census.pdf',
        pages: [
          'Primary Care Workforce Census. Northbridge Health Federation, members only. The census was completed by 318 practices, a response rate of 97 per cent. It records headcount, full-time equivalent, role, contract type, age band and length of service for every person working in general practice and in network-employed roles.',
          'Headline results. The census counted 9,412 people, equivalent to 6,890 full-time staff. GPs make up 21 per cent of headcount, nurses 11 per cent, network-employed clinical roles 14 per cent and administrative staff 42 per cent. The median GP works 5.5 sessions a week. Annual turnover is highest among reception staff at 22 per cent.',
          'Implications. Continuity of care, supervision of newer roles and the availability of clinical space are the three issues most likely to limit the benefits of a growing and more varied workforce. Networks and practices should plan workforce and estates together and share training and supervision wherever possible.',
        ],
      },
      {
        title: 'Primary Care Workforce Census: data tables by network',
        filename: 'primary-care-workforce-census-data-tables.pdf',
        pages: [
          'Data tables. Tables B1 to B42 present headcount and full-time equivalent by role for each primary care network. Table C1 shows turnover by role. Table C2 shows age profile by role, highlighting groups in which more than a quarter of staff are aged 55 or over. Table C3 shows vacancy rates reported by practices.',
          'Notes on the data. Figures are a snapshot taken on a single census day. Staff working for more than one practice are counted once, against their main employer. Locum GPs and agency staff are excluded from headcount but their sessions are reported separately in Table C4. Small numbers have been suppressed where individuals could be identified.',
        ],
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Events
  // ---------------------------------------------------------------------------
  {
    kind: 'event',
    slug: 'international-partnerships-forum',
    title: 'International Partnerships Forum',
    summary:
      'A day for international leads, clinicians and managers to share what makes health partnerships last, with sessions on ethical recruitment, fellowships and global health security.',
    body: `The International Partnerships Forum brings together everyone in the federation involved in global health work, from board-level international leads to clinicians who volunteer with partner hospitals.

## Programme highlights

- **Ethical recruitment in practice**: partners from Ghana, Kenya and the Philippines discuss how a federation-wide compact could change the way members recruit.
- **Fellowships that last**: hosts and former fellows share lessons from four cohorts of the [International Fellows Programme](/news/international-fellows-fourth-cohort).
- **Learning from abroad**: short talks on ideas members have brought home, from stroke pathways to community health promoters.
- **Building a partnership register**: a practical workshop on the recommendations in [Partnering for Health](/reports/international-engagement-review).

## Who should attend

The forum is open to staff of member organisations and partner institutions. It will be particularly useful for international leads, chief nurses, medical directors, people directors and anyone running, or hoping to start, an international partnership.

## Practical information

Lunch and refreshments are provided. The venue is step-free throughout, with a hearing loop in the main hall and a quiet room available all day. Please tell us about any access or dietary requirements when you book.

Places are free for members and limited to three per organisation.`,
    topics: ['international'],
    authors: ['amara-okafor'],
    access: 'public',
    publishedDaysAgo: 4,
    hero: img.stage,
    event: { startsInDays: 9, startTime: '09:30', durationMinutes: 420, venue: 'Harbourside Exchange, Bristol' },
  },
  {
    kind: 'event',
    slug: 'webinar-shared-care-record-social-care',
    title: 'Webinar: Making the shared care record work for social care',
    summary:
      'Care home managers, council staff and digital leads from the Harrowfield pilot explain how they set up access, what changed for residents and how other areas can follow.',
    body: `Shared care records have transformed how hospitals, GPs and community teams share information, but social care has often been left out. This webinar looks at how one area has changed that.

Speakers from the Harrowfield pilot, where care homes can see residents' medication information when they leave hospital, will talk frankly about what it took.

## What we will cover

- How the data sharing framework was agreed, and what information care staff can and cannot see
- Issuing accounts and training staff in homes with high turnover
- The difference access has made to residents, families and pharmacists
- What other areas need in place before they start

Our [digital maturity baseline](/reports/digital-maturity-primary-care-baseline) identified extending shared records to social care as a priority, and this session is designed to help members act on it.

## Who should attend

Care home and home care managers, council commissioners, digital and information governance leads, and community pharmacists.

## Joining details

The webinar runs on a browser-based platform; no download is needed. Live captions will be provided, and a recording with a transcript will be shared with everyone who registers. There will be time for questions throughout.`,
    topics: ['digital', 'social-care'],
    authors: ['rhys-pendleton', 'marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 22,
    hero: img.devices,
    event: {
      startsInDays: 21,
      startTime: '12:30',
      durationMinutes: 60,
      onlineUrl: 'https://example.org/events/shared-care-record-webinar',
    },
  },
  {
    kind: 'event',
    slug: 'workforce-summit-retention-flexibility-wellbeing',
    title: 'Workforce Summit: retention, flexibility and wellbeing',
    summary:
      'Our annual workforce summit brings people directors, clinical leaders and staff representatives together to focus on keeping the people we have.',
    body: `Recruiting new staff matters, but keeping experienced people matters even more. This year's Workforce Summit focuses on what member organisations can do to improve retention across health and care.

## Sessions include

- **The first two years**: findings from our [staff survey analysis](/news/staff-survey-first-two-years-retention) and what the best-performing organisations do differently
- **Flexible working that works**: rostering approaches that give staff more control without leaving gaps
- **One workforce**: lessons from the [shared home care recruitment campaign](/news/home-care-shared-recruitment-campaign) on recruiting across health and social care
- **Violence and aggression**: practical steps to protect staff, led by frontline colleagues
- **Fair progression**: tackling barriers faced by internationally educated staff and staff from ethnic minority backgrounds

## Who should attend

People directors and their teams, chief nurses, medical directors, staff side representatives, freedom to speak up guardians and anyone leading work on staff experience.

## Practical information

The venue is a short walk from the main railway station and is fully accessible, with step-free access, accessible toilets on every floor and a hearing loop. Lunch is included. Please let us know about any dietary or access requirements when booking.`,
    topics: ['workforce'],
    authors: ['tomasz-wren'],
    access: 'public',
    publishedDaysAgo: 30,
    hero: img.stage,
    event: { startsInDays: 38, startTime: '09:00', durationMinutes: 450, venue: "The Weavers' Hall, Manchester" },
  },
  {
    kind: 'event',
    slug: 'finance-directors-network-briefing',
    title: "Finance Directors' Network: quarterly briefing",
    summary:
      'An online briefing for finance leaders on the funding outlook, capital rules and the findings of our latest Financial Sustainability Survey.',
    body: `The Finance Directors' Network meets every quarter to share intelligence, compare approaches and shape the federation's policy work. This session is online so that colleagues from across the federation can join easily.

## Agenda

1. **The funding outlook**: what the latest national announcements mean for revenue and capital, and where uncertainty remains
2. **Survey findings**: a walk-through of the [Financial Sustainability Survey](/reports/financial-sustainability-survey), including benchmarks by organisation type
3. **Capital rules**: changes to business case approvals and how members can prepare
4. **Productivity**: two short case studies from members on theatre scheduling and collaborative procurement
5. **Open discussion**: the issues members most want the federation to raise with national bodies

## Who should attend

Directors of finance, deputy directors and heads of financial planning from member organisations. Chief executives and non-executive audit chairs are also welcome.

## Joining details

The briefing takes place online and is held under the Chatham House Rule. Slides will be circulated afterwards, but the session will not be recorded, to allow frank discussion. Live captions are available.`,
    topics: ['finance'],
    authors: ['helen-ashdown'],
    access: 'public',
    publishedDaysAgo: 42,
    hero: img.finance,
    event: {
      startsInDays: 63,
      startTime: '14:00',
      durationMinutes: 90,
      onlineUrl: 'https://example.org/events/finance-directors-briefing',
    },
  },
  {
    kind: 'event',
    slug: 'annual-conference-prevention-at-scale',
    title: 'Annual Conference: prevention at scale',
    summary:
      "The federation's annual conference asks how health and care organisations can move from treating illness to preventing it, with speakers from primary care, councils and communities.",
    body: `Every part of the health and care system talks about prevention. Far fewer have made it part of everyday work. Our annual conference brings members together to learn from those who have.

## Themes

- **Reaching everyone**: vaccination and screening outreach in neighbourhoods where uptake is lowest
- **Primary care as a prevention engine**: case-finding for high blood pressure, diabetes and lung disease through general practice and community pharmacy
- **Using data well**: practical sessions on the [Health Inequalities Atlas](/reports/health-inequalities-atlas)
- **Climate and health**: preparing care settings for extreme heat, drawing on our [review of heat-related incidents](/news/heat-health-lessons-care-settings)
- **Communities leading the way**: voluntary and faith groups on what makes partnerships with local health and care services work

## Who should attend

Board members, clinical leaders, public health teams, primary care networks, council partners and voluntary sector organisations.

## Practical information

The conference includes a keynote, breakout sessions, a marketplace of member projects and an evening reception. The venue is step-free, with a quiet room, a prayer room and a hearing loop in every session room. Discounted places are available for voluntary sector organisations and people with lived experience.`,
    topics: ['public-health', 'primary-care'],
    authors: ['isla-fenwick', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 57,
    hero: img.stage,
    event: { startsInDays: 110, startTime: '09:00', durationMinutes: 480, venue: 'Northgate Exhibition Centre, Leeds' },
  },
  {
    kind: 'event',
    slug: 'webinar-suicide-prevention-primary-care',
    title: 'Webinar: Suicide prevention in primary care',
    summary:
      'A practical session for GPs, practice nurses and other primary care staff on recognising risk, having safe conversations and working with local crisis services.',
    body: `Many people who die by suicide have been in contact with primary care in the months beforehand. This webinar offers practical guidance for primary care teams on how to spot risk and respond with confidence.

## What we will cover

- Having open, compassionate conversations about suicidal thoughts, and why asking directly does not increase risk
- Moving beyond risk scoring towards collaborative safety planning
- Supporting people at higher risk, including middle-aged men, people in debt and those recently discharged from mental health care
- Working with local crisis lines, sanctuaries and home treatment teams, drawing on our report [Mental Health Crisis Pathways: What Works](/reports/mental-health-crisis-pathways-what-works)
- Looking after yourself and your team after the death of a patient

## Speakers

The session will be led by a GP with a special interest in mental health, a consultant psychiatrist and a person with lived experience of suicidal crisis.

## Joining details

This is an online session with live captions. It is suitable for all primary care staff, including receptionists and care co-ordinators. Please note that the session discusses suicide; support details will be shared at the start and end.`,
    topics: ['mental-health', 'primary-care'],
    authors: ['owen-lockhart', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 77,
    hero: img.mind,
    event: {
      startsInDays: -12,
      startTime: '13:00',
      durationMinutes: 75,
      onlineUrl: 'https://example.org/events/suicide-prevention-primary-care',
    },
  },
  {
    kind: 'event',
    slug: 'social-care-leaders-roundtable',
    title: "Social Care Leaders' Roundtable",
    summary:
      'A roundtable for directors of adult social services, care provider leaders and health partners on market sustainability, workforce and joint commissioning.',
    body: `The Social Care Leaders' Roundtable brings together senior leaders from councils, care providers and health organisations for a candid conversation about the future of adult social care.

## Discussion themes

1. **Market sustainability**: responding to the risks identified in our [market sustainability briefing](/reports/adult-social-care-market-sustainability-briefing)
2. **Workforce**: whether health and care can recruit and train as one workforce, building on shared approaches such as the [social prescribing academy](/news/social-prescribing-academy-first-year)
3. **Hospital discharge**: joint approaches to fees, capacity and planning for peaks in demand
4. **Digital inclusion**: bringing care providers into shared records and remote monitoring

## Format

The roundtable is limited to 30 participants to allow genuine discussion, and is held under the Chatham House Rule. A short summary of themes, without attribution, will be shared with participants and published for members afterwards.

## Who should attend

Directors of adult social services, care provider chief executives and owners, integrated care board and trust directors with responsibility for discharge and community services.

## Practical information

The venue is step-free and close to the central railway station. Refreshments and a light lunch are provided.`,
    topics: ['social-care'],
    authors: ['marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 120,
    hero: img.stage,
    event: {
      startsInDays: -70,
      startTime: '10:00',
      durationMinutes: 180,
      venue: 'Riverside Assembly Rooms, Newcastle upon Tyne',
    },
  },
  {
    kind: 'event',
    slug: 'global-health-exchange-community-health-workers',
    title: 'Global Health Exchange: what can we learn from community health worker models?',
    summary:
      'An online exchange with partners in Kenya, Brazil and Pakistan on how community health workers reach every household, and what that could mean for neighbourhood health here.',
    body: `Community health workers are the backbone of primary care in many countries, visiting households to provide health education, screening, referral and follow-up. Interest in the model is growing in the UK, as health systems look for ways to reach people who rarely use services until they are very unwell.

This online exchange brings together partners from Kenya, Brazil and Pakistan with federation members who are experimenting with similar approaches.

## What we will discuss

- How community health worker programmes are organised, trained, supervised and paid
- What the evidence says about their impact on vaccination, maternal health and long-term conditions
- How community roles could work alongside general practice, community nursing and social prescribing here
- The risks of borrowing models without adapting them to local context

The session follows on from our work with international partners, including the [twinning programme with Portugal and Poland](/news/twinning-programme-portugal-poland), and from a planned visit by county health leaders from Kenya.

## Who should attend

Primary care leaders, public health teams, community nursing leads and anyone interested in neighbourhood health.

## Joining details

The exchange takes place online, with live captions. Interpretation will be provided for speakers who prefer to present in Portuguese or Urdu.`,
    topics: ['international', 'public-health'],
    authors: ['amara-okafor', 'isla-fenwick'],
    access: 'public',
    publishedDaysAgo: 170,
    hero: img.globe,
    event: {
      startsInDays: -150,
      startTime: '15:00',
      durationMinutes: 90,
      onlineUrl: 'https://example.org/events/global-health-exchange-chw',
    },
  },

  // ---------------------------------------------------------------------------
  // Pages
  // ---------------------------------------------------------------------------
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
