import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BlockTemplate } from '@shared/model';
import { builtInTemplates } from '@shared/planning/templates';
import { appDb } from '../../../db/app-db';
import { listCustomTemplates } from '../../../db/plan-repo';
import { useLanguage } from '../../readiness/useLanguage';

export interface BlockTemplates {
  /** The built-in templates in the coach's language. */
  builtIn: BlockTemplate[];
  /** The coach's own templates by name (empty while loading). */
  custom: BlockTemplate[];
  /** Built-in first, then the coach's own. */
  all: BlockTemplate[];
}

/** Every block template the coach can apply, live. */
export function useBlockTemplates(): BlockTemplates {
  const language = useLanguage();
  const builtIn = useMemo(() => builtInTemplates(language), [language]);
  const custom = useLiveQuery(() => listCustomTemplates(appDb), [], []);
  return useMemo(() => ({ builtIn, custom, all: [...builtIn, ...custom] }), [builtIn, custom]);
}
