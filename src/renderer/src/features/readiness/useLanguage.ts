import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';

/**
 * The coach's language as i18next has it (LanguageSync keeps it on the settings row). Rows of a
 * team table use this rather than a settings query each.
 */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'nl' ? 'nl' : 'en';
}
