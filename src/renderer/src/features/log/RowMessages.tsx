import { Stack, Text } from '@mantine/core';
import type { RowMessage } from './row-messages';

/** The problems of one grid row, beside its cells; each cell points at its message by id. */
export function RowMessages({ messages }: { messages: readonly RowMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <Stack gap={2}>
      {messages.map((message) => (
        <Text key={message.id} id={message.id} size="xs" c="red.8" lh={1.3}>
          {message.text}
        </Text>
      ))}
    </Stack>
  );
}
