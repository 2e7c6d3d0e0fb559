import { Button, ErrorBlock } from 'antd-mobile';
import { errorMessage } from './PageError';
import { uiTexts } from './texts';

/** A failed load on a phone screen, in plain words, with a big retry button. */
export function MobileError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <ErrorBlock status="default" title={uiTexts.loadFailed} description={errorMessage(error)}>
      {onRetry ? (
        <Button color="primary" size="large" onClick={onRetry}>
          {uiTexts.retry}
        </Button>
      ) : null}
    </ErrorBlock>
  );
}
