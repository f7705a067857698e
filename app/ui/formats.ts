/** Date-time of events (saves, publishes, keys): with the zone, since pages render in UTC. */
export const EVENT_TIME = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
