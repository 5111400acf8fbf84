import { useTranslation } from 'react-i18next';
import type { Stimulus } from '@shared/model';
import { STIMULUS_COLOURS } from '../charts/stimulus-colours';
import classes from './print.module.css';

/** The chart's stimuli as colour squares with their names (never colour alone). */
export function StimulusLegend({ stimuli }: { stimuli: readonly Stimulus[] }) {
  const { t } = useTranslation('print');
  return (
    <ul className={classes.legend}>
      {stimuli.map((stimulus) => (
        <li key={stimulus}>
          <span className={classes.swatch} style={{ background: STIMULUS_COLOURS[stimulus] }} />
          {t(`common:stimulus_${stimulus}`)}
        </li>
      ))}
    </ul>
  );
}
