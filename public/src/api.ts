/**
 * The page's only way to the HTTP API: JSON over fetch, errors as `ApiFailure` with the status and
 * the API's `{error:{code,message}}`, and a friendly Arabic sentence for each kind of failure.
 */
import type { ApiError } from '../../server/api-types.ts';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiFailure(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    let body: Partial<ApiError> | undefined;
    try {
      body = (await response.json()) as Partial<ApiError>;
    } catch {
      body = undefined;
    }
    throw new ApiFailure(
      response.status,
      body?.error?.code ?? `http_${response.status}`,
      body?.error?.message ?? response.statusText,
    );
  }
  return (await response.json()) as T;
}

/** What to tell the reader, in Arabic; the technical message is shown apart, smaller. */
export function friendlyMessage(error: unknown): { title: string; detail: string; retry: boolean } {
  if (error instanceof ApiFailure) {
    if (error.status === 503) {
      return {
        title: 'محرّك البحث متوقف مؤقتًا',
        detail: 'لا يمكن البحث الآن. أعد المحاولة بعد قليل.',
        retry: true,
      };
    }
    if (error.status === 404) {
      return { title: 'لم نجد ما تبحث عنه', detail: 'ربما حُذف هذا المقال أو تغيّر رابطه.', retry: false };
    }
    if (error.status === 400) {
      return { title: 'تعذّر فهم هذا البحث', detail: 'راجع كلمات البحث أو عوامل التصفية ثم حاول مجددًا.', retry: false };
    }
    if (error.status === 429) {
      return {
        title: 'طلبات كثيرة في وقت قصير',
        detail: 'تجاوزت عدد عمليات البحث المسموح بها في الدقيقة. انتظر دقيقة ثم أعد المحاولة.',
        retry: true,
      };
    }
    if (error.status === 0) {
      return { title: 'تعذّر الاتصال بالخادم', detail: 'تحقّق من اتصالك بالشبكة ثم أعد المحاولة.', retry: true };
    }
  }
  return { title: 'حدث خطأ غير متوقع', detail: 'أعد المحاولة بعد قليل.', retry: true };
}
