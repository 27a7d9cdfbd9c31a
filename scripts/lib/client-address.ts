/**
 * Which address a request came from. The socket's peer is the only thing a
 * client cannot forge; `X-Forwarded-For` is believed only for as many hops as
 * the operator says are trusted proxies (TRUST_PROXY), counted from the right,
 * the way Express's `trust proxy = N` counts them.
 *
 *   TRUST_PROXY=0  (default)  the socket address; any X-Forwarded-For is ignored
 *   TRUST_PROXY=1             one proxy (our nginx) in front: the address it saw
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedHops: number): string {
  const peer = normalise(socketAddress) || "unknown";
  if (trustedHops <= 0) return peer;
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => normalise(hop.trim()))
    .filter(Boolean);
  // The chain as the last trusted proxy saw it: every listed hop, then the peer itself.
  const chain = [...listed, peer];
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return chain[index]!;
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one client. */
function normalise(address: string | undefined): string {
  if (!address) return "";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
