import { Button, Checkbox, Group, Modal, Progress, Radio, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { fetchExport, type ExportKind, type ExportProgress } from '../api/exports';
import { announce } from '../lib/announce';
import { t } from '../lib/i18n';
import { saveFile } from '../lib/save-file';
import { ErrorState } from './query-state';

interface Props {
  kind: ExportKind;
  /** "les orientations", for the dialog's title. */
  what: string;
  /** The list's query string: its filters choose the rows. */
  search: string;
  /** The list columns on screen; without them, every column is written. */
  columns?: string[];
  /** How many rows the filters match, when known. */
  total?: number | null;
  variant?: 'default' | 'light';
}

/**
 * "Exporter": CSV or XLSX of what the list shows, the columns on screen or all, pseudonymised on
 * demand. The file streams with its progress and can be cancelled.
 */
export function ExportButton({ kind, what, search, columns, total, variant = 'default' }: Props) {
  const [opened, setOpened] = useState(false);
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [which, setWhich] = useState<'shown' | 'all'>('shown');
  const [pseudonymise, setPseudonymise] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const running = useRef<AbortController | null>(null);

  const start = async () => {
    const params = new URLSearchParams(search);
    for (const key of ['page', 'pageSize', 'sort']) params.delete(key);
    params.set('format', format);
    if (columns && which === 'shown') params.set('columns', columns.join(','));
    if (pseudonymise) params.set('pseudonymise', 'true');
    const controller = new AbortController();
    running.current = controller;
    setError(null);
    setProgress({ bytes: 0, rows: format === 'csv' ? 0 : null });
    try {
      const { file, filename } = await fetchExport(
        kind,
        params.toString(),
        setProgress,
        controller.signal,
      );
      saveFile(file, filename);
      setOpened(false);
      announce(t.exports.saved(filename));
    } catch (cause) {
      if (controller.signal.aborted) announce(t.exports.cancelled);
      else setError(cause);
    } finally {
      running.current = null;
      setProgress(null);
    }
  };
  const cancel = () => {
    running.current?.abort();
    setOpened(false);
  };

  return (
    <>
      <Button variant={variant} onClick={() => setOpened(true)}>
        {t.exports.button}
      </Button>
      <Modal opened={opened} onClose={cancel} title={t.exports.title(what)}>
        <Stack gap="md">
          {total !== undefined && total !== null && (
            <Text size="sm">{t.exports.rowsExpected(total)}</Text>
          )}
          <Radio.Group
            label={t.exports.format}
            value={format}
            onChange={(v) => setFormat(v as 'csv' | 'xlsx')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="csv" label={t.exports.csv} disabled={!!progress} />
              <Radio value="xlsx" label={t.exports.xlsx} disabled={!!progress} />
            </Stack>
          </Radio.Group>
          {columns && (
            <Radio.Group
              label={t.exports.columns}
              value={which}
              onChange={(v) => setWhich(v as 'shown' | 'all')}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="shown" label={t.exports.shownColumns} disabled={!!progress} />
                <Radio value="all" label={t.exports.allColumns} disabled={!!progress} />
              </Stack>
            </Radio.Group>
          )}
          {kind !== 'audit' && (
            <Checkbox
              label={t.exports.pseudonymise}
              description={t.exports.pseudonymiseHelp}
              checked={pseudonymise}
              onChange={(e) => setPseudonymise(e.currentTarget.checked)}
              disabled={!!progress}
            />
          )}
          <Text size="xs" c="dimmed">
            {t.exports.audited}
          </Text>
          {progress && (
            <Stack gap={4}>
              <Progress
                aria-label={t.exports.progress}
                value={
                  progress.rows !== null && total
                    ? Math.min(100, (progress.rows / total) * 100)
                    : 100
                }
                animated={progress.rows === null || !total}
              />
              <Text size="sm" role="status">
                {progress.rows !== null && total
                  ? t.exports.rowsDone(progress.rows, total)
                  : t.exports.bytesDone(Math.round(progress.bytes / 1024))}
              </Text>
            </Stack>
          )}
          {error !== null && <ErrorState error={error} onRetry={() => void start()} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t.exports.cancel}
            </Button>
            <Button onClick={() => void start()} loading={!!progress}>
              {t.exports.download}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
