import { Alert, Text } from '@mantine/core';

/** Each row a bulk action could not change, and why, under the count of those it did. */
export function BulkReport({
  summary,
  failures,
}: {
  summary: string;
  failures: { key: string; label: string; reason: string }[];
}) {
  return (
    <Alert color={failures.length ? 'orange' : 'green'} role="status">
      <Text size="sm">{summary}</Text>
      {failures.length > 0 && (
        <ul>
          {failures.map((f) => (
            <li key={f.key}>
              <Text size="sm">
                {f.label} : {f.reason}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
