import { useEffect } from 'react';
import { ApiError } from '../../../api/error';
import type { MeetingInput } from '../../../api/types';
import { useLogMeeting } from '../api/mentorships';
import { useMeetingDrafts } from './meeting-drafts';

/** How long to wait before trying again while the network is down (the `online` event is faster). */
const RETRY_MS = 30_000;

let flushing = false;
let sendNow: (() => void) | null = null;

/** "Envoyer maintenant": tries the outbox at once instead of waiting for the next attempt. */
export const sendWaitingMeetings = () => sendNow?.();

/**
 * Sends the outbox, oldest first, one at a time: now, whenever a meeting is saved, when the
 * browser says the network is back, and every 30 s while something waits. A lost connection
 * stops the run (the meeting stays, its key makes the next send count once); a refusal gives
 * the meeting back to its form with the reason.
 */
export function useMeetingOutbox() {
  const log = useLogMeeting();
  const waiting = useMeetingDrafts((s) => s.outbox.length);
  const { mutateAsync } = log;

  useEffect(() => {
    const flush = async () => {
      if (flushing) return;
      flushing = true;
      try {
        for (;;) {
          const [next] = useMeetingDrafts.getState().outbox;
          if (!next) break;
          try {
            await mutateAsync({
              pairId: next.pairId,
              meeting: next.meeting as MeetingInput,
              key: next.key,
            });
            useMeetingDrafts.getState().sent(next.key);
          } catch (error) {
            // Refused for what it is (409, 422…): back to the form. Anything else may pass later.
            const refused =
              error instanceof ApiError &&
              error.status >= 400 &&
              error.status < 500 &&
              ![401, 429].includes(error.status);
            if (refused) {
              useMeetingDrafts.getState().refused(next.key, error.message);
            } else break;
          }
        }
      } finally {
        flushing = false;
      }
    };
    if (!waiting) return;
    void flush();
    const retry = window.setInterval(() => void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    sendNow = online;
    return () => {
      sendNow = null;
      window.clearInterval(retry);
      window.removeEventListener('online', online);
    };
  }, [waiting, mutateAsync]);
}
