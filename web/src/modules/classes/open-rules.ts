import type { Registration } from '../institutions';

/**
 * M12, M13: a class is opened only in a city where the institution is
 * registered and its online training published, for a category of that
 * city's registered scope — as the server's assertMayTrain checks.
 */
export function openableRegistrations(registrations: readonly Registration[]): Registration[] {
  return registrations.filter((r) => r.status === 'registered' && r.onlineStatus === 'published');
}
