// Demo member organisations (all fictional; .example domains are reserved for examples).
// Register with an address at one of the active domains to try member access.
export const demoOrganisations = [
  { name: 'Northbridge Royal Infirmary Trust', type: 'Acute trust', tier: 'premium', status: 'active', domains: 'northbridge-royal.example' },
  { name: 'Eastmoor Community Health', type: 'Community trust', tier: 'standard', status: 'active', domains: 'eastmoor-health.example' },
  { name: 'Valley Primary Care Network', type: 'Primary care network', tier: 'standard', status: 'active', domains: 'valleypcn.example' },
  { name: 'Harbourside Mental Health Partnership', type: 'Mental health trust', tier: 'standard', status: 'lapsed', domains: 'harbourside-mh.example' },
  { name: 'Kestrel Ambulance Service', type: 'Ambulance service', tier: 'standard', status: 'active', domains: 'kestrel-ambulance.example' },
] as const;
