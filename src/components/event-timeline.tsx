import { Text, Timeline } from '@mantine/core';
import type { components } from '../api/schema.gen';
import { formatDateTime, formatRelative } from '../lib/format';

type TimelineEvent = components['schemas']['TimelineEvent'];

/** A record's history, newest first: what happened, the detail, who and when. */
export function EventTimeline({
  events,
  title,
  detail,
}: {
  events: TimelineEvent[];
  title: (event: TimelineEvent) => string;
  /** The line under the title; empty for none. */
  detail: (event: TimelineEvent) => string;
}) {
  return (
    <Timeline bulletSize={12} lineWidth={2} mt="md">
      {events.map((event) => {
        const text = detail(event);
        return (
          <Timeline.Item key={event.id} title={title(event)}>
            {text && <Text size="sm">{text}</Text>}
            <Text size="xs" c="dimmed" title={formatDateTime(event.at)}>
              {event.actorName} · {formatRelative(event.at)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
