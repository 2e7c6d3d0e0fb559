import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { ClientPage, ClientStatus, CreatedClient, DeliveryPage, DeliveryStatus, ExchangeClient, NewClientBody, ResendResult, RotatedKey } from './types';

export const PAGE_SIZE = 20;
const keys = {
  all: ['exchange'] as const,
  clients: (status: ClientStatus | undefined, page: number) => ['exchange', 'clients', status ?? 'all', page] as const,
  deliveries: (id: string, status: DeliveryStatus | undefined, page: number) => ['exchange', 'deliveries', id, status ?? 'all', page] as const,
};

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return `?${search.toString()}`;
};
const at = (id: string, step = '') => `/api/v1/exchange/clients/${encodeURIComponent(id)}${step}`;

export function useExchangeClients(status: ClientStatus | undefined, page: number) {
  return useQuery({ queryKey: keys.clients(status, page), queryFn: () => apiRequest<ClientPage>(`/api/v1/exchange/clients${query({ status, page, pageSize: PAGE_SIZE })}`) });
}

export function useDeliveries(id: string | null, status: DeliveryStatus | undefined, page: number) {
  return useQuery({
    queryKey: keys.deliveries(id ?? '', status, page),
    enabled: id !== null,
    queryFn: () => apiRequest<DeliveryPage>(`${at(id!, '/deliveries')}${query({ status, page, pageSize: PAGE_SIZE })}`),
  });
}

function useChange<V, R>(send: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}

export const useCreateClient = () => useChange((body: NewClientBody) => apiRequest<CreatedClient>('/api/v1/exchange/clients', { method: 'POST', body }));
export const useRotateKey = () => useChange((id: string) => apiRequest<RotatedKey>(at(id, '/rotate'), { method: 'POST' }));
export const useRevokeClient = () => useChange(({ id, reason }: { id: string; reason: string }) => apiRequest<ExchangeClient>(at(id, '/revoke'), { method: 'POST', body: { reason } }));
export const useResend = () => useChange(({ id, deliveryId }: { id: string; deliveryId: string }) => apiRequest<ResendResult>(at(id, `/deliveries/${encodeURIComponent(deliveryId)}/resend`), { method: 'POST' }));
