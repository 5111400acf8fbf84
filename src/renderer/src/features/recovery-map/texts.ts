import { defineTexts } from '../../i18n/bundle';

export const recoveryMapTexts = defineTexts(
  {
    title: 'recoveryMap',
  },
  {
    title: 'recoveryMap',
  },
);
