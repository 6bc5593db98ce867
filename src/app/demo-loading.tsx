import { t } from '../lib/i18n';

/**
 * What the demo shows while its database starts in the browser: before the app and its theme,
 * so plain elements. A reload shows it for a moment; the first visit shows the seeding's progress.
 */
export function DemoLoading({ progress, failed }: { progress: number; failed?: boolean }) {
  return (
    <main
      style={{ maxWidth: '28rem', margin: '20vh auto', padding: '0 1rem', fontFamily: 'system-ui' }}
    >
      <h1 style={{ fontSize: '1.5rem' }}>Binôme</h1>
      {failed ? (
        <div role="alert">
          <p>{t.shell.demoFailed}</p>
          <p>{t.shell.demoFailedHint}</p>
          <button type="button" onClick={() => location.reload()}>
            {t.shell.retry}
          </button>
        </div>
      ) : (
        <>
          <p id="demo-progress">{t.shell.demoPreparing}</p>
          <progress
            aria-labelledby="demo-progress"
            value={progress}
            max={1}
            style={{ width: '100%' }}
          />
          <p style={{ color: '#495057' }}>{t.shell.demoPreparingHint}</p>
        </>
      )}
    </main>
  );
}
