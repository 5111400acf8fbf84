import classes from './print.module.css';

export interface SheetFact {
  label: string;
  value: string;
}

interface SheetHeaderProps {
  kicker: string;
  title: string;
  subtitle: string;
  facts: readonly SheetFact[];
}

/** The top of every printed page: what the page is (kicker, title, subtitle) and its key facts. */
export function SheetHeader({ kicker, title, subtitle, facts }: SheetHeaderProps) {
  return (
    <header className={classes.header}>
      <div>
        <div className={classes.kicker}>{kicker}</div>
        <h1 className={classes.title}>{title}</h1>
        <p className={classes.subtitle}>{subtitle}</p>
      </div>
      <dl className={classes.headerFacts}>
        {facts.map((fact) => (
          <div key={fact.label} style={{ display: 'contents' }}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
