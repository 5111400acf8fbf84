import type { z } from 'zod';
import { CHANNELS, contract } from '@shared/ipc/contract';
import type { Channel, ChannelOutput, Contract, IpcResult } from '@shared/ipc/contract';

/** The part of Electron's WebFrameMain the sender check needs. */
export interface SenderFrameLike {
  readonly url: string;
}

/** The part of Electron's IpcMainInvokeEvent the registration needs. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/**
 * The part of Electron's ipcMain the registration needs; typed here so tests can pass a stub.
 * `E` is the real event type, handed through to handlers that need more of it (the sender window).
 */
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<IpcResult<unknown>>): void;
}

/** A channel's input after zod has parsed it (defaults applied, unknown keys stripped). */
export type ParsedChannelInput<C extends Channel> = z.output<Contract[C]['input']>;

/** One handler per channel: leaving one out, or adding an unknown one, fails to compile. */
export type ChannelHandlers<E> = {
  readonly [C in Channel]: (input: ParsedChannelInput<C>, event: E) => Promise<ChannelOutput<C>>;
};

export interface RegisterOptions {
  /** Sees the full error that the renderer only gets a short message of. */
  readonly onHandlerError?: (channel: Channel, error: unknown) => void;
}

const MAX_ERROR_LENGTH = 200;

/** First line of an error, capped: enough for a notification, never a stack trace. */
export function toShortErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = message.split('\n', 1)[0]?.trim() ?? '';
  if (firstLine === '') return 'Unexpected error';
  return firstLine.length > MAX_ERROR_LENGTH ? `${firstLine.slice(0, MAX_ERROR_LENGTH - 1)}…` : firstLine;
}

function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/**
 * Reading senderFrame (or its URL) can throw once the frame is gone; a sender we cannot see, or one
 * the check itself fails on, is not trusted.
 */
function isSenderAllowed(
  event: InvokeEventLike,
  isTrustedSender: (frame: SenderFrameLike) => boolean,
): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && isTrustedSender(frame);
  } catch {
    return false;
  }
}

function refuse(error: string): IpcResult<never> {
  return { ok: false, error };
}

async function answer<C extends Channel, E extends InvokeEventLike>(
  channel: C,
  handler: ChannelHandlers<E>[C],
  event: E,
  rawInput: unknown,
  options: RegisterOptions,
): Promise<IpcResult<ChannelOutput<C>>> {
  const { input: inputSchema, output: outputSchema } = contract[channel];
  const input = inputSchema.safeParse(rawInput);
  if (!input.success) return refuse(`Invalid input for ${channel}: ${describeFirstIssue(input.error)}`);
  let value: unknown;
  try {
    // The map type pairs each channel with its handler; TypeScript cannot follow that through `C`.
    value = await (handler as (input: unknown, event: E) => Promise<unknown>)(input.data, event);
  } catch (error) {
    options.onHandlerError?.(channel, error);
    return refuse(toShortErrorMessage(error));
  }
  const output = outputSchema.safeParse(value);
  if (!output.success) {
    options.onHandlerError?.(channel, output.error);
    return refuse(`Invalid output from ${channel}`);
  }
  return { ok: true, value: output.data as ChannelOutput<C> };
}

/**
 * Registers every channel of the contract on `ipcMain` (the single registration point). Each call is
 * answered with an IpcResult and never throws across IPC: a sender that is not the app's own frame,
 * or an input the contract's schema rejects, is refused before the handler runs, and an output that
 * does not match the schema is refused after it.
 */
export function registerChannels<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  handlers: ChannelHandlers<E>,
  isTrustedSender: (frame: SenderFrameLike) => boolean,
  options: RegisterOptions = {},
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isSenderAllowed(event, isTrustedSender)) return refuse('Sender not allowed');
      return answer(channel, handlers[channel], event, args[0], options);
    });
  }
}
