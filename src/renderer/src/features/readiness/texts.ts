import { defineTexts } from '../../i18n/bundle';

export const readinessTexts = defineTexts(
  {
    title: 'readiness',
  },
  {
    title: 'readiness',
  },
);
