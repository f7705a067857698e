/** Sample orders of the demo shops' buyers, in every status a lookup can meet. */
import type { z } from 'zod';
import type { OrderSchema } from '../../flows/order';
// buyer-1's orders are the ones the terminal chat uses too (`npm run chat`).
import terminalChatOrders from '../../flows/templates/demo-orders.json';

type OrderInput = z.input<typeof OrderSchema>;

export const DEMO_ORDERS: Record<string, OrderInput[]> = {
  'us-tiktok': [
    ...(terminalChatOrders as OrderInput[]),
    { id: 'US20261118', buyerId: 'buyer-2', status: 'shipped', createdAt: '2026-11-18T15:40:00Z', carrier: 'FedEx', trackingNumber: '781234567890', items: [{ title: 'Wireless earbuds', quantity: 1 }] },
    { id: 'US20261110', buyerId: 'buyer-3', status: 'refunded', createdAt: '2026-11-10T11:00:00Z', items: [{ title: 'Phone case, clear', quantity: 2 }] },
  ],
  'cn-douyin': [
    { id: '6931234567890', buyerId: 'dy-buyer-1', status: 'awaiting_shipment', createdAt: '2026-11-16T13:20:00Z', promisedShipBy: '2026-11-18T13:20:00Z', items: [{ title: '加绒卫衣 灰色 L', quantity: 1 }] },
    { id: '6931234567001', buyerId: 'dy-buyer-1', status: 'shipped', createdAt: '2026-11-12T02:00:00Z', carrier: '中通快递', trackingNumber: '78312345678901', items: [{ title: '羊毛围巾 米白', quantity: 1 }] },
    { id: '6931234567555', buyerId: 'dy-buyer-2', status: 'delivered', createdAt: '2026-11-05T08:30:00Z', carrier: '顺丰速运', trackingNumber: 'SF1234567890123', deliveredAt: '2026-11-07T06:00:00Z', items: [{ title: '保温杯 500ml', quantity: 2 }] },
  ],
  'my-tiktok': [
    { id: '578012345678', buyerId: 'my-buyer-1', status: 'awaiting_shipment', createdAt: '2026-11-20T04:30:00Z', promisedShipBy: '2026-11-23T10:00:00Z', items: [{ title: 'Tudung bawal satin', quantity: 2 }] },
    { id: '578012340001', buyerId: 'my-buyer-1', status: 'shipped', createdAt: '2026-11-14T03:00:00Z', carrier: 'J&T Express', trackingNumber: 'JT0012345678MY', items: [{ title: 'Baju kurung moden', quantity: 1 }] },
    { id: '578012349999', buyerId: 'my-buyer-2', status: 'awaiting_shipment', createdAt: '2026-11-10T09:00:00Z', promisedShipBy: '2026-11-13T09:00:00Z', items: [{ title: 'Kasut sukan', quantity: 1 }] },
  ],
};
