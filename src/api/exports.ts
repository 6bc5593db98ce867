import { client } from './client';
import { ApiError } from './error';
import type { paths } from './schema.gen';

export type ExportKind = paths['/exports/{kind}']['parameters']['path']['kind'];

export interface ExportProgress {
  bytes: number;
  /** Rows written so far: counted in a CSV, unknown in a zipped XLSX. */
  rows: number | null;
}

/**
 * Downloads an export as it streams, reporting progress, and returns the file. `search` is the
 * export's query string: the list's filters and the export's options.
 */
export async function fetchExport(
  kind: ExportKind,
  search: string,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<{ file: Blob; filename: string; rows: number | null }> {
  let result;
  try {
    result = await client.GET('/exports/{kind}', {
      params: { path: { kind } },
      querySerializer: () => search,
      parseAs: 'stream',
      signal,
    });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw ApiError.network(cause);
  }
  const { response, data, error } = result;
  if (!response.ok || !data) {
    const problem = (error as ApiError['problem'] | undefined) ?? {
      type: 'about:blank',
      title: response.statusText || 'Erreur',
      status: response.status,
    };
    throw new ApiError(response.status, problem);
  }
  const csv = /text\/csv/.test(response.headers.get('Content-Type') ?? '');
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let lines = 0;
  const reader = data.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      if (csv) for (const byte of value) if (byte === 10) lines += 1;
      onProgress({ bytes, rows: csv ? Math.max(0, lines - 1) : null });
    }
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw ApiError.network(cause);
  }
  const filename =
    /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? kind;
  return {
    file: new Blob(chunks as BlobPart[], { type: response.headers.get('Content-Type') ?? '' }),
    filename,
    rows: csv ? Math.max(0, lines - 1) : null,
  };
}
