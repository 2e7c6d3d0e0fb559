const KEY = 'xk-device-id';

/** A random id for this browser, kept across visits: the server ends a session when another device starts one (DESIGN §5.1). */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage): string {
  const known = storage.getItem(KEY);
  if (known) return known;
  const id = crypto.randomUUID();
  storage.setItem(KEY, id);
  return id;
}
