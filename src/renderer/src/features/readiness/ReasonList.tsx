import { useState, type MouseEvent } from 'react';
import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { compareSeverity, type ReadinessReason } from '@shared/metrics';
import { describeReason, ruleName } from './reason-text';
import { RuleModal } from './RuleModal';
import { STATUS_LOOK } from './status-look';
import { useLanguage } from './useLanguage';

interface ReasonListProps {
  /** Worst first (as `assessReadiness` gives them; sorted again to be sure). */
  reasons: readonly ReadinessReason[];
  /** Show at most this many, with "+N more" to expand. */
  limit?: number;
  /** Show reasons that only inform (dimmed). Default true. */
  showInfo?: boolean;
}

// Clicks in the dialog bubble through the React tree (portals included): a clickable table row
// around the list must not see them.
const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/** Each reason as a sentence with its values; click one to open its rule. */
export function ReasonList({ reasons, limit, showInfo = true }: ReasonListProps) {
  const { t } = useTranslation('readiness');
  const [isExpanded, setIsExpanded] = useState(false);
  const [openReason, setOpenReason] = useState<ReadinessReason | null>(null);
  const listed = reasons
    .filter((reason) => showInfo || reason.severity !== 'info')
    .sort((a, b) => compareSeverity(a.severity, b.severity));
  if (listed.length === 0) return null;
  const isLimited = limit !== undefined && listed.length > limit;
  const shown = isLimited && !isExpanded ? listed.slice(0, limit) : listed;
  return (
    <Stack gap={2} align="flex-start">
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {shown.map((reason, index) => (
          <ReasonItem
            key={`${reason.ruleId}-${index}`}
            reason={reason}
            onOpen={() => setOpenReason(reason)}
          />
        ))}
      </Box>
      {isLimited ? (
        <Anchor component="button" type="button" size="xs" onClick={() => setIsExpanded(!isExpanded)}>
          {isExpanded ? t('fewerReasons') : t('moreReasons', { count: listed.length - shown.length })}
        </Anchor>
      ) : null}
      {openReason ? (
        <Box component="span" onClick={stopPropagation}>
          <RuleModal ruleId={openReason.ruleId} reason={openReason} onClose={() => setOpenReason(null)} />
        </Box>
      ) : null}
    </Stack>
  );
}

function ReasonItem({ reason, onOpen }: { reason: ReadinessReason; onOpen: () => void }) {
  const { t } = useTranslation('readiness');
  const { color, glyph } = STATUS_LOOK[reason.severity];
  const isInfo = reason.severity === 'info';
  return (
    <Box component="li" data-severity={reason.severity} data-rule={reason.ruleId}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Text
          component="span"
          size="xs"
          fw={800}
          c={isInfo ? 'dimmed' : `${color}.9`}
          w="1em"
          ta="center"
          aria-label={t(`severity_${reason.severity}`)}
          role="img"
        >
          {glyph}
        </Text>
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="left"
          c={isInfo ? 'dimmed' : 'inherit'}
          title={t('openRule', { name: ruleName(reason.ruleId, t) })}
          onClick={onOpen}
        >
          <Sentence reason={reason} />
        </Anchor>
      </Group>
    </Box>
  );
}

function Sentence({ reason }: { reason: ReadinessReason }) {
  const { t } = useTranslation('readiness');
  return describeReason(reason, t, useLanguage());
}
