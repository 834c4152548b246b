// Radio groups shared by the preference centre and /account/newsletters: the monthly
// newsletter on/off and one none/immediate/weekly choice per followed topic.
import Html from '@kitajs/html';
import type { AlertPreferenceRow } from './alert-preferences-repo.js';
import type { AlertChoice } from './alert-preferences.js';

const ALERT_CHOICES: { value: AlertChoice; label: string }[] = [
  { value: 'off', label: 'No alerts' },
  { value: 'immediate', label: 'As soon as something is published' },
  { value: 'weekly', label: 'A weekly digest' },
];

function RadioGroup({ id, name, legend, choices, checked, error }: { id: string; name: string; legend: string; choices: { value: string; label: string }[]; checked: string; error?: string }): JSX.Element {
  return (
    <fieldset class={`field radio-group${error ? ' field--error' : ''}`} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend safe>{legend}</legend>
      {error ? <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : ''}
      {choices.map((c, i) => (
        <div class="field--checkbox">
          <input type="radio" id={`${id}-${i}`} name={name} value={c.value} checked={c.value === checked} />
          <label for={`${id}-${i}`} safe>{c.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function MonthlyChoice({ isOn, error }: { isOn: boolean; error?: string }): JSX.Element {
  return <RadioGroup id="field-monthly" name="monthly" legend="The monthly newsletter" checked={isOn ? 'on' : 'off'} error={error} choices={[{ value: 'on', label: 'Send me the monthly newsletter' }, { value: 'off', label: 'Do not send it' }]} />;
}

export function AlertChoices({ alerts, error }: { alerts: AlertPreferenceRow[]; error?: string }): JSX.Element {
  return (
    <div id="field-alerts" class="alert-choices">
      {error ? <p class="field__error" id="field-alerts-error"><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : ''}
      {alerts.map((a) => (
        <RadioGroup id={`field-alert-${a.topicId}`} name={`alert-${a.topicId}`} legend={`Alerts about ${a.topicName}`} checked={a.frequency ?? 'off'} choices={ALERT_CHOICES} />
      ))}
    </div>
  );
}

/** The alert choices a form sent ("alert-<topic id>" fields); Invalid values make the caller's error. */
export function alertChoicesIn(body: Record<string, unknown>): Map<number, AlertChoice> | undefined {
  const choices = new Map<number, AlertChoice>();
  for (const [key, value] of Object.entries(body)) {
    const match = /^alert-(\d{1,9})$/.exec(key);
    if (!match) continue;
    if (value !== 'off' && value !== 'immediate' && value !== 'weekly') return undefined;
    choices.set(Number(match[1]), value);
  }
  return choices;
}

export { Html };
