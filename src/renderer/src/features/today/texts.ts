import { defineTexts } from '../../i18n/bundle';

export const todayTexts = defineTexts(
  {
    title: 'today',
  },
  {
    title: 'today',
  },
);
