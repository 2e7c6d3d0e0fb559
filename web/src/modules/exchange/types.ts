import type { BodyOf, ResponseOf } from '../../api/types';

export type ClientPage = ResponseOf<'/api/v1/exchange/clients', 'get'>;
export type ExchangeClient = ClientPage['items'][number];
export type ClientStatus = ExchangeClient['status'];
export type ClientDetail = ResponseOf<'/api/v1/exchange/clients/{id}', 'get'>;
export type NewClientBody = BodyOf<'/api/v1/exchange/clients', 'post'>;
export type FeedName = NewClientBody['feeds'][number];
export type CreatedClient = ResponseOf<'/api/v1/exchange/clients', 'post'>;
export type RotatedKey = ResponseOf<'/api/v1/exchange/clients/{id}/rotate', 'post'>;
export type DeliveryPage = ResponseOf<'/api/v1/exchange/clients/{id}/deliveries', 'get'>;
export type Delivery = DeliveryPage['items'][number];
export type DeliveryStatus = Delivery['status'];
export type ResendResult = ResponseOf<'/api/v1/exchange/clients/{id}/deliveries/{deliveryId}/resend', 'post'>;
