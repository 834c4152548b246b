// Demo reports, the newer half (split only to keep files short; order is kept).
import type { DemoItem } from './data.js';
import { img } from './hero-images.js';

export const reportsItemsNewer: DemoItem[] = [
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
];
