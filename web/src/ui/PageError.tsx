import { Button, Result } from 'antd';
import { isApiError } from '../api/client';
import { uiTexts } from './texts';

/** A failed load shown in place of the page, with the server's own explanation. */
export function PageError({ error, onRetry, title = uiTexts.loadFailed }: { error: unknown; onRetry?: () => void; title?: string }) {
  const status = isApiError(error) && error.status === 403 ? '403' : isApiError(error) && error.status === 404 ? '404' : 'error';
  return (
    <Result
      status={status}
      title={title}
      subTitle={errorMessage(error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {uiTexts.retry}
          </Button>
        ) : null
      }
    />
  );
}

export function errorMessage(error: unknown): string {
  return isApiError(error) ? error.message : uiTexts.unknownError;
}
