/** The mark of a hard session on the map: a dark ring, visible on every phase colour. */
export function HardSessionDot({ title }: { title?: string }) {
  return (
    <svg
      width={12}
      height={12}
      aria-hidden={title === undefined}
      role={title ? 'img' : undefined}
      aria-label={title}
    >
      {title ? <title>{title}</title> : null}
      <circle cx={6} cy={6} r={4.5} fill="var(--mantine-color-dark-7)" stroke="white" strokeWidth={1.5} />
    </svg>
  );
}
