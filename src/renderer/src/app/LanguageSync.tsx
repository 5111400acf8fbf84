import { useEffect } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/nl';
import { i18next } from '../i18n';
import { useSettings } from './useSettings';

/** Keeps i18next, dayjs (date pickers) and the page's lang attribute on the coach's language. */
export function LanguageSync() {
  const { language } = useSettings();
  useEffect(() => {
    void i18next.changeLanguage(language);
    dayjs.locale(language);
    document.documentElement.lang = language;
  }, [language]);
  return null;
}
