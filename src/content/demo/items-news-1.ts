// Demo news, part 1 of 3, newest first (split only to keep files short).
import type { DemoItem } from './data.js';
import { img } from './hero-images.js';

export const newsItemsPart1: DemoItem[] = [
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
];
