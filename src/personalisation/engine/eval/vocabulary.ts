// Invented words for the simulated catalogue: twelve topics a membership organisation in health
// and care might publish on, each with three narrower themes. Titles and bodies are drawn from
// these, so the content model sees topic words, theme words and shared filler, as in real text.

export interface TopicVocabulary {
  name: string;
  words: string;
  themes: [string, string, string];
}

export const TOPICS: readonly TopicVocabulary[] = [
  { name: 'Workforce', words: 'staff workforce recruitment retention vacancies rota employer colleagues shifts',
    themes: ['pay award salary banding overtime pension', 'apprenticeship training placement mentoring graduates induction', 'wellbeing burnout resilience sickness absence fatigue'] },
  { name: 'Finance', words: 'budget funding finance deficit spending allocation accounts cost savings',
    themes: ['capital borrowing investment loans buildings assets', 'tariff payment contracts procurement pricing invoices', 'efficiency productivity waste benchmarking variation audit'] },
  { name: 'Digital', words: 'digital technology data software systems platform online records',
    themes: ['cyber security breach ransomware phishing passwords', 'interoperability standards integration exchange api interfaces', 'artificial intelligence algorithm automation prediction models'] },
  { name: 'Patient safety', words: 'safety patients harm incidents risk quality learning reporting',
    themes: ['medication prescribing errors dosing pharmacy allergies', 'falls pressure ulcers sepsis deterioration observations', 'investigation inquest coroner candour complaints redress'] },
  { name: 'Mental health', words: 'mental health psychiatric therapy crisis wellbeing services support',
    themes: ['children adolescents camhs schools eating disorders', 'detention sectioning inpatient beds wards restraint', 'talking therapies counselling anxiety depression waiting'] },
  { name: 'Primary care', words: 'general practice surgeries appointments clinicians primary care networks',
    themes: ['pharmacists physiotherapists paramedics roles additional', 'access telephone booking receptionists demand triage', 'prevention screening vaccination immunisation uptake clinics'] },
  { name: 'Estates', words: 'estates buildings premises maintenance facilities hospital sites',
    themes: ['concrete raac roofs collapse survey repairs', 'parking catering cleaning laundry portering contracts', 'backlog boilers ventilation plant refurbishment upgrade'] },
  { name: 'Research', words: 'research evidence trials study findings researchers evaluation',
    themes: ['genomics sequencing genetic testing rare variants', 'clinical trials recruitment participants consent protocols', 'universities partnerships grants fellowships academic'] },
  { name: 'Policy', words: 'policy government minister legislation reform parliament strategy',
    themes: ['white paper consultation proposals bill amendments', 'regulator inspection ratings enforcement compliance', 'manifesto election parties commitments pledges'] },
  { name: 'Leadership', words: 'leadership boards chief executives directors governance culture',
    themes: ['chairs appointments succession diversity nonexecutive', 'culture bullying speaking freedom guardians whistleblowing', 'strategy transformation vision planning priorities'] },
  { name: 'Community', words: 'community local neighbourhood partners councils voluntary services',
    themes: ['social care homes domiciliary carers councils', 'discharge delays hospital flow beds transfers', 'inequalities deprivation housing poverty outcomes'] },
  { name: 'Climate', words: 'climate sustainability carbon emissions environment green energy',
    themes: ['net zero targets decarbonisation heat pumps solar', 'anaesthetic gases inhalers waste recycling plastics', 'heatwaves flooding adaptation resilience weather'] },
];

/** Shared words that carry no topic: headline glue and everyday report language. */
export const FILLER = `update guide briefing analysis report review survey members latest week year national regional
  plans changes impact lessons practice approach case study figures trends response questions answers view`.split(/\s+/).filter(Boolean);

export const HEADLINE_SHAPES: readonly ((w: readonly string[]) => string)[] = [
  (w) => `${w[0]} and ${w[1]}: what the ${w[2]} ${w[3]} mean for members`,
  (w) => `How ${w[0]} ${w[1]} is changing ${w[2]}`,
  (w) => `${w[0]} ${w[1]} ${w[2]}: a ${w[3]} briefing`,
  (w) => `Five lessons on ${w[0]} from ${w[1]} ${w[2]}`,
  (w) => `Why ${w[0]} ${w[1]} matters for ${w[2]}`,
  (w) => `${w[0]} under pressure: ${w[1]} and ${w[2]} ${w[3]}`,
];

export const ORGANISATION_TYPES = ['Acute trust', 'Mental health trust', 'Community provider', 'Integrated care board', 'Charity'] as const;
