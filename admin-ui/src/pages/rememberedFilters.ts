import { useState } from 'react';
import { currentSubject } from '../auth';

// Each user's own: another account signed in on the same browser finds none of them.
const keyOf = (table: string, what: 'filter' | 'saved') => `gateway.admin.${currentSubject()}.${table}.${what}`;

function read<T>(key: string, fallback: T): T {
  try {
    const stored = window.localStorage.getItem(key);
    return stored ? { ...fallback, ...(JSON.parse(stored) as T) } : fallback;
  } catch {
    return fallback;
  }
}

/** A table's filter and sort, remembered for the signed-in user in this browser; `fallback` fills what is missing. */
export function useRememberedFilter<T extends object>(table: string, fallback: T): [T, (next: T) => void] {
  const [filter, setState] = useState<T>(() => read(keyOf(table, 'filter'), fallback));
  const setFilter = (next: T) => {
    window.localStorage.setItem(keyOf(table, 'filter'), JSON.stringify(next));
    setState(next);
  };
  return [filter, setFilter];
}

/** Filters the user saved under a name for a table, to pick again later. */
export function useNamedFilters<T extends object>(table: string) {
  const [saved, setState] = useState<Record<string, T>>(() => read(keyOf(table, 'saved'), {}));
  const store = (next: Record<string, T>) => {
    window.localStorage.setItem(keyOf(table, 'saved'), JSON.stringify(next));
    setState(next);
  };
  return {
    names: Object.keys(saved).sort((a, b) => a.localeCompare(b)),
    get: (name: string): T | undefined => saved[name],
    save: (name: string, filter: T) => store({ ...saved, [name]: filter }),
    remove: (name: string) => store(Object.fromEntries(Object.entries(saved).filter(([key]) => key !== name))),
  };
}
