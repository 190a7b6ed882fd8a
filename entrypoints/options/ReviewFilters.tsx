import { AGE_FILTERS, type AgeFilter, type QueueFilter } from '@/lib/review/queue';

const AGE_LABEL: Record<AgeFilter, string> = {
  any: 'Any age',
  today: 'Last 24 hours',
  week: 'Last 7 days',
  older: 'Older than 7 days',
};

interface Choices {
  sites: string[];
  destinations: string[];
  rules: string[];
}

/** Site, destination, rule and age filters; the choices are what the queue actually contains. */
export function ReviewFilters({
  filter,
  choices,
  onChange,
}: {
  filter: QueueFilter;
  choices: Choices;
  onChange: (f: QueueFilter) => void;
}) {
  const pick = (label: string, key: 'site' | 'destination' | 'rule', options: string[]) => (
    <label>
      {label}
      <select
        value={filter[key] ?? ''}
        onChange={(e) => onChange({ ...filter, [key]: e.target.value || undefined })}
      >
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="review-filters" role="group" aria-label="Filters">
      {pick('Site', 'site', choices.sites)}
      {pick('Destination', 'destination', choices.destinations)}
      {pick('Reason', 'rule', choices.rules)}
      <label>
        Age
        <select
          value={filter.age ?? 'any'}
          onChange={(e) => onChange({ ...filter, age: e.target.value as AgeFilter })}
        >
          {AGE_FILTERS.map((a) => (
            <option key={a} value={a}>
              {AGE_LABEL[a]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
